import SelfAssessKit

/// Bytes through the keyring decoder, with and without the framework's categories.
///
/// Invariants: see ``LoaderHarness``.
enum KeyringHarness {
    static func run(_ bytes: [UInt8]) {
        LoaderHarness.check(bytes, file: "keyring.yaml", what: "keyring") {
            bytes, file, framework in
            let result = KeyringLoader.parse(bytes, file: file, framework: framework)
            return (result.keyring != nil, result.diagnostics)
        }
    }
}

/// Bytes through the policy decoder, with and without the framework.
///
/// Invariants: see ``LoaderHarness``.
enum PolicyHarness {
    static func run(_ bytes: [UInt8]) {
        LoaderHarness.check(bytes, file: "policy.yaml", what: "policy") { bytes, file, framework in
            let result = PolicyLoader.parse(bytes, file: file, framework: framework)
            return (result.policy != nil, result.diagnostics)
        }
    }
}

/// What the keyring and policy harnesses check of their decoder: only diagnostics (never an input
/// failure), about the one file, 1-based; a value comes back exactly when there is no error; and
/// the decoder gives the same answer twice.
///
/// The first byte chooses whether the framework is given.
enum LoaderHarness {
    static func check(
        _ bytes: [UInt8], file: String, what: String,
        parse: ([UInt8], String, Framework?) -> (loaded: Bool, diagnostics: [Diagnostic])
    ) {
        let framework = bytes.first.map { $0 & 1 == 0 } == true ? YAMLHarness.framework : nil
        let result = parse(bytes, file, framework)
        YAMLHarness.checkDiagnostics(result.diagnostics, files: [file])
        Invariant.require(
            result.loaded != result.diagnostics.hasErrors,
            "a \(what) without errors must load, and one with errors must not")
        let again = parse(bytes, file, framework)
        Invariant.require(
            again.diagnostics == result.diagnostics, "the \(what) decoder is not deterministic")
    }
}
