public import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The keyring on disk: `KEYRING` (such as `keyring.yaml`) and its signature `KEYRING.minisig`.
///
/// ``loadTrusted(_:displayName:societyKey:framework:)`` is what `aggregate` and
/// `verify --keyring` call: with the society's key it refuses a keyring whose signature does not
/// verify, so whoever can write the keyring file alone cannot add a signatory's key.
/// ``update(_:displayName:createIfMissing:_:)`` is how every edit is written: validated, checked
/// against concurrent changes, written atomically, and the stale signature removed.
public enum KeyringFile {
    /// The largest keyring file read (8 MiB, the YAML limit).
    public static let maxSize = YAMLLimits.default.maxFileSize

    /// The signature file of a keyring: its path with `.minisig` appended.
    public static func signatureURL(for url: URL) -> URL {
        URL(fileURLWithPath: url.path + "." + KeyringSignature.fileExtension)
    }

    /// The name of the signature file of a keyring, as shown in messages.
    public static func signatureName(for file: String) -> String {
        file + "." + KeyringSignature.fileExtension
    }

    // MARK: Reading

    /// Reads a keyring file's bytes (at most ``maxSize``).
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - displayName: The name shown in messages.
    /// - Returns: The bytes.
    /// - Throws: ``KeyringError/notFound(file:)`` or ``KeyringError/unreadable(file:reason:)``.
    public static func read(_ url: URL, displayName: String) throws(KeyringError) -> [UInt8] {
        switch FileReader.readRegularFile(url, maxSize: maxSize) {
        case .success(let bytes): return bytes
        case .failure(.notFound): throw .notFound(file: displayName)
        case .failure(let failure):
            throw .unreadable(file: displayName, reason: failure.description)
        }
    }

    /// Loads a keyring, and with the society's key only after its signature verifies.
    ///
    /// The file is read once; with a society key, the signature in `KEYRING.minisig` is checked
    /// over those exact bytes (shape, key number, signature, trusted comment) before the YAML is
    /// parsed at all, and the same bytes are then parsed.
    ///
    /// - Parameters:
    ///   - url: The keyring file.
    ///   - displayName: The name shown in messages (defaults to the URL's path).
    ///   - societyKey: The society's public key, configured out of band; nil to load without a
    ///     signature check (for a society that does not sign its keyring, or to edit it).
    ///   - framework: The framework whose categories a signatory's `category` must be one of; nil
    ///     skips that check.
    /// - Returns: The keyring, its warnings, and the verified signature when a key was given.
    /// - Throws: ``KeyringError``: `notFound` and `unreadable` (exit 2); `unsigned`,
    ///   `badSignature` and `trustedCommentMismatch` when the signature fails; `invalid` with
    ///   positioned diagnostics when the file has errors.
    public static func loadTrusted(
        _ url: URL, displayName: String? = nil, societyKey: PublicKey?, framework: Framework? = nil
    ) throws(KeyringError) -> Loaded {
        let file = displayName ?? url.path
        let bytes = try read(url, displayName: file)
        var signature: MinisignSignature?
        if let societyKey {
            let signatureFile = signatureName(for: file)
            let signatureBytes: [UInt8]
            switch FileReader.readRegularFile(
                signatureURL(for: url), maxSize: MinisignSignature.maxSize)
            {
            case .success(let read):
                signatureBytes = read
            case .failure(.notFound):
                throw .unsigned(file: file, signatureFile: signatureFile)
            case .failure(.tooLarge(let size, let limit)):
                throw .badSignature(
                    file: file, .tooLarge(file: signatureFile, size: size, limit: limit))
            case .failure(let failure):
                throw .unreadable(file: signatureFile, reason: failure.description)
            }
            signature = try KeyringSignature.verify(
                bytes, signature: signatureBytes, with: societyKey, file: file,
                signatureFile: signatureFile)
        }
        let result = KeyringLoader.parse(bytes, file: file, framework: framework)
        guard let keyring = result.keyring else { throw invalid(result, file: file) }
        return Loaded(
            keyring: keyring, warnings: result.diagnostics, sources: sources(result),
            signature: signature,
            signer: signature == nil ? nil : societyKey?.keyID)
    }

    /// Loads a keyring, and with the society's public key file only after its signature
    /// verifies: ``loadTrusted(_:displayName:societyKey:framework:)`` for a command's
    /// `--society-key FILE`.
    ///
    /// - Parameters:
    ///   - url: The keyring file.
    ///   - displayName: The name shown in messages (defaults to the URL's path).
    ///   - societyKeyFile: The society's public key file (SubjectPublicKeyInfo PEM or minisign),
    ///     or nil to load without a signature check.
    ///   - societyKeyDisplayName: The key file's name in messages (defaults to its path).
    ///   - framework: The framework to check categories against, if any.
    /// - Returns: The keyring, its warnings, and the verified signature when a key was given.
    /// - Throws: ``KeyringError``, with ``KeyringError/key(_:)`` when the key file cannot be used.
    public static func loadTrusted(
        _ url: URL, displayName: String? = nil, societyKeyFile: URL?,
        societyKeyDisplayName: String? = nil,
        framework: Framework? = nil
    ) throws(KeyringError) -> Loaded {
        var societyKey: PublicKey?
        if let societyKeyFile {
            do throws(KeyError) {
                societyKey = try KeyFile.readPublicKey(
                    at: societyKeyFile, displayName: societyKeyDisplayName)
            } catch {
                throw .key(error)
            }
        }
        return try loadTrusted(
            url, displayName: displayName, societyKey: societyKey, framework: framework)
    }

