/// Changes a keyring: adds a key (and its signatory when new) or revokes a key, producing the new
/// file's bytes.
///
/// The change is made in place when the file's layout allows it, so its comments, blank lines and
/// order stay as they are; the result is read back and must be exactly the intended keyring.
/// Otherwise the file is written again from its content by ``KeyringWriter`` (``Edit/rewritten``
/// is then true, and comments are lost). Either way the result is validated before it is
/// returned. Nothing here writes to disk: ``KeyringFile/update(_:displayName:createIfMissing:_:)``
/// does.
public enum KeyringEditor {
    /// The outcome of an edit.
    public struct Edit: Sendable {
        /// The new file's bytes, validated.
        public var bytes: [UInt8]
        /// The keyring they hold.
        public var keyring: Keyring
        /// Whether the file was written again from its content (layout and comments not kept)
        /// rather than changed in place.
        ///
        /// False for a new file.
        public var rewritten: Bool
        /// The warnings the new file has (such as a revocation dated before the key's first day).
        public var warnings: [Diagnostic]
        /// The new file's text, for rendering the warnings' caret lines.
        public var source: SourceText?
    }

    /// Adds a key to a signatory, registering the signatory first when it is new.
    ///
    /// - Parameters:
    ///   - key: The key and its validity.
    ///   - signatory: The signatory id.
    ///   - name: The signatory's name: required for a new signatory; for a registered one it must
    ///     be the registered name, or nil.
    ///   - category: The category of a new signatory, if any; for a registered one it must be the
    ///     registered category, or nil.
    ///   - original: The keyring file as loaded, or nil to create a new file.
    ///   - file: The file's name for messages.
    ///   - framework: The framework whose categories a category must be one of, as `aggregate`
    ///     requires; the new file is validated against it. Nil accepts any category.
    /// - Returns: The new file.
    /// - Throws: ``KeyringError``: `invalid` when the existing file has errors;
    ///   `keyAlreadyRegistered` when any signatory has the key; `nameRequired`,
    ///   `signatoryMismatch`, `unknownCategory` and `invalidEntry` for unusable values.
    public static func add(
        _ key: Keyring.Key, signatory id: String, name: String?, category: String? = nil,
        to original: KeyringLoader.Result?, file: String, framework: Framework? = nil
    ) throws(KeyringError) -> Edit {
        let keyring = try usable(original, file: file)
        try check(key, file: file)
        if let registered = keyring.entry(for: key.keyID) {
            throw .keyAlreadyRegistered(
                file: file, keyID: key.keyID, signatory: registered.signatory.id)
        }
        var signatories = keyring.signatories
        if let index = signatories.firstIndex(where: { $0.id == id }) {
            let existing = signatories[index]
            if let name, name != existing.name {
                throw .signatoryMismatch(
                    file: file, signatory: id, field: "name", registered: existing.name, given: name
                )
            }
            if let category, category != existing.category {
                throw .signatoryMismatch(
                    file: file, signatory: id, field: "category",
                    registered: existing.category ?? "(none)", given: category)
            }
            signatories[index].keys.append(key)
            let expected = Keyring(
                societyName: keyring.societyName, signatories: signatories, serial: keyring.serial)
            return try finish(expected, original: original, file: file, framework: framework) {
                text, root in
                addKeyInPlace(key, signatory: id, text: &text, root: root)
            }
        }
        guard Identifiers.isSignatoryID(id) else {
            throw .invalidEntry(
                file: file,
                reason:
                    "`\(id)` is not a valid signatory id (2–63 lower-case letters, digits and hyphens, starting "
                    + "with a letter or digit)")
        }
        guard let name else { throw .nameRequired(file: file, signatory: id) }
        try checkText(name, what: "the name", file: file)
        if let category {
            try checkText(category, what: "the category", file: file)
            if let framework, framework.category(category) == nil {
                throw .unknownCategory(
                    file: file, category: category,
                    framework: "\(framework.id) \(framework.version)",
                    known: framework.categories.map(\.id))
            }
        }
        let signatory = Keyring.Signatory(id: id, name: name, category: category, keys: [key])
        let expected = Keyring(
            societyName: keyring.societyName, signatories: signatories + [signatory],
            serial: keyring.serial)
        return try finish(expected, original: original, file: file, framework: framework) {
            text, root in
            addSignatoryInPlace(signatory, text: &text, root: root)
        }
    }

