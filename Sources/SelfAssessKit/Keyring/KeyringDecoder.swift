/// Decodes the keyring tree with diagnostics; ``KeyringLoader`` drives it.
struct KeyringDecoder {
    var base: NodeDecoder
    /// The category ids a signatory may have, or nil to accept any.
    let categories: [String]?
    /// Every key seen so far, by key id: whose it is and where it was written.
    var seenKeys: [KeyID: (signatory: String, location: Diagnostic.Location)] = [:]

    var diagnostics: [Diagnostic] { base.diagnostics }

    static let topKeys = ["schema", "serial", "society", "signatories"]
    static let signatoryKeys = ["name", "category", "keys"]
    static let keyKeys = ["pem", "key", "fingerprint", "valid-from", "valid-until", "revoked"]

    init(file: String, categories: [String]?) {
        base = NodeDecoder(file: file)
        self.categories = categories
    }

    mutating func invalid(
        _ message: Diagnostic.Message, at location: Diagnostic.Location, path: FieldPath,
        hint: Diagnostic.Message? = nil,
        severity: Diagnostic.Severity? = nil, notes: [Diagnostic.Note] = []
    ) {
        let pathText = path.description.isEmpty ? nil : path.description
        base.report(
            Diagnostic(
                .invalidKeyring, message, at: location, path: pathText, hint: hint,
                severity: severity, notes: notes))
    }

    mutating func keyring(_ root: YAMLNode) -> Keyring? {
        let path = FieldPath.root
        guard
            let fields = base.mapping(
                root, at: path, known: Self.topKeys, required: ["schema", "signatories"])
        else {
            return nil
        }
        if let schema = base.text(fields["schema"], at: path.key("schema")),
            schema != Keyring.schema
        {
            invalid(
                .keyring(.unsupportedSchema, ["schema": .text(schema)]),
                at: fields["schema"]?.location ?? fields.anchor, path: path.key("schema"),
                hint: .keyring(.unsupportedSchemaHint, ["schema": .text(Keyring.schema)]))
        }
        var serial = 0
        if let node = fields["serial"], !node.isNull {
            serial = base.integer(node, at: path.key("serial"), range: 1...Int(Int32.max)) ?? 0
        }
        var societyName: String?
        if let node = fields["society"], !node.isNull,
            let society = base.mapping(node, at: path.key("society"), known: ["name"])
        {
            societyName = nonEmptyText(
                society["name"], at: path.key("society").key("name"), what: .keyring(.societyName))
        }
        guard let node = fields["signatories"] else { return nil }
        let signatoriesPath = path.key("signatories")
        var signatories: [Keyring.Signatory] = []
        if !node.isNull {
            guard let entries = node.entries else {
                base.report(
                    .wrongNodeType,
                    .keyring(.notSignatoryMapping, ["found": .wording(node.kindWording)]),
                    at: node.location, path: signatoriesPath,
                    hint: .keyring(.notSignatoryMappingHint))
                return nil
            }
            for entry in entries {
                if let signatory = self.signatory(entry, at: signatoriesPath.key(entry.key)) {
                    signatories.append(signatory)
                }
            }
        }
        return Keyring(societyName: societyName, signatories: signatories, serial: serial)
    }

    // MARK: Signatories