    // MARK: Signing

    /// Signs a keyring with the society's key and writes `KEYRING.minisig` atomically, replacing an
    /// existing signature.
    ///
    /// An invalid keyring is refused.
    ///
    /// - Parameters:
    ///   - url: The keyring file.
    ///   - displayName: The name shown in messages (defaults to the URL's path).
    ///   - key: The society's signing key.
    ///   - framework: The framework to check categories against, if any.
    /// - Returns: The keyring, its warnings and the new signature.
    /// - Throws: ``KeyringError``: `notFound`, `unreadable`, `invalid`, `writeFailed`, or `key`
    ///   when signing fails.
    public static func sign(
        _ url: URL, displayName: String? = nil, key: SigningKey, framework: Framework? = nil
    ) throws(KeyringError) -> Loaded {
        let file = displayName ?? url.path
        let bytes = try read(url, displayName: file)
        let result = KeyringLoader.parse(bytes, file: file, framework: framework)
        guard let keyring = result.keyring else { throw invalid(result, file: file) }
        let signatureFile = signatureName(for: file)
        let signature: MinisignSignature
        do throws(MinisignError) {
            signature = try KeyringSignature.sign(bytes, with: key, signatureFile: signatureFile)
        } catch {
            throw .key(.signingFailed(reason: error.description))
        }
        do throws(FileWriteFailure) {
            try AtomicFile.write(
                Data(signature.encoded), to: signatureURL(for: url), permissions: 0o644)
        } catch {
            if error.isRefusal {
                throw .notRegularTarget(file: signatureFile, reason: error.reason)
            }
            throw .writeFailed(file: signatureFile, reason: error.reason)
        }
        return Loaded(
            keyring: keyring, warnings: result.diagnostics, sources: sources(result),
            signature: signature,
            signer: key.publicKey.keyID)
    }

    // MARK: Editing

    /// Reads a keyring, applies a change, and writes the result: validated (by the change),
    /// refused when the file changed on disk meanwhile, written atomically with the file's mode
    /// kept (a new file is created with mode 0644 and never replaces one that appeared
    /// meanwhile), and then the stale signature `KEYRING.minisig`, if any, removed: it no
    /// longer matches the file and the society must sign again.
    ///
    /// - Parameters:
    ///   - url: The keyring file.
    ///   - displayName: The name shown in messages (defaults to the URL's path).
    ///   - createIfMissing: Whether a missing file is created (the change gets nil).
    ///   - framework: The framework the loaded file's categories are checked against, if any.
    ///   - change: Makes the new file from the loaded one, usually a ``KeyringEditor`` call.
    /// - Returns: The edit, whether the file was created, and what became of the signature.
    /// - Throws: ``KeyringError``: whatever `change` throws, `notFound`, `unreadable`,
    ///   `changedDuringEdit`, `writeFailed`.
    public static func update(
        _ url: URL, displayName: String? = nil, createIfMissing: Bool,
        framework: Framework? = nil,
        _ change: (KeyringLoader.Result?) throws(KeyringError) -> KeyringEditor.Edit
    ) throws(KeyringError) -> Update {
        let file = displayName ?? url.path
        var original: [UInt8]?
        do throws(KeyringError) {
            original = try read(url, displayName: file)
        } catch .notFound(let name) {
            guard createIfMissing else { throw .notFound(file: name) }
        }
        let edit = try change(
            original.map { KeyringLoader.parse($0, file: file, framework: framework) })
        if let original {
            let current: [UInt8]?
            do throws(KeyringError) { current = try read(url, displayName: file) } catch {
                current = nil
            }
            guard current == original else { throw .changedDuringEdit(file: file) }
            let mode = FileStatus.of(path: url.path, followingLinks: true)?.permissions ?? 0o644
            do throws(FileWriteFailure) {
                try AtomicFile.write(Data(edit.bytes), to: url, permissions: mode)
            } catch {
                if error.isRefusal { throw .notRegularTarget(file: file, reason: error.reason) }
                throw .writeFailed(file: file, reason: error.reason)
            }
        } else {
            do throws(KeyError) {
                try KeyFile.createNew(edit.bytes, at: url, mode: 0o644, file: file)
            } catch .exists {
                throw .changedDuringEdit(file: file)
            } catch {
                throw .writeFailed(file: file, reason: writeReason(error))
            }
        }
        var update = Update(
            edit: edit, created: original == nil, removedSignature: nil,
            signatureRemovalFailure: nil)
        let signature = signatureURL(for: url)
        if FileStatus.of(path: signature.path, followingLinks: false) != nil {
            if let refusal = OutputTarget.refusal(at: signature.path) {
                // Never remove a device or a named pipe that stands where the signature goes.
                update.signatureRemovalFailure = "it \(refusal)"
            } else if unlink(signature.path) == 0 {
                update.removedSignature = signatureName(for: file)
            } else {
                update.signatureRemovalFailure = FileReader.systemError()
            }
        }
        return update
    }

    // MARK: Helpers

    private static func sources(_ result: KeyringLoader.Result) -> [String: SourceText] {
        result.document.source.map { [result.document.file: $0] } ?? [:]
    }

    private static func invalid(_ result: KeyringLoader.Result, file: String) -> KeyringError {
        .invalid(file: file, diagnostics: result.diagnostics, sources: sources(result))
    }

    private static func writeReason(_ error: KeyError) -> String {
        if case .writeFailed(_, let reason) = error { return reason }
        return error.description
    }
}
