import ArgumentParser
import Foundation
import SelfAssessKit

/// `--key FILE | --keyring FILE`: the keys `verify` trusts. Exactly one is given; nothing inside
/// a bundle is ever trusted.
struct TrustedKeyOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The signatory's public key to trust: SubjectPublicKeyInfo PEM or a minisign public key.", valueName: "file"))
    var key: String?

    @Option(help: ArgumentHelp("The society's keyring of registered signatory keys.", valueName: "file"))
    var keyring: String?

    /// Reads a keyring file into trusted keys. Nil until the keyring loader lands; the keyring
    /// (signatory, validity and revocation per key) plugs in here as a ``TrustedKeys``.
    typealias KeyringLoader = @Sendable (_ url: URL, _ displayName: String) throws -> any TrustedKeys
    static let keyringLoader: KeyringLoader? = nil

    func validate() throws {
        guard (key == nil) != (keyring == nil) else {
            throw ValidationError("Give exactly one of --key FILE and --keyring FILE: the keys to trust.")
        }
    }

    /// The trusted keys; prints the failure and throws `ExitCode` (2 unreadable, 1 refused).
    func load() throws -> any TrustedKeys {
        if let key {
            do throws(KeyError) {
                return SingleTrustedKey(try KeyFile.readPublicKey(fromEither: URL(fileURLWithPath: key), displayName: key))
            } catch {
                Terminal.err("error: \(error)\n")
                throw ExitCode(error.isInputOutputFailure ? 2 : 1)
            }
        }
        let file = keyring ?? ""
        guard let loader = Self.keyringLoader else {
            Terminal.err("error: \(file): keyrings are not supported yet; verify with --key FILE (the signatory's public key)\n")
            throw ExitCode(2)
        }
        return try loader(URL(fileURLWithPath: file), file)
    }
}