    mutating func signatory(_ entry: YAMLNode.Entry, at path: FieldPath) -> Keyring.Signatory? {
        var ok = true
        if !Identifiers.isSignatoryID(entry.key) {
            base.report(
                .invalidSignatoryID, .invalidSignatoryID(entry.key), at: entry.keyLocation,
                path: path, hint: .keyring(.invalidSignatoryIDHint))
            ok = false
        }
        guard
            let fields = base.mapping(
                entry.value, at: path, anchor: entry.keyLocation, known: Self.signatoryKeys,
                required: ["name", "keys"],
                what: .keyring(.signatoryNamed, ["id": .text(entry.key)]))
        else { return nil }
        let name = nonEmptyText(fields["name"], at: path.key("name"), what: .keyring(.theName))
        var category: String?
        if let node = fields["category"], !node.isNull {
            if let categories {
                category = base.choice(
                    node, at: path.key("category"), from: categories, code: .unknownCategory)
                if category == nil { ok = false }
            } else {
                category = base.text(node, at: path.key("category"))
            }
        }
        var keys: [Keyring.Key] = []
        if let node = fields["keys"] {
            let keysPath = path.key("keys")
            if let items = base.list(node, at: keysPath) {
                if items.isEmpty {
                    invalid(
                        .keyring(.noKeys, ["id": .text(entry.key)]), at: node.location,
                        path: keysPath, hint: .keyring(.noKeysHint))
                    ok = false
                }
                for (index, item) in items.enumerated() {
                    if let key = self.key(item, at: keysPath.index(index), signatory: entry.key) {
                        keys.append(key)
                    } else {
                        ok = false
                    }
                }
            } else {
                ok = false
            }
        }
        guard ok, let name else { return nil }
        return Keyring.Signatory(id: entry.key, name: name, category: category, keys: keys)
    }

    // MARK: Keys

    /// A key as written: the public key, how it was written, and its node.
    typealias DecodedKey = (key: PublicKey, encoding: Keyring.Key.Encoding, node: YAMLNode)

    mutating func key(_ node: YAMLNode, at path: FieldPath, signatory: String) -> Keyring.Key? {
        guard
            let fields = base.mapping(
                node, at: path, known: Self.keyKeys, required: ["valid-from"],
                what: .keyring(.aKey))
        else { return nil }
        let decoded = keyMaterial(fields, at: path)
        let fingerprintOK = fingerprintMatches(fields, decoded, at: path)
        let validity = self.validity(fields, at: path)
        guard let decoded, isUnique(decoded, signatory: signatory, at: path), fingerprintOK,
            validity.ok, let validFrom = validity.from
        else { return nil }
        return Keyring.Key(
            publicKey: decoded.key, validFrom: validFrom, validUntil: validity.until,
            revocation: validity.revocation, encoding: decoded.encoding)
    }

    /// Reads the key itself, from `pem` or from `key` (which needs a `fingerprint`).
    mutating func keyMaterial(_ fields: NodeDecoder.Fields, at path: FieldPath) -> DecodedKey? {
        let decoded: DecodedKey?
        switch (fields["pem"], fields["key"]) {
        case (let pem?, nil):
            decoded = pemKey(pem, at: path.key("pem")).map { ($0, .pem, pem) }
        case (nil, let raw?):
            decoded = rawKey(raw, at: path.key("key")).map { ($0, .raw, raw) }
            if fields["fingerprint"] == nil {
                base.report(
                    .missingKey, .requiredKeyMissing("fingerprint"), at: fields.anchor,
                    path: path.key("fingerprint"), hint: .keyring(.fingerprintMissingHint))
            }
        case (.some, .some):
            invalid(
                .keyring(.pemAndKey), at: fields.location(of: "key"), path: path.key("key"),
                hint: .keyring(.pemAndKeyHint))
            decoded = nil
        case (nil, nil):
            base.report(
                .missingKey, .keyring(.keyMissing), at: fields.anchor, path: path,
                hint: .keyring(.keyMissingHint))
            decoded = nil
        }
        return decoded
    }

    /// Checks `fingerprint` against the key, when both are given.
    mutating func fingerprintMatches(
        _ fields: NodeDecoder.Fields, _ decoded: DecodedKey?, at path: FieldPath
    ) -> Bool {
        var fingerprintOK = true
        if let node = fields["fingerprint"],
            let text = base.text(node, at: path.key("fingerprint"), missing: node.location)
        {
            if let fingerprint = KeyID(text) {
                if let decoded, fingerprint != decoded.key.keyID {
                    invalid(
                        .keyring(.fingerprintMismatch), at: node.location,
                        path: path.key("fingerprint"),
                        hint: .keyring(
                            .fingerprintMismatchHint,
                            ["keyID": .text(decoded.key.keyID.description)]))
                    fingerprintOK = false
                }
            } else {
                base.report(
                    .invalidValue, .keyring(.notAFingerprint, ["text": .text(text)]),
                    at: node.location, path: path.key("fingerprint"),
                    hint: .keyring(.notAFingerprintHint))
                fingerprintOK = false
            }
        } else if fields["fingerprint"] != nil {
            fingerprintOK = false
        }
        return fingerprintOK
    }

