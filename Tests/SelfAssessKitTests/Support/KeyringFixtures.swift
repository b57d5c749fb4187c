import Foundation
import SelfAssessTestSupport

@testable import SelfAssessKit

/// Deterministic keys and small keyrings for the keyring tests.
enum KeyringFixtures {
    /// A signing key from a one-byte pattern seed; the same number always gives the same key.
    static func signingKey(_ number: UInt8) -> SigningKey {
        // A 32-byte seed is always a valid Ed25519 seed.
        SigningKey(seed: [UInt8](repeating: number, count: 32)) ?? SigningKey.generate()
    }

    /// The public key of ``signingKey(_:)``.
    static func publicKey(_ number: UInt8) -> PublicKey { signingKey(number).publicKey }

    /// A date from its text; the tests only write real dates.
    static func date(_ text: String) -> CalendarDate {
        CalendarDate(text) ?? .startOfYear(1)
    }

    /// The base64 of a key's 32 raw bytes, as `key:` holds it.
    static func raw(_ key: PublicKey) -> String { StrictBase64.encode(key.rawRepresentation) }

    /// A key item in block style, the dash at `indent` spaces.
    static func rawItem(
        _ key: PublicKey, from: String, indent: Int = 6, extra: [String] = []
    ) -> String {
        let pad = String(repeating: " ", count: indent)
        let lines =
            ["- key: \(raw(key))", "  fingerprint: \(key.keyID)", "  valid-from: \(from)"]
            + extra.map { "  " + $0 }
        return lines.map { pad + $0 + "\n" }.joined()
    }

    /// A keyring text with one signatory per entry, each with one raw key valid from 2024-01-01.
    static func text(_ signatories: [(id: String, name: String, key: PublicKey)]) -> String {
        var text = "schema: selfassess.keyring/v1\nsignatories:\n"
        for signatory in signatories {
            text += "  \(signatory.id):\n    name: \(signatory.name)\n    keys:\n"
            text += rawItem(signatory.key, from: "2024-01-01")
        }
        return text
    }

    /// A fresh temporary folder.
    static func folder() throws -> URL { try TestSupport.temporaryFolder() }
}
