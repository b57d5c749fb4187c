import SelfAssessKit

/// The command-line tool's own wordings: what it prints for people that is not a kit error or
/// diagnostic ("Wrote …", summaries, notes, usage errors).
///
/// Each case is a message key; its
/// English template names its arguments in braces.
///
/// Keys start with the command or concern (`bundle.wrote`, `keyring.signed`); counted nouns are
/// wordings of their own (`count.error.one`, `count.error`), given to the sentence as an argument,
/// so that a language without plurals words them once.
enum CLIMessages: String, MessageCatalog {
    // The labels of standard error's lines.
    case errorLabel = "terminal.error"
    case warningLabel = "terminal.warning"
    case noteLabel = "terminal.note"

    // Counted nouns.
    case errorCountOne = "count.error.one"
    case errorCount = "count.error"
    case indicatorCountOne = "count.indicator.one"
    case indicatorCount = "count.indicator"
    case articleCountOne = "count.article.one"
    case articleCount = "count.article"
    case signatoryCountOne = "count.signatory.one"
    case signatoryCount = "count.signatory"
    case keyCountOne = "count.key.one"
    case keyCount = "count.key"

    // What a command would have done, for a refusal ("nothing was scored").
    case outcomeScored = "outcome.scored"
    case outcomeBundled = "outcome.bundled"
    case outcomeCompared = "outcome.compared"
    case outcomeWritten = "outcome.written"

    // Inputs and outputs shared by the commands.
    case optionValue = "option.invalid"
    case noSuchInput = "input.not-found"
    case folderUnreadable = "input.folder-unreadable"
    case notAnAssessment = "input.not-an-assessment"
    case noSuchAssessment = "input.no-such-assessment"
    case readUnsigned = "input.read-unsigned"
    case invalidAssessment = "input.invalid"
    case assessmentUnreadable = "input.unreadable"
    case builtinFrameworkBroken = "input.builtin-framework"
    case failure = "output.failed"
    case refusedTarget = "output.refused"
    case failureWithCode = "output.failed-with-code"

    // aggregate
    case aggregateNoInputs = "aggregate.no-inputs"
    case aggregateYear = "aggregate.year"
    case aggregateSince = "aggregate.since"
    case aggregateSinceAfterYear = "aggregate.since-after-year"
    case aggregateJobs = "aggregate.jobs"
    case aggregateInvalidPolicy = "aggregate.invalid-policy"
    case aggregateProgress = "aggregate.progress"

    // bundle
    case bundleNotAFolder = "bundle.not-a-folder"
    case bundleWrote = "bundle.wrote"
    case bundleSignedWith = "bundle.signed-with"
    case bundleSignatory = "bundle.signatory"
    case bundleAfterPrior = "bundle.after-prior"
    case bundleOverall = "bundle.overall"
    case bundleNoOverall = "bundle.no-overall"
    case bundleNoRating = "bundle.no-rating"
    case bundleNoCriticalFailures = "bundle.no-critical-failures"
    case bundleSourceDateEpoch = "bundle.source-date-epoch"

    // diff
    case diffRegression = "diff.regression"

    // explain
    case explainListLine = "explain.list-line"
    case explainUnknown = "explain.unknown"
    case explainEntry = "explain.entry"

    // init
    case initSignatory = "init.signatory"
    case initYear = "init.year"
    case initCategory = "init.category"
    case initCreated = "init.created"
    case initFiles = "init.files"
    case initCarried = "init.carried"
    case initNext = "init.next"

    // key export, keygen
    case keyID = "key.id"
    case keyExportWrote = "key-export.wrote"
    case keyExportPEM = "key-export.pem"
    case keyExportMinisign = "key-export.minisign"
    case keygenName = "keygen.name"
    case keygenNotAFolder = "keygen.not-a-folder"
    case keygenNoFolder = "keygen.no-folder"
    case keygenCreated = "keygen.created"

    // keyring
    case keyringSignatory = "keyring.signatory"
    case keyringUntilBeforeFrom = "keyring.until-before-from"
    case keyringValidFrom = "keyring.valid-from"
    case keyringValidFromUntil = "keyring.valid-from-until"
    case keyringCreatedWithKey = "keyring.created-with-key"
    case keyringAddedKey = "keyring.added-key"
    case keyringConfirm = "keyring.confirm"
    case keyringKeyID = "keyring.key-id"
    case keyringRevoked = "keyring.revoked"
    case keyringSigned = "keyring.signed"
    case keyringVerified = "keyring.verified"
    case keyringInvalid = "keyring.invalid"
    case keyringUncheckedSignature = "keyring.unchecked-signature"
    case keyringSignatureRemoved = "keyring.signature-removed"
    case keyringSignatureNotRemoved = "keyring.signature-not-removed"
    case keyringSignAgain = "keyring.sign-again"
    case keyringSign = "keyring.sign"
    case keyringRewritten = "keyring.rewritten"