    /// Revokes a key.
    ///
    /// - Parameters:
    ///   - keyID: The key id.
    ///   - revocation: The day and the reason.
    ///   - original: The keyring file as loaded.
    ///   - file: The file's name for messages.
    /// - Returns: The new file.
    /// - Throws: ``KeyringError``: `invalid` when the file has errors, `unknownKey`,
    ///   `alreadyRevoked`, or `invalidEntry` for an empty reason.
    public static func revoke(
        _ keyID: KeyID, revocation: TrustedKey.Revocation, in original: KeyringLoader.Result,
        file: String
    ) throws(KeyringError) -> Edit {
        let keyring = try usable(original, file: file)
        try checkText(revocation.reason, what: "the reason", file: file)
        guard
            let signatoryIndex = keyring.signatories.firstIndex(where: {
                $0.keys.contains { $0.keyID == keyID }
            }),
            let keyIndex = keyring.signatories[signatoryIndex].keys.firstIndex(where: {
                $0.keyID == keyID
            })
        else { throw .unknownKey(file: file, keyID: keyID) }
        var signatories = keyring.signatories
        if let existing = signatories[signatoryIndex].keys[keyIndex].revocation {
            throw .alreadyRevoked(file: file, keyID: keyID, date: existing.date)
        }
        signatories[signatoryIndex].keys[keyIndex].revocation = revocation
        let expected = Keyring(
            societyName: keyring.societyName, signatories: signatories, serial: keyring.serial)
        let signatoryID = signatories[signatoryIndex].id
        return try finish(expected, original: original, file: file) { text, root in
            revokeInPlace(
                revocation, signatory: signatoryID, keyIndex: keyIndex, text: &text, root: root)
        }
    }

    // MARK: Checks

    /// The loaded keyring, an empty one when there is no file, or the file's errors.
    private static func usable(
        _ original: KeyringLoader.Result?, file: String
    ) throws(KeyringError) -> Keyring {
        guard let original else { return Keyring() }
        guard let keyring = original.keyring, !original.diagnostics.hasErrors else {
            var sources: [String: SourceText] = [:]
            if let source = original.document.source { sources[original.document.file] = source }
            throw .invalid(file: file, diagnostics: original.diagnostics, sources: sources)
        }
        return keyring
    }

    private static func check(_ key: Keyring.Key, file: String) throws(KeyringError) {
        if let until = key.validUntil, until < key.validFrom {
            throw .invalidEntry(
                file: file, reason: "valid-until \(until) is before valid-from \(key.validFrom)")
        }
        if let revocation = key.revocation {
            try checkText(revocation.reason, what: "the reason", file: file)
        }
    }

