/// Renders a keyring for `selfassess keyring list`: an aligned table for people (East Asian
/// names counted as two columns), or JSON for programs.
public enum KeyringRenderer {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case text
        case json
    }

    /// Renders a keyring.
    ///
    /// - Parameters:
    ///   - keyring: The keyring.
    ///   - format: Text or JSON.
    ///   - file: The keyring's file name, shown in the heading.
    ///   - date: The day each key's status is judged on (usually today).
    ///   - style: Colours for text.
    ///   - language: The language of the text's wordings; JSON keeps its stable words.
    /// - Returns: The output, ending in a line feed.
    public static func render(
        _ keyring: Keyring, as format: Format, file: String, on date: CalendarDate,
        style: TextStyle,
        language: Language = .english
    ) -> String {
        switch format {
        case .text: text(keyring, file: file, on: date, style: style, language: language)
        case .json: json(keyring, file: file, on: date)
        }
    }

    /// A key's status on a day, as a word: `active`, `not yet valid`, `expired`, `revoked`.
    public static func statusWord(_ validity: TrustedKey.Validity) -> String {
        switch validity {
        case .valid: "active"
        case .notYetValid: "not yet valid"
        case .expired: "expired"
        case .revoked: "revoked"
        }
    }

    // MARK: Text

    static func text(
        _ keyring: Keyring, file: String, on date: CalendarDate, style: TextStyle,
        language: Language = .english
    ) -> String {
        typealias Words = KeyringRenderMessages
        func word(
            _ key: Words, _ arguments: [String: Diagnostic.Message.Argument] = [:]
        )
            -> String
        { key.text(language, arguments) }
        let showsCategory = keyring.signatories.contains { $0.category != nil }
        var columns: [TextTable.Column] = [
            .init(word(.signatoryColumn)), .init(word(.nameColumn), maxWidth: 40),
        ]
        if showsCategory { columns.append(.init(word(.categoryColumn))) }
        columns += [
            .init(word(.keyIDColumn)), .init(word(.validFromColumn)),
            .init(word(.validUntilColumn)), .init(word(.statusColumn), maxWidth: 60),
        ]
        var table = TextTable(columns: columns)
        var counts: [String: Int] = [:]
        for signatory in keyring.signatories {
            for (index, key) in signatory.keys.enumerated() {
                let validity = key.validity(on: date)
                counts[statusWord(validity), default: 0] += 1
                let status: TextTable.Cell
                switch validity {
                case .valid: status = .init(word(.active), .green)
                case .notYetValid(let from):
                    status = .init(word(.notYetValidFrom, ["date": .text("\(from)")]), .yellow)
                case .expired: status = .init(word(.expired), .dim)
                case .revoked(let revocation):
                    status = .init(
                        word(
                            .revokedOn,
                            [
                                "date": .text("\(revocation.date)"),
                                "reason": .text(revocation.reason),
                            ]), .red)
                }
                let first = index == 0
                var cells: [TextTable.Cell] = [
                    .init(first ? signatory.id : "", .bold), .init(first ? signatory.name : ""),
                ]
                if showsCategory { cells.append(.init(first ? signatory.category ?? "" : "")) }
                cells += [
                    .init(key.keyID.description), .init(key.validFrom.description),
                    .init(key.validUntil?.description ?? word(.noLimit)), status,
                ]
                table.append(cells)
            }
        }
        let heading =
            keyring.societyName.map {
                word(.headingWithSociety, ["file": .text(file), "society": .text($0)])
            } ?? word(.heading, ["file": .text(file)])
        let signatories = keyring.signatories.count
        // `counts` is keyed by the JSON's stable words; each is shown in the language's own.
        let statuses: [(json: String, shown: Words)] = [
            ("active", .active), ("not yet valid", .notYetValid), ("expired", .expired),
            ("revoked", .revoked),
        ]
        let parts = statuses.compactMap { status in
            counts[status.json].map {
                word(.statusCount, ["count": .integer($0), "status": .text(word(status.shown))])
            }
        }
        var arguments: [String: Diagnostic.Message.Argument] = [
            "signatories": Words.count(signatories, one: .signatoriesOne, many: .signatories),
            "keys": Words.count(keyring.keyCount, one: .keysOne, many: .keys),
            "date": .text("\(date)"),
        ]
        if !parts.isEmpty { arguments["statuses"] = .text(parts.joined(separator: ", ")) }
        let summary = word(parts.isEmpty ? .summary : .summaryWithStatus, arguments)
        guard signatories > 0 else { return style.bold(heading) + "\n" + summary + "\n" }
        return style.bold(heading) + "\n\n" + table.render(style: style) + "\n" + summary + "\n"
    }

    // MARK: JSON

    static func json(_ keyring: Keyring, file: String, on date: CalendarDate) -> String {
        let signatories: [JSONValue] = keyring.signatories.map { signatory in
            let keys: [JSONValue] = signatory.keys.map { key in
                var members: [String: JSONValue] = [
                    "keyId": .string(key.keyID.description),
                    "publicKey": .string(StrictBase64.encode(key.publicKey.rawRepresentation)),
                    "validFrom": .string(key.validFrom.description),
                    "validUntil": .optional(key.validUntil?.description),
                    "status": .string(statusWord(key.validity(on: date))),
                    "revoked": .null,
                ]
                if let revocation = key.revocation {
                    members["revoked"] = .object([
                        "date": .string(revocation.date.description),
                        "reason": .string(revocation.reason),
                    ])
                }
                return .object(members)
            }
            return .object([
                "id": .string(signatory.id), "name": .string(signatory.name),
                "category": .optional(signatory.category), "keys": .array(keys),
            ])
        }
        return JSONValue.object([
            "schemaVersion": .integer(1),
            "file": .string(file),
            "sha256": .optional(keyring.sha256),
            "society": .optional(keyring.societyName),
            "statusOn": .string(date.description),
            "signatories": .array(signatories),
        ]).rendered()
    }
}