    /// Reads `valid-from`, `valid-until` and `revoked`, and checks that they agree.
    mutating func validity(
        _ fields: NodeDecoder.Fields, at path: FieldPath
    ) -> (
        from: CalendarDate?, until: CalendarDate?, revocation: TrustedKey.Revocation?, ok: Bool
    ) {
        let validFrom = base.date(
            fields["valid-from"], at: path.key("valid-from"),
            missing: fields.location(of: "valid-from"))
        let validUntil = fields["valid-until"].flatMap {
            base.date($0, at: path.key("valid-until"), missing: fields.location(of: "valid-until"))
        }
        var datesOK = fields["valid-until"] == nil || validUntil != nil
        if let validFrom, let validUntil, validUntil < validFrom {
            invalid(
                .keyring(
                    .datesReversed,
                    ["until": .text(validUntil.description), "from": .text(validFrom.description)]),
                at: fields.location(of: "valid-until"), path: path.key("valid-until"),
                hint: .keyring(.datesReversedHint))
            datesOK = false
        }
        var revocation: TrustedKey.Revocation?
        var revocationOK = true
        if let node = fields["revoked"] {
            revocation = self.revocation(
                node, at: path.key("revoked"), anchor: fields.location(of: "revoked"))
            revocationOK = revocation != nil
            if let revocation, let validFrom, revocation.date < validFrom {
                invalid(
                    .keyring(
                        .revokedBeforeValid,
                        [
                            "revoked": .text(revocation.date.description),
                            "from": .text(validFrom.description),
                        ]),
                    at: fields.location(of: "revoked"), path: path.key("revoked"),
                    hint: .keyring(.checkTheDates), severity: .warning)
            }
        }
        return (validFrom, validUntil, revocation, datesOK && revocationOK)
    }

    /// Whether the key is registered only here: not twice for one signatory, nor for two.
    mutating func isUnique(_ decoded: DecodedKey, signatory: String, at path: FieldPath) -> Bool {
        let keyID = decoded.key.keyID
        var unique = true
        if let first = seenKeys[keyID] {
            let twice = first.signatory == signatory
            invalid(
                .keyring(
                    twice ? .listedTwice : .registeredElsewhere,
                    ["keyID": .text(keyID.description), "id": .text(first.signatory)]),
                at: decoded.node.location,
                path: path.key(decoded.encoding == .pem ? "pem" : "key"),
                hint: .keyring(twice ? .listedTwiceHint : .registeredElsewhereHint),
                notes: [Diagnostic.Note(location: first.location, .keyring(.firstRegisteredHere))])
            unique = false
        } else {
            seenKeys[keyID] = (signatory, decoded.node.location)
        }
        return unique
    }

    mutating func revocation(
        _ node: YAMLNode, at path: FieldPath, anchor: Diagnostic.Location
    ) -> TrustedKey.Revocation? {
        guard
            let fields = base.mapping(
                node, at: path, anchor: anchor, known: ["date", "reason"],
                required: ["date", "reason"],
                what: .keyring(.revoked))
        else { return nil }
        let date = base.date(
            fields["date"], at: path.key("date"), missing: fields.location(of: "date"))
        let reason = nonEmptyText(
            fields["reason"], at: path.key("reason"), what: .keyring(.theReason))
        guard let date, let reason else { return nil }
        return TrustedKey.Revocation(date: date, reason: reason)
    }

    /// Reads a SubjectPublicKeyInfo PEM block holding an Ed25519 key.
    mutating func pemKey(_ node: YAMLNode, at path: FieldPath) -> PublicKey? {
        guard let text = base.text(node, at: path, missing: node.location) else { return nil }
        let bytes = Array(text.utf8)
        if bytes.starts(with: Array("untrusted comment: ".utf8)) {
            invalid(
                .keyring(.minisignKey), at: node.location, path: path,
                hint: .keyring(.minisignKeyHint))
            return nil
        }
        do throws(KeyError) {
            return try KeyFile.parsePublicKey(bytes, file: base.file)
        } catch {
            reportKeyProblem(error, at: node.location, path: path)
            return nil
        }
    }