    /// Text for a one-line value: not blank, no line breaks or other control characters.
    private static func checkText(_ text: String, what: String, file: String) throws(KeyringError) {
        if text.allSatisfy(\.isWhitespace) {
            throw .invalidEntry(file: file, reason: "\(what) is empty")
        }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalidEntry(
                file: file, reason: "\(what) holds a line break or another control character")
        }
    }

    // MARK: Writing

    /// Makes the edit in place when `inPlace` manages to and the result reads back as `expected`;
    /// otherwise renders `expected`.
    ///
    /// The result is validated either way.
    private static func finish(
        _ expected: Keyring, original: KeyringLoader.Result?, file: String,
        framework: Framework? = nil, inPlace: (inout BlockText, YAMLNode) -> Bool
    ) throws(KeyringError) -> Edit {
        if let original, let root = original.document.root,
            let bytes = original.document.source?.bytes,
            var text = BlockText(bytes), inPlace(&text, root)
        {
            let edited = text.bytes
            let result = KeyringLoader.parse(edited, file: file, framework: framework)
            if !result.diagnostics.hasErrors, let keyring = result.keyring, keyring == expected {
                return Edit(
                    bytes: edited, keyring: keyring, rewritten: false, warnings: result.diagnostics,
                    source: result.document.source)
            }
        }
        let rendered = Array(KeyringWriter.render(expected).utf8)
        let result = KeyringLoader.parse(rendered, file: file, framework: framework)
        guard !result.diagnostics.hasErrors, let keyring = result.keyring, keyring == expected
        else {
            var sources: [String: SourceText] = [:]
            if let source = result.document.source { sources[file] = source }
            throw .invalid(
                file: "\(file) (as it would be written)", diagnostics: result.diagnostics,
                sources: sources)
        }
        return Edit(
            bytes: rendered, keyring: keyring, rewritten: original != nil,
            warnings: result.diagnostics,
            source: result.document.source)
    }

    // MARK: In place

    private static func signatoriesEntry(_ root: YAMLNode) -> YAMLNode.Entry? {
        root.entries?.first { $0.key == "signatories" }
    }

    /// Appends a key item after the last key of a registered signatory.
    private static func addKeyInPlace(
        _ key: Keyring.Key, signatory id: String, text: inout BlockText, root: YAMLNode
    ) -> Bool {
        guard let signatory = signatoriesEntry(root)?.value.entries?.first(where: { $0.key == id }),
            let keys = signatory.value.entries?.first(where: { $0.key == "keys" }),
            let first = keys.value.items?.first,
            let dash = text.dashColumn(
                line: first.location.line, contentColumn: first.location.column)
        else { return false }
        let end = text.blockEnd(
            from: keys.keyLocation.line, ownerColumn: keys.keyLocation.column, indentlessDash: true)
        text.insert(
            KeyringWriter.key(key, dashIndent: dash - 1, contentIndent: first.location.column - 1),
            after: end)
        return true
    }

    /// Appends a signatory after the last one.
    private static func addSignatoryInPlace(
        _ signatory: Keyring.Signatory, text: inout BlockText, root: YAMLNode
    ) -> Bool {
        guard let entry = signatoriesEntry(root),
            text.startsBlockEntry(line: entry.keyLocation.line, column: entry.keyLocation.column)
        else { return false }
        let indent: Int
        if entry.value.isNull {
            indent = entry.keyLocation.column - 1 + 2
        } else if let first = entry.value.entries?.first,
            text.startsBlockEntry(line: first.keyLocation.line, column: first.keyLocation.column),
            first.keyLocation.column > entry.keyLocation.column
        {
            indent = first.keyLocation.column - 1
        } else {
            return false
        }
        let end = text.blockEnd(
            from: entry.keyLocation.line, ownerColumn: entry.keyLocation.column,
            indentlessDash: false)
        text.insert(KeyringWriter.signatory(signatory, indent: indent), after: end)
        return true
    }

    /// Adds `revoked:` at the end of a key item.
    private static func revokeInPlace(
        _ revocation: TrustedKey.Revocation, signatory id: String, keyIndex: Int,
        text: inout BlockText, root: YAMLNode
    ) -> Bool {
        guard let signatory = signatoriesEntry(root)?.value.entries?.first(where: { $0.key == id }),
            let items = signatory.value.entries?.first(where: { $0.key == "keys" })?.value.items,
            items.indices.contains(keyIndex)
        else { return false }
        let item = items[keyIndex]
        // Only a block mapping (it starts at its first key) can take another key on a new line.
        guard let firstKey = item.entries?.first, firstKey.keyLocation == item.location,
            let dash = text.dashColumn(
                line: item.location.line, contentColumn: item.location.column)
        else { return false }
        let end = text.blockEnd(from: item.location.line, ownerColumn: dash, indentlessDash: false)
        let pad = String(repeating: " ", count: item.location.column - 1)
        text.insert(KeyringWriter.revocation(revocation).map { pad + $0 }, after: end)
        return true
    }
}
