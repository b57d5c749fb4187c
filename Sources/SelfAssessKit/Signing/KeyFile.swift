public import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Reads and writes key files: the private key as PKCS#8 v1 PEM, created with mode 0600 and
/// refused when group or others may access it; the public key as SubjectPublicKeyInfo PEM or as
/// a minisign public key.
public enum KeyFile {
    /// The largest key file read; Ed25519 PEM files are about 120 bytes.
    public static let maxSize = 16 * 1024

    /// The file extension of a private key written by ``writeKeyPair(_:name:in:displayFolder:)``.
    public static let privateKeyExtension = "key"
    /// The file extension of a public key written by ``writeKeyPair(_:name:in:displayFolder:)``.
    public static let publicKeyExtension = "pub"

    // MARK: - Reading

    /// Reads a private key file, refusing it when group or others may access it (as ssh does).
    ///
    /// A public key file is refused as one first, whatever its mode: told from its first line
    /// only, so nothing more is read from a file others may read.
    ///
    /// - Parameters:
    ///   - url: The key file.
    ///   - displayName: The name used in error messages; the path by default.
    /// - Returns: The key.
    /// - Throws: ``KeyError``: I/O failures, ``KeyError/wrongKeyKind(file:expected:found:)`` for
    ///   a public key, ``KeyError/insecurePermissions(file:mode:)``, and every refusal of
    ///   ``parsePrivateKey(_:file:)``.
    public static func readPrivateKey(
        at url: URL, displayName: String? = nil
    ) throws(KeyError) -> SigningKey {
        let file = displayName ?? url.path
        let (bytes, mode) = try loadFile(url, file: file)
        if isPublicKeyFile(bytes) {
            throw .wrongKeyKind(
                file: file, expected: KeyReasonMessages.privateKind.text(),
                found: KeyReasonMessages.publicKind.text())
        }
        try requirePrivate(mode: mode, file: file)
        return try parsePrivateKey(bytes, file: file)
    }

    /// Whether a file holds a public key, told from its first line alone: the PEM label
    /// `PUBLIC KEY`, or a minisign comment naming a public key.
    private static func isPublicKeyFile(_ bytes: [UInt8]) -> Bool {
        if let label = PEMDocument.openingLabel(bytes) { return label == "PUBLIC KEY" }
        let firstLine = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
        return firstLine.hasPrefix("untrusted comment: ") && firstLine.contains(" public key")
    }

    /// Reads a public key file: SubjectPublicKeyInfo PEM or a minisign public key.
    ///
    /// - Parameters:
    ///   - url: The key file.
    ///   - displayName: The name used in error messages; the path by default.
    /// - Returns: The key.
    /// - Throws: ``KeyError``; a private key file gives ``KeyError/wrongKeyKind(file:expected:found:)``.
    public static func readPublicKey(
        at url: URL, displayName: String? = nil
    ) throws(KeyError) -> PublicKey {
        let file = displayName ?? url.path
        return try parsePublicKey(try loadFile(url, file: file).bytes, file: file)
    }

    /// Reads the public key from either a public key file or a private key file.
    ///
    /// A private key file is checked for its permissions first, as
    /// ``readPrivateKey(at:displayName:)`` does.
    ///
    /// - Parameters:
    ///   - url: The key file.
    ///   - displayName: The name used in error messages; the path by default.
    /// - Returns: The public key.
    /// - Throws: ``KeyError``.
    public static func readPublicKey(
        fromEither url: URL, displayName: String? = nil
    ) throws(KeyError) -> PublicKey {
        let file = displayName ?? url.path
        let (bytes, mode) = try loadFile(url, file: file)
        if case .success(let document) = PEMDocument.parse(bytes),
            document.label.hasSuffix("PRIVATE KEY")
        {
            try requirePrivate(mode: mode, file: file)
            return try parsePrivateKey(bytes, file: file).publicKey
        }
        return try parsePublicKey(bytes, file: file)
    }

    /// Parses PKCS#8 v1 PEM holding an Ed25519 key (exactly the 48-byte RFC 8410 DER).
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - file: The file name for error messages.
    /// - Returns: The key.
    /// - Throws: ``KeyError``: ``KeyError/unsupportedKeyType(file:type:)`` for X25519, RSA, EC and
    ///   other algorithms; ``KeyError/unsupportedKeyFormat(file:format:)`` for PKCS#8 v2,
    ///   encrypted PKCS#8, OpenSSH and minisign keys; ``KeyError/notPEM(file:)`` and
    ///   ``KeyError/malformedPEM(file:reason:)`` for damaged text.
    public static func parsePrivateKey(
        _ bytes: [UInt8], file: String
    ) throws(KeyError) -> SigningKey {
        let document = try pem(bytes, file: file)
        switch document.label {
        case "PRIVATE KEY":
            switch Ed25519DER.readPrivateKey(document.der) {
            case .ed25519(let seed):
                guard let key = SigningKey(seed: seed) else {
                    throw .invalidKey(file: file, reason: KeyReasonMessages.unusableSeed.text())
                }
                return key
            case .otherAlgorithm(let name): throw .unsupportedKeyType(file: file, type: name)
            case .otherFormat(let format):
                throw .unsupportedKeyFormat(file: file, format: format.text())
            case .malformed(let reason): throw .invalidKey(file: file, reason: reason.text())
            }
        case "PUBLIC KEY":
            throw .wrongKeyKind(
                file: file, expected: KeyReasonMessages.privateKind.text(),
                found: KeyReasonMessages.publicKind.text())
        default:
            throw classify(label: document.label, file: file)
        }
    }