    /// Reads the base64 of a raw 32-byte Ed25519 key.
    mutating func rawKey(_ node: YAMLNode, at path: FieldPath) -> PublicKey? {
        guard let text = base.text(node, at: path, missing: node.location) else { return nil }
        guard let bytes = StrictBase64.decode(Array(text.utf8)) else {
            invalid(
                .keyring(.notBase64), at: node.location, path: path,
                hint: .keyring(.notBase64Hint))
            return nil
        }
        guard bytes.count == 32 else {
            switch Ed25519DER.readPublicKey(bytes) {
            case .ed25519:
                invalid(
                    .keyring(.derNotRaw), at: node.location, path: path,
                    hint: .keyring(.derNotRawHint))
            case .otherAlgorithm(let name):
                invalid(
                    .keyring(.otherAlgorithm, ["algorithm": .text(name)]), at: node.location,
                    path: path, hint: .keyring(.otherAlgorithmHint))
            default:
                invalid(
                    .keyring(.wrongLength, ["count": .integer(bytes.count)]), at: node.location,
                    path: path, hint: .keyring(.wrongLengthHint))
            }
            return nil
        }
        if let weakness = Ed25519Point.weakness(of: bytes) {
            weak(weakness, at: node.location, path: path)
            return nil
        }
        guard let key = PublicKey(rawRepresentation: bytes) else {
            invalid(
                .keyring(.unusableKey), at: node.location, path: path)
            return nil
        }
        return key
    }

    /// Reports a key of small order or not canonically encoded.
    mutating func weak(
        _ weakness: Ed25519Point.Weakness, at location: Diagnostic.Location, path: FieldPath
    ) {
        invalid(
            .keyring(
                .weakKey,
                ["problem": .wording(weakness.keyProblemWording), "code": .text(weakness.keyCode)]),
            at: location, path: path,
            hint: .keyring(.weakKeyHint, ["explanation": .wording(weakness.keyExplanationWording)]))
    }

    mutating func reportKeyProblem(
        _ error: KeyError, at location: Diagnostic.Location, path: FieldPath
    ) {
        switch error {
        case .unsupportedKeyType(_, let type):
            invalid(
                .keyring(.otherAlgorithm, ["algorithm": .text(type)]), at: location, path: path,
                hint: .keyring(.otherAlgorithmHint))
        case .wrongKeyKind:
            invalid(
                .keyring(.privateKey), at: location, path: path,
                hint: .keyring(.privateKeyHint))
        case .notPEM:
            invalid(
                .keyring(.notPEM), at: location, path: path, hint: .keyring(.notPEMHint))
        case .malformedPEM(_, let reason):
            invalid(.keyring(.damagedPEM, ["reason": .text(reason)]), at: location, path: path)
        case .unsupportedKeyFormat(_, let format):
            invalid(
                .keyring(.unsupportedFormat, ["format": .text(format)]), at: location, path: path,
                hint: .keyring(.unsupportedFormatHint))
        case .invalidKey(_, let reason):
            invalid(
                .keyring(.invalidKeyBecause, ["reason": .text(reason)]), at: location, path: path)
        case .weakKey(_, let weakness):
            weak(weakness, at: location, path: path)
        default:
            invalid(.keyring(.invalidKey), at: location, path: path)
        }
    }

    /// Reads text that must not be empty or blank.
    mutating func nonEmptyText(
        _ node: YAMLNode?, at path: FieldPath, what: Diagnostic.Message
    ) -> String? {
        guard let node else { return nil }
        guard let text = base.text(node, at: path, missing: node.location) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            base.report(
                .invalidValue, .keyring(.isEmpty, ["what": .wording(what)]), at: node.location,
                path: path)
            return nil
        }
        return text
    }
}
