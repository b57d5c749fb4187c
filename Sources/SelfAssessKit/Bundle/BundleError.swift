/// Why a bundle was refused, could not be made, or could not be read.
///
/// Each case is one check of `verify`, in the order the checks run, with a stable ``code``; `file`
/// names the bundle.
///
/// Codes: `SB0xx` input/output, `SB1xx` container, `SB2xx` signature, `SB3xx` manifest, `SB4xx`
/// key policy, `SB5xx` files, `SB6xx` content (assessment and scores), `SB7xx` chain.
public indirect enum BundleError: Error, Equatable, Sendable, CustomStringConvertible {
    // MARK: Container (SB0xx, SB1xx)
    /// The ZIP container: unreadable, malformed, unsafe names or entries, caps.
    case container(ContainerError)

    // MARK: Signature (SB2xx)
    /// No `manifest.json.minisig` entry.
    case missingSignature(file: String)
    /// The signature file's shape, or the signature itself (SB201–SB211, SB221, SB222, SB229, and
    /// SB232, SB233 for a signature whose R is weak).
    case signature(MinisignError)
    /// No trusted key has the signature's key number.
    case untrustedKey(file: String, keynum: String)
    /// The untrusted comment is not the one selfassess writes for the verifying key (it is not
    /// signed, but nothing else may change in a bundle either).
    case untrustedCommentMismatch(file: String, expected: String, found: String)
    /// The trusted comment is validly signed but does not describe this manifest.
    case trustedCommentMismatch(file: String, expected: String, found: String)

    // MARK: Manifest (SB3xx)
    /// No `manifest.json` entry.
    case missingManifest(file: String)
    /// The manifest is not canonical JSON or breaks the schema.
    case manifest(ManifestError)

    // MARK: Key policy (SB4xx)
    /// `signer_key_id` is not the key that verified the signature.
    case signerKeyMismatch(file: String, listed: String, verifying: String)
    /// The key is registered to another signatory than the manifest names.
    case keySignatoryMismatch(file: String, keySignatory: String, manifestSignatory: String)
    /// The key may sign only from a later day than the bundle's creation.
    case keyNotYetValid(file: String, keyID: String, from: CalendarDate, createdAt: String)
    /// The key's validity ended before the bundle's creation.
    case keyExpired(file: String, keyID: String, until: CalendarDate, createdAt: String)
    /// The key was revoked on or before the bundle's creation day.
    case keyRevoked(file: String, keyID: String, date: CalendarDate, reason: String)

    // MARK: Files (SB5xx)
    /// A file the manifest lists is not in the bundle.
    case fileMissing(file: String, path: String)
    /// An entry of the bundle that the manifest does not list.
    case fileNotListed(file: String, path: String)
    /// An entry's size differs from the manifest's.
    case fileSizeMismatch(file: String, path: String, listed: Int, actual: Int)
    /// An entry's SHA-256 differs from the manifest's.
    case fileHashMismatch(file: String, path: String, listed: String, actual: String)

    // MARK: Content (SB6xx)
    /// The assessment inside does not validate; `first` is the first error.
    case invalidAssessment(file: String, errors: Int, first: String)
    /// The bundle answers a framework the verifier does not hold (id, version or file hash).
    case frameworkMismatch(file: String, bundle: String, verifier: String)
    /// The manifest and the assessment disagree (signatory, year or framework).
    case assessmentMismatch(file: String, field: String, manifest: String, assessment: String)
    /// A required result file is not listed.
    case missingResults(file: String, path: String)
    /// `results/scores.json` differs from the score recomputed from the assessment.
    case scoresMismatch(file: String, path: String, line: Int)
    /// The manifest's summary differs from the recomputed score.
    case summaryMismatch(file: String, field: String, manifest: String, computed: String)
    /// `results/diff.json` is missing, unexpected, or differs from the recomputed comparison.
    case diffMismatch(file: String, reason: String)

    // MARK: Chain (SB7xx)
    /// The prior bundle itself failed.
    case priorFailed(file: String, prior: String, failure: BundleError)
    /// The prior bundle belongs to another signatory.
    case priorSignatory(file: String, prior: String, signatory: String, priorSignatory: String)
    /// The bundle is the prior, or older: a replay or rollback.
    case replay(file: String, prior: String, sequence: Int, priorSequence: Int)
    /// The bundle and the prior, two different bundles, both start a chain (sequence 1): the
    /// bundle is no successor of the prior. Code SB703, as a replay.
    case newChain(file: String, prior: String)
    /// Bundles are missing between the prior and this one.
    case gap(file: String, prior: String, sequence: Int, priorSequence: Int)
    /// The bundle follows another bundle than the prior: a fork of the chain.
    case fork(file: String, prior: String, reason: String)
    /// Two different bundles of one signatory claim the same place (sequence or year).
    case conflictingBundles(file: String, other: String, reason: String)
    /// The bundle's year is not after the prior's.
    case priorYear(file: String, prior: String, year: Int, priorYear: Int)

    // MARK: Making a bundle
    /// The bundle just written did not verify; nothing was left behind.
    case selfCheckFailed(file: String, failure: BundleError)

    /// Whether the failure is an input/output or internal failure (exit code 2) rather than a
    /// refusal (exit code 1).
    public var isInputOutputFailure: Bool {
        switch self {
        case .container(let error): error.isInputOutputFailure
        case .selfCheckFailed: true
        case .priorFailed(_, _, let failure): failure.isInputOutputFailure
        default: false
        }
    }

    /// The stable code, such as `SB221`.
    public var code: String {
        switch self {
        case .container(let error): error.code
        case .missingSignature: "SB200"
        case .signature(let error): error.code
        case .untrustedKey: "SB220"
        case .trustedCommentMismatch: "SB223"
        case .untrustedCommentMismatch: "SB224"
        case .missingManifest: "SB300"
        case .manifest(let error): error.code
        case .signerKeyMismatch: "SB401"
        case .keySignatoryMismatch: "SB402"
        case .keyNotYetValid: "SB403"
        case .keyExpired: "SB404"
        case .keyRevoked: "SB405"
        case .fileMissing: "SB501"
        case .fileNotListed: "SB502"
        case .fileSizeMismatch: "SB503"
        case .fileHashMismatch: "SB504"
        case .invalidAssessment: "SB601"
        case .frameworkMismatch: "SB602"
        case .assessmentMismatch: "SB603"
        case .missingResults: "SB604"
        case .scoresMismatch: "SB605"
        case .summaryMismatch: "SB606"
        case .diffMismatch: "SB607"
        case .priorFailed: "SB701"
        case .priorSignatory: "SB702"
        case .replay, .newChain: "SB703"
        case .gap: "SB704"
        case .fork: "SB705"
        case .conflictingBundles: "SB706"
        case .priorYear: "SB707"
        case .selfCheckFailed: "SB009"
        }
    }

    /// The message, naming the bundle and, where there is one, the entry or field (in English;
    /// the wordings are in ``BundleErrorMessages``).
    public var description: String { wording.text(in: .english) }
}