    /// Parses a public key: SubjectPublicKeyInfo PEM holding an Ed25519 key (exactly the 44-byte
    /// RFC 8410 DER), or a minisign public key whose key number matches the key id.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - file: The file name for error messages.
    /// - Returns: The key.
    /// - Throws: ``KeyError``, as ``parsePrivateKey(_:file:)`` does, and
    ///   ``KeyError/weakKey(file:weakness:)`` for a key of small order or not canonically encoded.
    public static func parsePublicKey(_ bytes: [UInt8], file: String) throws(KeyError) -> PublicKey
    {
        if bytes.starts(with: Array("untrusted comment: ".utf8)) {
            return try PublicKey.parseMinisign(bytes, file: file)
        }
        let document = try pem(bytes, file: file)
        switch document.label {
        case "PUBLIC KEY":
            switch Ed25519DER.readPublicKey(document.der) {
            case .ed25519(let raw):
                return try PublicKey.parse(raw: raw, file: file)
            case .otherAlgorithm(let name): throw .unsupportedKeyType(file: file, type: name)
            case .otherFormat(let format):
                throw .unsupportedKeyFormat(file: file, format: format.text())
            case .malformed(let reason): throw .invalidKey(file: file, reason: reason.text())
            }
        case "PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY",
            "OPENSSH PRIVATE KEY":
            throw .wrongKeyKind(
                file: file, expected: KeyReasonMessages.publicKind.text(),
                found: KeyReasonMessages.privateKind.text())
        default:
            throw classify(label: document.label, file: file)
        }
    }

    // MARK: - Writing

