/// Writes a keyring as `keyring.yaml` text, deterministically: the same keyring always gives the
/// same bytes.
///
/// Used for a new file and when an edit cannot be made in place; comments of an existing file are
/// not kept then (``KeyringEditor`` says so).
public enum KeyringWriter {
    /// The comment at the top of a file the tool creates.
    public static let header = """
        # The Capital Internet Society's keyring: the Ed25519 public keys of the Convention's
        # signatories, with the days each key may sign on (docs/keyring.md).
        # Change it with `selfassess keyring add` and `selfassess keyring revoke`, then sign it with
        # `selfassess keyring sign`: every change voids the signature (the .minisig file beside it).

        """ + "\n"

    /// The whole file.
    ///
    /// - Parameter keyring: The keyring.
    /// - Returns: The text, ending in a line feed.
    public static func render(_ keyring: Keyring) -> String {
        var lines = ["schema: \(Keyring.schema)"]
        if keyring.serial > 0 { lines.append("serial: \(keyring.serial)") }
        if let name = keyring.societyName {
            lines += ["society:", "  name: \(YAMLWriter.scalar(name))"]
        }
        if keyring.signatories.isEmpty {
            lines.append("signatories: {}")
        } else {
            lines.append("signatories:")
            for signatory in keyring.signatories {
                lines += self.signatory(signatory, indent: 2)
            }
        }
        return header + lines.joined(separator: "\n") + "\n"
    }

    /// A signatory entry, its id at `indent` spaces.
    static func signatory(_ signatory: Keyring.Signatory, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines = [
            "\(pad)\(signatory.id):", "\(pad)  name: \(YAMLWriter.scalar(signatory.name))",
        ]
        if let category = signatory.category {
            lines.append("\(pad)  category: \(YAMLWriter.scalar(category))")
        }
        lines.append("\(pad)  keys:")
        for key in signatory.keys {
            lines += self.key(key, dashIndent: indent + 4, contentIndent: indent + 6)
        }
        return lines
    }

    /// A key list item: the dash at `dashIndent` spaces, its keys at `contentIndent`.
    static func key(_ key: Keyring.Key, dashIndent: Int, contentIndent: Int) -> [String] {
        let pad = String(repeating: " ", count: contentIndent)
        var fields: [String] = []
        switch key.encoding {
        case .pem:
            fields.append("pem: |")
            fields += key.publicKey.pemRepresentation.split(separator: "\n").map { "  " + $0 }
        case .raw:
            fields.append("key: \(StrictBase64.encode(key.publicKey.rawRepresentation))")
        }
        fields.append("fingerprint: \(key.keyID)")
        fields.append("valid-from: \(key.validFrom)")
        if let until = key.validUntil { fields.append("valid-until: \(until)") }
        if let revocation = key.revocation { fields += self.revocation(revocation) }
        let dash =
            String(repeating: " ", count: dashIndent) + "-"
            + String(repeating: " ", count: max(1, contentIndent - dashIndent - 1))
        return fields.enumerated().map { ($0.offset == 0 ? dash : pad) + $0.element }
    }

    /// The `revoked:` mapping, its key at column 1.
    static func revocation(_ revocation: TrustedKey.Revocation) -> [String] {
        [
            "revoked:", "  date: \(revocation.date)",
            "  reason: \(YAMLWriter.scalar(revocation.reason))",
        ]
    }
}
