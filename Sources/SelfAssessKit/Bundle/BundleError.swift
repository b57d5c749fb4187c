/// Why a bundle was refused, could not be made, or could not be read. Each case is one check of
/// `verify`, in the order the checks run, with a stable ``code``; `file` names the bundle.
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

    /// The message, naming the bundle and, where there is one, the entry or field.
    public var description: String {
        switch self {
        case .container(let error): error.description
        case .missingSignature(let file):
            "\(file): no \(BundleManifest.signaturePath): the bundle is not signed"
        case .signature(let error): error.description
        case .untrustedKey(let file, let keynum):
            "\(file): signed by key number \(keynum), which no trusted key has (an unregistered or another signatory's key)"
        case .trustedCommentMismatch(let file, let expected, let found):
            "\(file): the trusted comment \"\(found)\" does not describe this manifest (expected \"\(expected)\")"
        case .untrustedCommentMismatch(let file, let expected, let found):
            "\(file): the untrusted comment \"\(found)\" was changed (selfassess writes \"\(expected)\")"
        case .missingManifest(let file): "\(file): no \(BundleManifest.path)"
        case .manifest(let error): error.description
        case .signerKeyMismatch(let file, let listed, let verifying):
            "\(file): the manifest names signer key \(listed), but \(verifying) verified the signature"
        case .keySignatoryMismatch(let file, let keySignatory, let manifestSignatory):
            "\(file): signed with a key registered to \(keySignatory), but the manifest is for \(manifestSignatory)"
        case .keyNotYetValid(let file, let keyID, let from, let createdAt):
            "\(file): key \(keyID) is valid from \(from), after the bundle's creation \(createdAt)"
        case .keyExpired(let file, let keyID, let until, let createdAt):
            "\(file): key \(keyID) was valid until \(until), before the bundle's creation \(createdAt)"
        case .keyRevoked(let file, let keyID, let date, let reason):
            "\(file): key \(keyID) was revoked on \(date) (\(reason))"
        case .fileMissing(let file, let path):
            "\(file): \(path) is listed in the manifest but not in the bundle"
        case .fileNotListed(let file, let path):
            "\(file): \(path) is in the bundle but not listed in the manifest"
        case .fileSizeMismatch(let file, let path, let listed, let actual):
            "\(file): \(path) holds \(actual) bytes; the manifest lists \(listed)"
        case .fileHashMismatch(let file, let path, let listed, let actual):
            "\(file): \(path) has SHA-256 \(actual); the manifest lists \(listed) (the file was changed)"
        case .invalidAssessment(let file, let errors, let first):
            "\(file): the assessment inside is not valid (\(errors) error\(errors == 1 ? "" : "s")); first: \(first)"
        case .frameworkMismatch(let file, let bundle, let verifier):
            "\(file): the bundle answers framework \(bundle), but the verifier holds \(verifier) (use --framework)"
        case .assessmentMismatch(let file, let field, let manifest, let assessment):
            "\(file): the manifest's \(field) is \(manifest), but the assessment's is \(assessment)"
        case .missingResults(let file, let path): "\(file): \(path) is missing"
        case .scoresMismatch(let file, let path, let line):
            "\(file): \(path) differs from the score recomputed from the assessment (from line \(line))"
        case .summaryMismatch(let file, let field, let manifest, let computed):
            "\(file): the manifest's summary \(field) is \(manifest), but the recomputed score gives \(computed)"
        case .diffMismatch(let file, let reason): "\(file): \(reason)"
        case .priorFailed(let file, let prior, let failure):
            "\(file): the prior bundle \(prior) failed: [\(failure.code)] \(failure.description)"
        case .priorSignatory(let file, let prior, let signatory, let priorSignatory):
            "\(file): the prior bundle \(prior) belongs to \(priorSignatory), not \(signatory)"
        case .replay(let file, let prior, let sequence, let priorSequence):
            "\(file): replay: sequence \(sequence) is not after the prior \(prior)'s \(priorSequence)"
        case .newChain(let file, let prior):
            "\(file): not a successor: the bundle starts a new chain (sequence 1, no previous bundle), as the prior \(prior) does"
        case .gap(let file, let prior, let sequence, let priorSequence):
            "\(file): gap: sequence \(sequence) follows the prior \(prior)'s \(priorSequence); bundles \(priorSequence + 1)…\(sequence - 1) are missing"
        case .fork(let file, let prior, let reason): "\(file): fork: \(reason) (prior \(prior))"
        case .conflictingBundles(let file, let other, let reason):
            "\(file): \(reason), as \(other) does"
        case .priorYear(let file, let prior, let year, let priorYear):
            "\(file): year \(year) is not after the prior \(prior)'s \(priorYear)"
        case .selfCheckFailed(let file, let failure):
            "\(file): the bundle just written does not verify, so it was removed: [\(failure.code)] \(failure.description)"
        }
    }
}
