public import SelfAssessKit

/// A receipt with the society's signature: the canonical bytes written as `NAME.receipt.json`
/// and the minisign `Ed` signature written as `NAME.receipt.json.minisig`, which
/// `minisign -Vm NAME.receipt.json -p society.minisign.pub` verifies.
public struct SignedReceipt: Sendable, Equatable {
    /// The extension of a receipt file.
    public static let fileExtension = "receipt.json"
    /// The extension added to a receipt file's name for its signature.
    public static let signatureExtension = "minisig"

    /// The receipt.
    public var receipt: RegistryReceipt
    /// Its canonical bytes, exactly as signed.
    public var bytes: [UInt8]
    /// The signature file's bytes.
    public var signature: [UInt8]

    /// A signed receipt from stored parts (the registry keeps both byte strings).
    public init(receipt: RegistryReceipt, bytes: [UInt8], signature: [UInt8]) {
        self.receipt = receipt
        self.bytes = bytes
        self.signature = signature
    }

    /// Signs a receipt with the society's key.
    ///
    /// - Parameters:
    ///   - receipt: The receipt.
    ///   - key: The society's signing key.
    ///   - file: The receipt's name, for messages.
    /// - Returns: The signed receipt.
    /// - Throws: ``RegistryError/receiptSigningFailed(file:reason:)``, or
    ///   ``RegistryError/receiptMalformed(file:reason:)`` for a receipt outside the format (a
    ///   hash that is not 64 lower-case hexadecimal digits, a code on an accepted bundle).
    public static func sign(
        _ receipt: RegistryReceipt, with key: SigningKey, file: String = "receipt"
    ) throws(RegistryError) -> SignedReceipt {
        let bytes = try receipt.canonicalBytes(file: file)
        // What is signed must read back as the same receipt: a receipt the registry could not
        // read again is never recorded or given out.
        guard try RegistryReceipt.parse(bytes, file: file) == receipt else {
            throw .receiptMalformed(file: file, reason: "the receipt does not read back as written")
        }
        do throws(MinisignError) {
            let signature = try MinisignSignature.sign(
                bytes, with: key,
                trustedComment: RegistryReceipt.trustedComment(for: receipt, bytes: bytes),
                file: file + "." + signatureExtension)
            return SignedReceipt(receipt: receipt, bytes: bytes, signature: signature.encoded)
        } catch {
            throw .receiptSigningFailed(file: file, reason: error.description)
        }
    }

    /// Verifies a receipt with the society's public key, as `minisign -V` does and more: the
    /// signature file's shape, the key number, both signatures, then the receipt itself (strict
    /// canonical JSON of the format) and the trusted comment derived from it.
    ///
    /// - Parameters:
    ///   - bytes: The receipt file's bytes.
    ///   - signature: The signature file's bytes.
    ///   - key: The society's public key, configured out of band.
    ///   - file: The receipt file's name, for messages.
    /// - Returns: The verified receipt.
    /// - Throws: ``RegistryError``: `receiptSignature`, `receiptMalformed` or
    ///   `receiptTrustedComment`.
    public static func verify(
        _ bytes: [UInt8], signature: [UInt8], with key: PublicKey, file: String
    ) throws(RegistryError) -> SignedReceipt {
        let signatureFile = file + "." + signatureExtension
        let parsed: MinisignSignature
        do throws(MinisignError) {
            parsed = try MinisignSignature.parse(signature, file: signatureFile)
            try parsed.verify(bytes, with: key, file: signatureFile)
        } catch {
            throw .receiptSignature(file: file, reason: "[\(error.code)] \(error.description)")
        }
        let receipt = try RegistryReceipt.parse(bytes, file: file)
        let expected = RegistryReceipt.trustedComment(for: receipt, bytes: bytes)
        guard parsed.trustedComment == expected else {
            throw .receiptTrustedComment(
                file: file, expected: expected, found: parsed.trustedComment)
        }
        return SignedReceipt(receipt: receipt, bytes: bytes, signature: signature)
    }
}

extension SignedReceipt {
    /// Where the receipt of a bundle goes: `NAME.receipt.json` and its `.minisig` for
    /// `NAME.sabundle`, in `folder` when one is given, else beside the bundle; paths as the user
    /// wrote them, to show and to write.
    public static func files(
        forBundle bundle: String, in folder: String?
    ) -> (
        receipt: String, signature: String
    ) {
        var name =
            bundle.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init)
            ?? bundle
        if name.hasSuffix(".sabundle") { name.removeLast(".sabundle".count) }
        name += "." + fileExtension
        let receipt: String
        if let folder {
            receipt = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        } else if let slash = bundle.lastIndex(of: "/") {
            receipt = bundle[...slash] + name
        } else {
            receipt = name
        }
        return (receipt, receipt + "." + signatureExtension)
    }
}
