import SelfAssessKit

/// Bytes through the keyring decoder, with and without the framework's categories.
///
/// Invariants: only diagnostics (never an input failure), about the keyring file, 1-based; a
/// keyring comes back exactly when there is no error; and the decoder gives the same answer
/// twice.
enum KeyringHarness {
    static let file = "keyring.yaml"

    static func run(_ bytes: [UInt8]) {
        let framework = bytes.first.map { $0 & 1 == 0 } == true ? YAMLHarness.framework : nil
        let result = KeyringLoader.parse(bytes, file: file, framework: framework)
        YAMLHarness.checkDiagnostics(result.diagnostics, files: [file])
        Invariant.require(
            (result.keyring == nil) == result.diagnostics.hasErrors,
            "a keyring without errors must load, and one with errors must not")
        let again = KeyringLoader.parse(bytes, file: file, framework: framework)
        Invariant.require(
            again.diagnostics == result.diagnostics, "the keyring decoder is not deterministic")
    }
}

/// Bytes through the policy decoder, with and without the framework.
///
/// Invariants as for the keyring.
enum PolicyHarness {
    static let file = "policy.yaml"

    static func run(_ bytes: [UInt8]) {
        let framework = bytes.first.map { $0 & 1 == 0 } == true ? YAMLHarness.framework : nil
        let result = PolicyLoader.parse(bytes, file: file, framework: framework)
        YAMLHarness.checkDiagnostics(result.diagnostics, files: [file])
        Invariant.require(
            (result.policy == nil) == result.diagnostics.hasErrors,
            "a policy without errors must load, and one with errors must not")
        let again = PolicyLoader.parse(bytes, file: file, framework: framework)
        Invariant.require(
            again.diagnostics == result.diagnostics, "the policy decoder is not deterministic")
    }
}
