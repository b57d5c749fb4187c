/// The harnesses, one per parser family.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// YAML bytes → YAMLParser → AssessmentDecoder and Validator (an article or assessment.yaml).
    case yaml
    /// ZIP bytes → ZIPContainerReader → entries written back; and bundle verification.
    case zip
    /// Canonical JSON and the manifest decoder.
    case json
    /// PEM key files (public and private), minisign public keys and signatures.
    case keys
    /// The keyring decoder.
    case keyring
    /// The policy decoder.
    case policy

    /// The harness libFuzzer calls; set once before fuzzing starts.
    nonisolated(unsafe) static var selected: FuzzTarget = .yaml

    func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml: YAMLHarness.run(bytes)
        case .zip: ZIPHarness.run(bytes)
        case .json: JSONHarness.run(bytes)
        case .keys: KeyHarness.run(bytes)
        case .keyring: KeyringHarness.run(bytes)
        case .policy: PolicyHarness.run(bytes)
        }
    }
}
