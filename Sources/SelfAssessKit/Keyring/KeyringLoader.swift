internal import Crypto
public import Foundation

/// Reads a `keyring.yaml`, checking its shape (unknown keys with did-you-mean, wrong kinds of
/// value) and its rules: every key an Ed25519 public key, fingerprints that match, no key
/// registered twice, dates in order.
///
/// Problems are ``Diagnostic`` values with file, 1-based line and column, like every other input.
public enum KeyringLoader {
    /// The outcome of loading a keyring: the keyring when it is usable, and every problem found.
    public struct Result: Sendable {
        /// The keyring, or nil when the file has errors.
        public var keyring: Keyring?
        /// Every problem found, sorted by position.
        public var diagnostics: [Diagnostic]
        /// The parsed file, for rendering caret lines and for editing in place.
        public var document: YAMLDocument
    }

    /// Loads a keyring file from disk.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - displayName: The path shown in diagnostics (defaults to the URL's path).
    ///   - framework: The framework whose categories a signatory's `category` must be one of; nil
    ///     skips that check.
    /// - Returns: The keyring (nil when there are errors) and the diagnostics.
    public static func load(
        _ url: URL, displayName: String? = nil, framework: Framework? = nil
    ) -> Result {
        decode(YAMLFile.read(url, displayName: displayName ?? url.path), framework: framework)
    }

    /// Loads a keyring from its bytes.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - file: The name shown in diagnostics.
    ///   - framework: The framework to check categories against, if any.
    /// - Returns: The keyring (nil when there are errors) and the diagnostics.
    public static func parse(_ bytes: [UInt8], file: String, framework: Framework? = nil) -> Result
    {
        decode(YAMLParser.parse(bytes, file: file), framework: framework)
    }

    private static func decode(_ document: YAMLDocument, framework: Framework?) -> Result {
        var decoder = KeyringDecoder(
            file: document.file, categories: framework?.categories.map(\.id))
        var keyring: Keyring?
        if let root = document.root, !document.diagnostics.hasErrors {
            keyring = decoder.keyring(root)
            keyring?.sha256 = SHA256.hash(data: document.source?.bytes ?? []).hexString
        }
        var diagnostics = (document.diagnostics + decoder.diagnostics).sorted()
            .cappedPerFile(refusing: false)
        if keyring == nil, !diagnostics.hasErrors {
            // Every refusal reports why; this keeps a missed case from passing as an empty keyring.
            diagnostics.append(
                Diagnostic(.invalidKeyring, .keyring(.unreadable), at: .file(document.file)))
        }
        return Result(
            keyring: diagnostics.hasErrors ? nil : keyring, diagnostics: diagnostics,
            document: document)
    }
}
