import SelfAssessKit

/// Key files and minisign signatures.
///
/// The first byte picks the parser: 0 a public key file (PEM or minisign), 1 a private key
/// file, 2 a minisign signature verified against the test key, 3 a minisign public key.
/// Invariants: refusals are ``KeyError`` and ``MinisignError`` values about the input (never a
/// file-system or signing failure), naming the file; a key that parses writes out (PEM, minisign)
/// to text that parses to the same key; a signature that parses writes out to its own bytes.
enum KeyHarness {
    static let file = "key.pem"
    static let message = Array("{\"schema\":\"selfassess.bundle/v1\"}".utf8)

    static func run(_ input: [UInt8]) {
        guard let selector = input.first else { return }
        let bytes = Array(input.dropFirst())
        do throws(KeyError) {
            switch selector % 4 {
            case 0:
                roundTrip(try KeyFile.parsePublicKey(bytes, file: file))
            case 1:
                let key = try KeyFile.parsePrivateKey(bytes, file: file)
                let again = try KeyFile.parsePrivateKey(
                    Array(key.pemRepresentation.utf8), file: file)
                Invariant.require(
                    again.publicKey == key.publicKey, "a private key writes out as another key")
                let signature = try key.signature(for: message)
                Invariant.require(
                    key.publicKey.isValidSignature(signature, for: message),
                    "a parsed private key signs what its public key refuses")
            case 2:
                signature(bytes)
            default:
                roundTrip(try PublicKey.parseMinisign(bytes, file: file))
            }
        } catch {
            Invariant.require(!error.isInputOutputFailure, "not a refusal of the key: \(error)")
            Invariant.require(error.description.contains(file), "no file named: \(error)")
        }
    }

    static func roundTrip(_ key: PublicKey) {
        let pem = try? KeyFile.parsePublicKey(Array(key.pemRepresentation.utf8), file: file)
        Invariant.require(pem == key, "a public key written as PEM reads as another key")
        let minisign = try? PublicKey.parseMinisign(
            Array(key.minisignRepresentation.utf8), file: file)
        Invariant.require(minisign == key, "a public key written for minisign reads as another key")
    }

    static func signature(_ bytes: [UInt8]) {
        let name = "manifest.json.minisig"
        do throws(MinisignError) {
            let signature = try MinisignSignature.parse(bytes, file: name)
            Invariant.require(signature.encoded == bytes, "a signature writes out other bytes")
            try signature.verify(message, with: TestKey.signing.publicKey, file: name)
        } catch {
            if case .signingFailed = error { Invariant.require(false, "not a refusal: \(error)") }
            Invariant.require(error.description.contains(name), "no file named: \(error)")
        }
    }
}
