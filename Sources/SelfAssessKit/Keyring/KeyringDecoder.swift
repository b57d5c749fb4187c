/// Decodes the keyring tree with diagnostics; ``KeyringLoader`` drives it.
struct KeyringDecoder {
    var base: NodeDecoder
    /// The category ids a signatory may have, or nil to accept any.
    let categories: [String]?
    /// Every key seen so far, by key id: whose it is and where it was written.
    var seenKeys: [KeyID: (signatory: String, location: Diagnostic.Location)] = [:]

    var diagnostics: [Diagnostic] { base.diagnostics }

    static let topKeys = ["schema", "society", "signatories"]
    static let signatoryKeys = ["name", "category", "keys"]
    static let keyKeys = ["pem", "key", "fingerprint", "valid-from", "valid-until", "revoked"]

    init(file: String, categories: [String]?) {
        base = NodeDecoder(file: file)
        self.categories = categories
    }

    mutating func invalid(
        _ message: String, at location: Diagnostic.Location, path: FieldPath, hint: String? = nil,
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
                "unsupported keyring schema `\(schema)`",
                at: fields["schema"]?.location ?? fields.anchor,
                path: path.key("schema"), hint: "this version of selfassess reads \(Keyring.schema)"
            )
        }
        var societyName: String?
        if let node = fields["society"], !node.isNull,
            let society = base.mapping(node, at: path.key("society"), known: ["name"])
        {
            societyName = nonEmptyText(
                society["name"], at: path.key("society").key("name"), what: "the society's name")
        }
        guard let node = fields["signatories"] else { return nil }
        let signatoriesPath = path.key("signatories")
        var signatories: [Keyring.Signatory] = []
        if !node.isNull {
            guard let entries = node.entries else {
                base.report(
                    .wrongNodeType,
                    "expected a mapping of signatory ids, found \(node.kindDescription)",
                    at: node.location, path: signatoriesPath,
                    hint: "write each signatory as `ID:` followed by its name and keys, indented")
                return nil
            }
            for entry in entries {
                if let signatory = self.signatory(entry, at: signatoriesPath.key(entry.key)) {
                    signatories.append(signatory)
                }
            }
        }
        return Keyring(societyName: societyName, signatories: signatories)
    }

    // MARK: Signatories

    mutating func signatory(_ entry: YAMLNode.Entry, at path: FieldPath) -> Keyring.Signatory? {
        var ok = true
        if !Identifiers.isSignatoryID(entry.key) {
            base.report(
                .invalidSignatoryID, "`\(entry.key)` is not a valid signatory id",
                at: entry.keyLocation, path: path,
                hint:
                    "2–63 lower-case letters, digits and hyphens, starting with a letter or digit, as in the "
                    + "signatory's assessment.yaml")
            ok = false
        }
        guard
            let fields = base.mapping(
                entry.value, at: path, anchor: entry.keyLocation, known: Self.signatoryKeys,
                required: ["name", "keys"],
                what: "signatory `\(entry.key)`")
        else { return nil }
        let name = nonEmptyText(fields["name"], at: path.key("name"), what: "the name")
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
                        "signatory `\(entry.key)` has no keys", at: node.location, path: keysPath,
                        hint:
                            "register at least one key with `selfassess keyring add`, or remove the signatory"
                    )
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

    mutating func key(_ node: YAMLNode, at path: FieldPath, signatory: String) -> Keyring.Key? {
        guard
            let fields = base.mapping(
                node, at: path, known: Self.keyKeys, required: ["valid-from"], what: "a key")
        else { return nil }
        let decoded: (key: PublicKey, encoding: Keyring.Key.Encoding, node: YAMLNode)?
        switch (fields["pem"], fields["key"]) {
        case (let pem?, nil):
            decoded = pemKey(pem, at: path.key("pem")).map { ($0, .pem, pem) }
        case (nil, let raw?):
            decoded = rawKey(raw, at: path.key("key")).map { ($0, .raw, raw) }
            if fields["fingerprint"] == nil {
                base.report(
                    .missingKey, "required key `fingerprint` is missing", at: fields.anchor,
                    path: path.key("fingerprint"),
                    hint:
                        "a raw key needs `fingerprint: sha256:…`, the key id the signatory confirmed by another "
                        + "channel; `selfassess keyring add` writes both")
            }
        case (.some, .some):
            invalid(
                "a key is given both as `pem` and as `key`", at: fields.location(of: "key"),
                path: path.key("key"),
                hint:
                    "keep one: `pem:` with the PEM block, or `key:` with the 32 raw bytes in base64"
            )
            decoded = nil
        case (nil, nil):
            base.report(
                .missingKey, "the key itself is missing", at: fields.anchor, path: path,
                hint:
                    "add `pem: |` with the signatory's public key PEM, or `key:` and `fingerprint:`"
            )
            decoded = nil
        }
        var fingerprintOK = true
        if let node = fields["fingerprint"],
            let text = base.text(node, at: path.key("fingerprint"), missing: node.location)
        {
            if let fingerprint = KeyID(text) {
                if let decoded, fingerprint != decoded.key.keyID {
                    invalid(
                        "the fingerprint does not match the key", at: node.location,
                        path: path.key("fingerprint"),
                        hint:
                            "the key's own fingerprint is \(decoded.key.keyID); do not copy it over: confirm the "
                            + "key and its fingerprint with the signatory by another channel, then correct the wrong one"
                    )
                    fingerprintOK = false
                }
            } else {
                base.report(
                    .invalidValue, "`\(text)` is not a key fingerprint", at: node.location,
                    path: path.key("fingerprint"),
                    hint:
                        "write sha256: followed by 64 lower-case hexadecimal digits, as `selfassess keygen` prints it"
                )
                fingerprintOK = false
            }
        } else if fields["fingerprint"] != nil {
            fingerprintOK = false
        }
        let validFrom = base.date(
            fields["valid-from"], at: path.key("valid-from"),
            missing: fields.location(of: "valid-from"))
        let validUntil = fields["valid-until"].flatMap {
            base.date($0, at: path.key("valid-until"), missing: fields.location(of: "valid-until"))
        }
        var datesOK = fields["valid-until"] == nil || validUntil != nil
        if let validFrom, let validUntil, validUntil < validFrom {
            invalid(
                "valid-until \(validUntil) is before valid-from \(validFrom)",
                at: fields.location(of: "valid-until"),
                path: path.key("valid-until"),
                hint: "a key is valid from its first day to its last; swap or correct the dates")
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
                    "the key is revoked on \(revocation.date), before it becomes valid on \(validFrom), so it never "
                        + "signs anything", at: fields.location(of: "revoked"),
                    path: path.key("revoked"),
                    hint: "check the dates", severity: .warning)
            }
        }
        guard let decoded else { return nil }
        var unique = true
        let keyID = decoded.key.keyID
        if let first = seenKeys[keyID] {
            let message =
                first.signatory == signatory
                ? "key \(keyID) is listed twice for `\(signatory)`"
                : "key \(keyID) is already registered for `\(first.signatory)`"
            invalid(
                message, at: decoded.node.location,
                path: path.key(decoded.encoding == .pem ? "pem" : "key"),
                hint: first.signatory == signatory
                    ? "keep one entry; a key is listed once with one validity"
                    : "a key belongs to one signatory only: two signatories sharing a key could sign for each other",
                notes: [Diagnostic.Note(location: first.location, message: "first registered here")]
            )
            unique = false
        } else {
            seenKeys[keyID] = (signatory, decoded.node.location)
        }
        guard unique, fingerprintOK, datesOK, revocationOK, let validFrom else { return nil }
        return Keyring.Key(
            publicKey: decoded.key, validFrom: validFrom, validUntil: validUntil,
            revocation: revocation,
            encoding: decoded.encoding)
    }

    mutating func revocation(
        _ node: YAMLNode, at path: FieldPath, anchor: Diagnostic.Location
    ) -> TrustedKey.Revocation? {
        guard
            let fields = base.mapping(
                node, at: path, anchor: anchor, known: ["date", "reason"],
                required: ["date", "reason"],
                what: "`revoked`")
        else { return nil }
        let date = base.date(
            fields["date"], at: path.key("date"), missing: fields.location(of: "date"))
        let reason = nonEmptyText(fields["reason"], at: path.key("reason"), what: "the reason")
        guard let date, let reason else { return nil }
        return TrustedKey.Revocation(date: date, reason: reason)
    }

    /// Reads a SubjectPublicKeyInfo PEM block holding an Ed25519 key.
    mutating func pemKey(_ node: YAMLNode, at path: FieldPath) -> PublicKey? {
        guard let text = base.text(node, at: path, missing: node.location) else { return nil }
        let bytes = Array(text.utf8)
        if bytes.starts(with: Array("untrusted comment: ".utf8)) {
            invalid(
                "a minisign public key is not read here", at: node.location, path: path,
                hint:
                    "give the key as SubjectPublicKeyInfo PEM (`selfassess key export FILE --format pem`), or use "
                    + "`selfassess keyring add --key FILE`, which reads both")
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
                "the key is not valid base64", at: node.location, path: path,
                hint:
                    "write the 32 raw key bytes in standard base64 with padding (44 characters), or use `pem: |`"
            )
            return nil
        }
        guard bytes.count == 32 else {
            switch Ed25519DER.readPublicKey(bytes) {
            case .ed25519:
                invalid(
                    "the key is SubjectPublicKeyInfo DER (44 bytes), not the 32 raw key bytes",
                    at: node.location,
                    path: path,
                    hint: "give it as `pem: |` with the PEM armour lines, or give the last 32 bytes"
                )
            case .otherAlgorithm(let name):
                invalid(
                    "the key is \(name), not Ed25519", at: node.location, path: path,
                    hint:
                        "the keyring holds Ed25519 signing keys, as `selfassess keygen` makes them")
            default:
                invalid(
                    "the key is \(bytes.count) bytes; an Ed25519 public key is 32",
                    at: node.location, path: path,
                    hint: "write the 32 raw key bytes in base64 (44 characters), or use `pem: |`")
            }
            return nil
        }
        if let weakness = Ed25519Point.weakness(of: bytes) {
            weak(weakness, at: node.location, path: path)
            return nil
        }
        guard let key = PublicKey(rawRepresentation: bytes) else {
            invalid(
                "the key's 32 bytes are not a usable Ed25519 public key", at: node.location,
                path: path)
            return nil
        }
        return key
    }

    /// Reports a key of small order or not canonically encoded.
    mutating func weak(
        _ weakness: Ed25519Point.Weakness, at location: Diagnostic.Location, path: FieldPath
    ) {
        invalid(
            "\(weakness.keyProblem) (\(weakness.keyCode))", at: location, path: path,
            hint:
                "\(weakness.keyExplanation); remove this key: the signatory makes a key pair with "
                + "`selfassess keygen` and sends its .pub file")
    }

    mutating func reportKeyProblem(
        _ error: KeyError, at location: Diagnostic.Location, path: FieldPath
    ) {
        switch error {
        case .unsupportedKeyType(_, let type):
            invalid(
                "the key is \(type), not Ed25519", at: location, path: path,
                hint: "the keyring holds Ed25519 signing keys, as `selfassess keygen` makes them")
        case .wrongKeyKind:
            invalid(
                "this is a private key; the keyring holds public keys only", at: location,
                path: path,
                hint:
                    "remove it at once: whoever can read this file can sign as its owner, so the owner must "
                    + "make a new key pair and register only its .pub file")
        case .notPEM:
            invalid(
                "not a PEM public key", at: location, path: path,
                hint:
                    "write `pem: |` and, indented below it, the lines from -----BEGIN PUBLIC KEY----- to "
                    + "-----END PUBLIC KEY-----")
        case .malformedPEM(_, let reason):
            invalid("damaged PEM: \(reason)", at: location, path: path)
        case .unsupportedKeyFormat(_, let format):
            invalid(
                "unsupported key format: \(format)", at: location, path: path,
                hint: "give the key as SubjectPublicKeyInfo PEM (-----BEGIN PUBLIC KEY-----)")
        case .invalidKey(_, let reason):
            invalid("not a valid Ed25519 public key: \(reason)", at: location, path: path)
        case .weakKey(_, let weakness):
            weak(weakness, at: location, path: path)
        default:
            invalid("not a valid Ed25519 public key", at: location, path: path)
        }
    }

    /// Reads text that must not be empty or blank.
    mutating func nonEmptyText(_ node: YAMLNode?, at path: FieldPath, what: String) -> String? {
        guard let node else { return nil }
        guard let text = base.text(node, at: path, missing: node.location) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            base.report(.invalidValue, "\(what) is empty", at: node.location, path: path)
            return nil
        }
        return text
    }
}
