import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Weak Ed25519 point encodings and forgeries made with them, for the tests of issue 9's first
/// finding.
///
/// The values are derived in ``Ed25519Point``'s documentation; `Ed25519PointTests` checks them
/// against the signature library.
enum WeakKeys {
    /// One 32-byte encoding and why it is weak.
    struct Encoding: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        /// `small order` or `non-canonical`.
        var smallOrder: Bool

        var testDescription: String { name }

        /// The message selfassess gives for a key file holding this encoding.
        func keyMessage(file: String) -> String {
            smallOrder
                ? "\(file): weak public key: small order: anyone could forge signatures that verify "
                    + "with it, without any private key [SB230]"
                : "\(file): public key not canonically encoded: its y coordinate is not below "
                    + "2^255 − 19, so it spells a point another way, with another key id [SB231]"
        }
    }

    /// p = 2^255 − 19, written most significant digit first.
    static let pHex = "7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed"

    /// The y values of the two pairs of points of order 8, most significant digit first.
    static let order8Hex = [
        "7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7",
        "05fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826",
    ]

    /// An encoding: y (64 hex digits, most significant first) plus `add` (a small number, added
    /// to the lowest byte), little-endian, with the sign bit of x set or not.
    static func encoding(y hex: String, plus add: Int = 0, signBit: Bool = false) -> [UInt8] {
        var bytes = Array((HexDigits.decode(Array(hex.utf8)) ?? []).reversed())
        bytes[0] = UInt8(Int(bytes[0]) + add)
        if signBit { bytes[31] |= 0x80 }
        return bytes
    }

    /// The points of small order in every encoding: each y value, canonical or not, with both
    /// sign bits (14 encodings).
    static let smallOrder: [Encoding] = {
        let zero = String(repeating: "0", count: 64)
        let ys: [(name: String, bytes: [UInt8])] = [
            ("identity (y = 1)", encoding(y: zero, plus: 1)),
            ("order 2 (y = p − 1)", encoding(y: pHex, plus: -1)),
            ("order 4 (y = 0, the all-zero key)", encoding(y: zero)),
            ("order 8 (y = 0x7a03…17c7)", encoding(y: order8Hex[0])),
            ("order 8 (y = 0x05fc…e826)", encoding(y: order8Hex[1])),
            ("non-canonical y = p ≡ 0 (order 4)", encoding(y: pHex)),
            ("non-canonical y = p + 1 ≡ 1 (identity)", encoding(y: pHex, plus: 1)),
        ]
        return ys.flatMap { y in
            var signed = y.bytes
            signed[31] |= 0x80
            return [
                Encoding(name: y.name, bytes: y.bytes, smallOrder: true),
                Encoding(name: y.name + ", sign bit set", bytes: signed, smallOrder: true),
            ]
        }
    }()

    /// Every other encoding with y ≥ p: p + 2 … p + 18 = 2^255 − 1, each with both sign bits.
    static let nonCanonical: [Encoding] = (2...18).flatMap { (add: Int) in
        [false, true].map { signBit in
            Encoding(
                name: "y = p + \(add)\(signBit ? ", sign bit set" : "")",
                bytes: encoding(y: pHex, plus: add, signBit: signBit), smallOrder: false)
        }
    }

    static let all = smallOrder + nonCanonical

    /// The identity point's canonical encoding, the simplest weak key: a signature with R = the
    /// identity and S = 0 verifies for every message under the library alone.
    static let identity = encoding(y: String(repeating: "0", count: 64), plus: 1)

    /// The forged signature for ``identity``: R = the identity, S = 0.
    static let forgedSignature = identity + [UInt8](repeating: 0, count: 32)

    /// SubjectPublicKeyInfo PEM for raw key bytes, whatever they are.
    static func pem(_ raw: [UInt8]) -> String {
        "-----BEGIN PUBLIC KEY-----\n" + StrictBase64.encode(Ed25519DER.publicKey(raw: raw))
            + "\n-----END PUBLIC KEY-----\n"
    }

    /// The key id selfassess would give raw key bytes: SHA-256 of the SubjectPublicKeyInfo DER.
    static func keyID(_ raw: [UInt8]) -> String {
        "sha256:" + BundleManifest.sha256(Ed25519DER.publicKey(raw: raw))
    }

    /// The key number: the key id's first 8 bytes.
    static func keynum(_ raw: [UInt8]) -> [UInt8] {
        Array((HexDigits.decode(Array(keyID(raw).dropFirst(7).utf8)) ?? []).prefix(8))
    }

    /// A minisign public key file for raw key bytes, with the key number selfassess expects.
    static func minisign(_ raw: [UInt8]) -> String {
        "untrusted comment: selfassess public key \(keyID(raw))\n"
            + StrictBase64.encode(Array("Ed".utf8) + keynum(raw) + raw) + "\n"
    }

    /// A minisign signature file "signed" by ``identity`` without any private key: both
    /// signatures are R = the identity, S = 0.
    static func forgedMinisig(trustedComment: String, untrustedComment: String) -> [UInt8] {
        let lines = [
            "untrusted comment: \(untrustedComment)",
            StrictBase64.encode(Array("Ed".utf8) + keynum(identity) + forgedSignature),
            "trusted comment: \(trustedComment)",
            StrictBase64.encode(forgedSignature),
        ]
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// acme 2025's bundle, with `signer_key_id` changed to the identity key's and the manifest
    /// "signed" by it: what anyone can make once the identity key is trusted.
    static func forgedBundle() throws -> URL {
        let chain = try BundleFixtures.chain.get()
        var editor = try BundleEditor(chain.acme2025)
        try editor.editManifest { $0["signer_key_id"] = .string(keyID(identity)) }
        let comment = BundleManifest.trustedComment(
            signatory: "acme", year: 2025, sequence: 2,
            manifestSHA256: BundleManifest.sha256(editor.manifestBytes))
        editor.files[BundleManifest.signaturePath] = forgedMinisig(
            trustedComment: comment,
            untrustedComment: "selfassess signature key \(keyID(identity))")
        return try editor.write(name: "forged")
    }
}