    /// Whether a key name is usable as a file name: 1–64 characters of letters, digits, `.`,
    /// `_` and `-`, starting with a letter or digit.
    public static func isValidKeyName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...64).contains(bytes.count), let first = bytes.first, isAlphanumeric(first) else {
            return false
        }
        return bytes.allSatisfy {
            isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_")
                || $0 == UInt8(ascii: "-")
        }
    }

    /// Writes `NAME.key` (PKCS#8 PEM, mode 0600 from its creation) and `NAME.pub`
    /// (SubjectPublicKeyInfo PEM, mode 0644) into a folder.
    ///
    /// Neither file is ever overwritten, and neither is ever seen half-written.
    ///
    /// - Parameters:
    ///   - key: The key pair to write.
    ///   - name: The base name, checked with ``isValidKeyName(_:)``.
    ///   - folder: An existing folder.
    ///   - displayFolder: How to name the folder in messages; nil names the files alone.
    /// - Returns: The two files.
    /// - Throws: ``KeyError/exists(file:)`` when either file exists (then nothing is written),
    ///   ``KeyError/writeFailed(file:reason:)`` otherwise.
    @discardableResult
    public static func writeKeyPair(
        _ key: SigningKey, name: String, in folder: URL, displayFolder: String? = nil
    ) throws(KeyError) -> (privateKey: URL, publicKey: URL) {
        let privateURL = folder.appendingPathComponent("\(name).\(privateKeyExtension)")
        let publicURL = folder.appendingPathComponent("\(name).\(publicKeyExtension)")
        let display = { (url: URL) in
            displayFolder.map { ($0 as NSString).appendingPathComponent(url.lastPathComponent) }
                ?? url.lastPathComponent
        }
        guard isValidKeyName(name) else {
            throw .writeFailed(
                file: display(privateURL), reason: KeyReasonMessages.unusableKeyName.text())
        }
        for url in [privateURL, publicURL] where exists(url) { throw .exists(file: display(url)) }
        try createNew(
            Array(key.pemRepresentation.utf8), at: privateURL, mode: 0o600,
            file: display(privateURL))
        do {
            try createNew(
                Array(key.publicKey.pemRepresentation.utf8), at: publicURL, mode: 0o644,
                file: display(publicURL))
        } catch {
            unlink(privateURL.path)
            throw error
        }
        return (privateURL, publicURL)
    }

    /// Creates a file that must not exist yet, atomically: the bytes go to a temporary file created
    /// with `mode` (never wider), which is then linked to its name.
    ///
    /// An existing file is never replaced, and a reader never sees part of the content.
    ///
    /// - Parameters:
    ///   - bytes: The content.
    ///   - url: The new file.
    ///   - mode: The permission bits, such as `0o600`.
    ///   - file: The name for error messages.
    /// - Throws: ``KeyError/exists(file:)`` or ``KeyError/writeFailed(file:reason:)``.
    public static func createNew(
        _ bytes: [UInt8], at url: URL, mode: Int, file: String
    ) throws(KeyError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(UUID().uuidString.prefix(8))")
        TemporaryFiles.shared.register(temporary)
        defer { TemporaryFiles.shared.unregister(temporary) }
        let descriptor = open(
            temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode))
        guard descriptor >= 0 else { throw .writeFailed(file: file, reason: systemError()) }
        var failure: String?
        if fchmod(descriptor, mode_t(mode)) != 0 { failure = systemError() }
        var written = 0
        while failure == nil, written < bytes.count {
            let count = bytes[written...].withUnsafeBytes {
                write(descriptor, $0.baseAddress, $0.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                failure = systemError()
            } else {
                written += count
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = systemError() }
        if close(descriptor) != 0, failure == nil { failure = systemError() }
        defer { unlink(temporary.path) }
        if let failure { throw .writeFailed(file: file, reason: failure) }
        if link(temporary.path, url.path) != 0 {
            let code = errno
            if code == EEXIST { throw .exists(file: file) }
            // File systems without hard links: check, then rename (a narrow race remains).
            guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == ENOSYS else {
                throw .writeFailed(file: file, reason: String(cString: strerror(code)))
            }
            if exists(url) { throw .exists(file: file) }
            if rename(temporary.path, url.path) != 0 {
                throw .writeFailed(file: file, reason: systemError())
            }
        }
    }

    // MARK: - Helpers

    private static func pem(_ bytes: [UInt8], file: String) throws(KeyError) -> PEMDocument {
        switch PEMDocument.parse(bytes) {
        case .success(let document):
            return document
        case .failure(.malformed(let reason)):
            throw .malformedPEM(file: file, reason: reason.description)
        case .failure(.notPEM):
            if bytes.starts(with: Array("untrusted comment: ".utf8)) {
                throw .unsupportedKeyFormat(
                    file: file, format: KeyReasonMessages.minisignOrSignify.text())
            }
            if bytes.first == 0x30 {
                throw .unsupportedKeyFormat(file: file, format: KeyReasonMessages.binaryDER.text())
            }
            throw .notPEM(file: file)
        }
    }

    private static func classify(label: String, file: String) -> KeyError {
        switch label {
        case "ENCRYPTED PRIVATE KEY":
            .unsupportedKeyFormat(file: file, format: KeyReasonMessages.encryptedPKCS8.text())
        case "RSA PRIVATE KEY", "RSA PUBLIC KEY": .unsupportedKeyType(file: file, type: "RSA")
        case "EC PRIVATE KEY": .unsupportedKeyType(file: file, type: "EC (ECDSA)")
        case "DSA PRIVATE KEY": .unsupportedKeyType(file: file, type: "DSA")
        case "OPENSSH PRIVATE KEY":
            .unsupportedKeyFormat(file: file, format: KeyReasonMessages.openSSH.text())
        case "CERTIFICATE":
            .unsupportedKeyFormat(file: file, format: KeyReasonMessages.certificate.text())
        default:
            .unsupportedKeyFormat(
                file: file, format: KeyReasonMessages.pemBlock.text(["label": .text(label)]))
        }
    }

    private static func requirePrivate(mode: Int, file: String) throws(KeyError) {
        if mode & 0o077 != 0 { throw .insecurePermissions(file: file, mode: mode & 0o7777) }
    }

    /// Reads a regular file of at most ``maxSize`` bytes, returning its content and mode; the
    /// type, size and mode come from the open descriptor, so they describe the bytes read.
    private static func loadFile(
        _ url: URL, file: String
    ) throws(KeyError) -> (bytes: [UInt8], mode: Int) {
        let opened: (descriptor: Int32, status: FileStatus)
        switch FileReader.openRegularFile(url.path) {
        case .success(let value): opened = value
        case .failure(.notFound): throw .notFound(file: file)
        case .failure(.notRegularFile(let kind)): throw .notRegularFile(file: file, kind: kind)
        case .failure(let failure): throw .unreadable(file: file, reason: failure.description)
        }
        defer { close(opened.descriptor) }
        if opened.status.size > maxSize {
            throw .tooLarge(file: file, size: opened.status.size, limit: maxSize)
        }
        var bytes: [UInt8] = []
        switch FileReader.readChunks(
            opened.descriptor, maxSize: maxSize, chunkSize: 4096, { bytes.append(contentsOf: $0) })
        {
        case .success: return (bytes, opened.status.permissions)
        case .failure(.tooLarge(let size, _)):
            throw .tooLarge(file: file, size: size, limit: maxSize)
        case .failure(let failure): throw .unreadable(file: file, reason: failure.description)
        }
    }

    private static func exists(_ url: URL) -> Bool {
        FileStatus.of(path: url.path, followingLinks: false) != nil
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}