    // receipt, registry intake
    case receiptTooLarge = "receipt.too-large"
    case intakeNoBundles = "intake.no-bundles"

    // report, schema, templates, verify
    case reportWriteFailed = "report.write-failed"
    case schemaWrote = "schema.wrote"
    case templatesWrote = "templates.wrote"
    case verifyNoBundles = "verify.no-bundles"

    // options
    case trustedKeyOneOf = "trusted-key.one-of"
    case trustedKeySocietyKey = "trusted-key.society-key"

    var english: String {
        switch self {
        case .errorLabel: "error:"
        case .warningLabel: "warning:"
        case .noteLabel: "note:"

        case .errorCountOne: "{count} error"
        case .errorCount: "{count} errors"
        case .indicatorCountOne: "{count} indicator"
        case .indicatorCount: "{count} indicators"
        case .articleCountOne: "{count} article"
        case .articleCount: "{count} articles"
        case .signatoryCountOne: "{count} signatory"
        case .signatoryCount: "{count} signatories"
        case .keyCountOne: "{count} key"
        case .keyCount: "{count} keys"

        case .outcomeScored: "scored"
        case .outcomeBundled: "bundled"
        case .outcomeCompared: "compared"
        case .outcomeWritten: "written"

        case .optionValue: "{option}: {reason}"
        case .noSuchInput: "{path}: no such file or folder"
        case .folderUnreadable: "{path}: the folder cannot be read: {reason}"
        case .notAnAssessment: "{path}: not an assessment folder or bundle"
        case .noSuchAssessment: "{path}: no such assessment folder or bundle"
        case .readUnsigned:
            "{path}: read without checking its signature; `selfassess verify` checks who signed it"
        case .invalidAssessment: "{path} is not a valid assessment; nothing was {outcome}"
        case .assessmentUnreadable: "{path}: the assessment could not be read"
        case .builtinFrameworkBroken: "internal error: the built-in framework does not load"
        case .failure: "{file}: {reason}"
        case .refusedTarget: "{file} {reason}; nothing was written"
        case .failureWithCode: "{reason} [{code}]"

        case .aggregateNoInputs: "Name at least one bundle or folder of bundles."
        case .aggregateYear: "--year {year}: give a four-digit reporting year from 2014."
        case .aggregateSince: "--since {since}: give a four-digit year from 2014."
        case .aggregateSinceAfterYear: "--since {since} is after --year {year}."
        case .aggregateJobs: "--jobs {jobs}: give at least 1."
        case .aggregateInvalidPolicy: "{file} is not a valid policy ({errors}); no bundle was read"
        case .aggregateProgress: "aggregate: {progress}"

        case .bundleNotAFolder: "{path}: not an assessment folder"
        case .bundleWrote: "Wrote {file} ({entries} entries, {size})"
        case .bundleSignedWith: "Signed with key {key}"
        case .bundleSignatory: "Signatory {id} ({name}), year {year}, sequence {sequence}"
        case .bundleAfterPrior: ", after {prior} (manifest sha256 {sha})"
        case .bundleOverall: "Overall {overall} ({rating}); critical failures: {failures}"
        case .bundleNoOverall: "n/a"
        case .bundleNoRating: "no rating"
        case .bundleNoCriticalFailures: "none"
        case .bundleSourceDateEpoch:
            "SOURCE_DATE_EPOCH={value} is not a number of seconds since 1970 (from 1980 to 9999)"

        case .diffRegression: "regression: {indicators} and {articles} scored lower than in {old}"

        case .explainListLine: "{code}  {severity}  {title}"
        case .explainUnknown:
            "unknown diagnostic code '{code}'; run `selfassess explain` for the list"
        case .explainEntry: "{code} ({severity}): {title}\n\n{explanation}"

        case .initSignatory:
            "'{signatory}' is not a valid signatory id: use 2–63 characters of a-z, 0-9 and -, "
                + "starting with a letter or digit."
        case .initYear: "'{year}' is not a plausible reporting year ({first} to {last})."
        case .initCategory: "unknown category '{category}'; choose one of: {categories}."
        case .initCreated:
            "Created {folder}/ for {signatory}, reporting year {year} (framework {framework})."
        case .initFiles:
            "  assessment.yaml, article-1.yaml … article-{articles}.yaml, schema/, evidence/"
        case .initCarried:
            "  Carried forward {answers} answers and {evidence} evidence files from {year}; each "
                + "is marked for review."
        case .initNext: "Next: fill in the files, then run `selfassess validate {folder}`."

        case .keyID: "Key id: {key}"
        case .keyExportWrote: "Wrote {file} ({kind})."
        case .keyExportPEM: "SubjectPublicKeyInfo PEM"
        case .keyExportMinisign: "minisign public key"
        case .keygenName:
            "'{name}' is not a usable key name: use 1–64 letters, digits, '.', '_' and '-', "
                + "starting with a letter or digit."
        case .keygenNotAFolder: "{folder}: not a folder"
        case .keygenNoFolder: "{folder}: no such folder"
        case .keygenCreated:
            "Created {private} (private key, mode 0600) and {public} (public key).\n"
                + "Key id: {key}\n"
                + "Keep {private} secret. Register {public} with the society and confirm the key "
                + "id with them."

        case .keyringSignatory:
            "--signatory: '{signatory}' is not a signatory id (2–63 lower-case letters, digits "
                + "and hyphens)."
        case .keyringUntilBeforeFrom: "--valid-until {until} is before the first valid day {from}."
        case .keyringValidFrom: "valid from {from}"
        case .keyringValidFromUntil: "valid from {from} until {until}"
        case .keyringCreatedWithKey:
            "Created {keyring}: added key {key}\nfor {signatory} ({name}), {validity}."
        case .keyringAddedKey:
            "Updated {keyring}: added key {key}\nfor {signatory} ({name}), {validity}."
        case .keyringConfirm:
            "Confirm this key id with the signatory by another channel before you sign the keyring."
        case .keyringKeyID:
            "--key-id: '{id}' is not a key id; write sha256: and 64 lower-case hex digits."
        case .keyringRevoked:
            "Updated {keyring}: revoked key {key}\n"
                + "of {signatory} ({name}) from {date}: {reason}\n"
                + "Bundles it signed that were created on or after {date} are now refused."
        case .keyringSigned:
            "Signed {keyring} ({signatories}, {keys}) with the society key {key}.\n"
                + "Wrote {signature}; trusted comment: {comment}"
        case .keyringVerified:
            "OK: {keyring} is signed by the society key {key}\n({signatories}, {keys}; {comment})."
        case .keyringInvalid: "{file} is not a valid keyring ({errors}); nothing was done"
        case .keyringUncheckedSignature:
            "{keyring}: the keyring's signature was not checked; give --society-key to refuse a "
                + "keyring the society did not sign"
        case .keyringSignatureRemoved:
            "The keyring changed, so its signature {signature} no longer applied and was removed."
        case .keyringSignatureNotRemoved:
            "The keyring changed, so {signature} no longer applies, but it could not be removed "
                + "({reason}); it will fail verification until you sign again."
        case .keyringSignAgain: "Sign it again: selfassess keyring sign {keyring} --key SOCIETY.key"
        case .keyringSign: "Sign it: selfassess keyring sign {keyring} --key SOCIETY.key"
        case .keyringRewritten:
            "{keyring} could not be changed in place, so it was written again from its content: "
                + "its comments and layout were not kept (see docs/keyring.md)"

        case .receiptTooLarge: "{size} bytes, more than the {limit} a receipt may hold"
        case .intakeNoBundles: "Name at least one bundle to take in."

        case .reportWriteFailed: "{file}: cannot write the report: {reason}"
        case .schemaWrote: "wrote {file}"
        case .templatesWrote:
            "wrote assessment.yaml and article-1.yaml … article-{articles}.yaml to {folder}/"
        case .verifyNoBundles: "Name at least one bundle to verify."

        case .trustedKeyOneOf:
            "Give exactly one of --key FILE and --keyring FILE: the keys to trust."
        case .trustedKeySocietyKey:
            "--society-key checks the keyring's signature; it goes with --keyring FILE."
        }
    }
}

extension CLIMessages {
    /// The wording with its arguments, to render later or to give to another wording.
    func message(_ arguments: [String: Diagnostic.Message.Argument] = [:]) -> Diagnostic.Message {
        Diagnostic.Message(self, arguments)
    }

    /// The text in the tool's language (``CLILanguage/current``).
    func text(_ arguments: [String: Diagnostic.Message.Argument] = [:]) -> String {
        message(arguments).text(in: CLILanguage.current)
    }

    /// The text with every argument a plain text, in the tool's language.
    func text(_ arguments: KeyValuePairs<String, String>) -> String {
        text(Dictionary(uniqueKeysWithValues: arguments.map { ($0.key, .text($0.value)) }))
    }

    /// A counted noun ("1 error", "3 errors") as an argument of another wording.
    static func count(
        _ count: Int, one: CLIMessages, many: CLIMessages
    )
        -> Diagnostic.Message.Argument
    {
        .wording((count == 1 ? one : many).message(["count": .integer(count)]))
    }
}
