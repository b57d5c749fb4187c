import SelfAssessKit

/// The help texts of the commands: abstracts, discussions and option help, as
/// argument-parser shows them.
///
/// Each case is a key (`validate.abstract`, `validate.option.format`). The commands read
/// ``text`` when their `configuration` and options are built, so the texts are chosen in
/// ``CLILanguage/current`` at start-up; help texts have no placeholders.
enum CLIHelp: String, MessageCatalog {
    case aggregateAbstract = "help.aggregate.abstract"
    case aggregateDiscussion = "help.aggregate.discussion"
    case aggregateInputsHelp = "help.aggregate.option.inputs"
    case aggregatePolicyHelp = "help.aggregate.option.policy"
    case aggregateYearHelp = "help.aggregate.option.year"
    case aggregateSinceHelp = "help.aggregate.option.since"
    case aggregateOutHelp = "help.aggregate.option.out"
    case aggregateForceHelp = "help.aggregate.option.force"
    case aggregateFailOnRejectedHelp = "help.aggregate.option.fail-on-rejected"
    case aggregateJobsHelp = "help.aggregate.option.jobs"
    case aggregateFormatHelp = "help.aggregate.option.format"
    case bundleAbstract = "help.bundle.abstract"
    case bundleDiscussion = "help.bundle.discussion"
    case bundlePathHelp = "help.bundle.option.path"
    case bundleKeyHelp = "help.bundle.option.key"
    case bundlePriorHelp = "help.bundle.option.prior"
    case bundleOutHelp = "help.bundle.option.out"
    case bundleForceHelp = "help.bundle.option.force"
    case diffAbstract = "help.diff.abstract"
    case diffDiscussion = "help.diff.discussion"
    case diffOldHelp = "help.diff.option.old"
    case diffNewHelp = "help.diff.option.new"
    case diffFormatHelp = "help.diff.option.format"
    case diffFailOnRegressionHelp = "help.diff.option.fail-on-regression"
    case diffOldFrameworkHelp = "help.diff.option.old-framework"
    case explainAbstract = "help.explain.abstract"
    case explainDiscussion = "help.explain.discussion"
    case explainCodeHelp = "help.explain.option.code"
    case explainMarkdownHelp = "help.explain.option.markdown"
    case initAbstract = "help.init.abstract"
    case initDiscussion = "help.init.discussion"
    case initDirectoryHelp = "help.init.option.directory"
    case initSignatoryHelp = "help.init.option.signatory"
    case initYearHelp = "help.init.option.year"
    case initNameHelp = "help.init.option.name"
    case initCategoryHelp = "help.init.option.category"
    case initFromHelp = "help.init.option.from"
    case initForceHelp = "help.init.option.force"
    case inspectAbstract = "help.inspect.abstract"
    case inspectDiscussion = "help.inspect.discussion"
    case inspectBundleHelp = "help.inspect.option.bundle"
    case keyAbstract = "help.key.abstract"
    case keyDiscussion = "help.key.discussion"
    case keyExportAbstract = "help.key-export.abstract"
    case keyExportDiscussion = "help.key-export.discussion"
    case keyExportKeyFileHelp = "help.key-export.option.key-file"
    case keyExportFormatHelp = "help.key-export.option.format"
    case keyExportOutHelp = "help.key-export.option.out"
    case keygenAbstract = "help.keygen.abstract"
    case keygenDiscussion = "help.keygen.discussion"
    case keygenNameHelp = "help.keygen.option.name"
    case keygenOutHelp = "help.keygen.option.out"
    case keyringAddAbstract = "help.keyring-add.abstract"
    case keyringAddDiscussion = "help.keyring-add.discussion"
    case keyringAddKeyringHelp = "help.keyring-add.option.keyring"
    case keyringAddSignatoryHelp = "help.keyring-add.option.signatory"
    case keyringAddNameHelp = "help.keyring-add.option.name"
    case keyringAddCategoryHelp = "help.keyring-add.option.category"
    case keyringAddKeyHelp = "help.keyring-add.option.key"
    case keyringAddValidFromHelp = "help.keyring-add.option.valid-from"
    case keyringAddValidUntilHelp = "help.keyring-add.option.valid-until"
    case keyringCommandAbstract = "help.keyring-command.abstract"
    case keyringCommandDiscussion = "help.keyring-command.discussion"
    case keyringListAbstract = "help.keyring-list.abstract"
    case keyringListDiscussion = "help.keyring-list.discussion"
    case keyringListKeyringHelp = "help.keyring-list.option.keyring"
    case keyringListFormatHelp = "help.keyring-list.option.format"
    case keyringListOnHelp = "help.keyring-list.option.on"
    case keyringRevokeAbstract = "help.keyring-revoke.abstract"
    case keyringRevokeDiscussion = "help.keyring-revoke.discussion"
    case keyringRevokeKeyringHelp = "help.keyring-revoke.option.keyring"
    case keyringRevokeKeyIDHelp = "help.keyring-revoke.option.key-i-d"
    case keyringRevokeDateHelp = "help.keyring-revoke.option.date"
    case keyringRevokeReasonHelp = "help.keyring-revoke.option.reason"
    case keyringSignAbstract = "help.keyring-sign.abstract"
    case keyringSignDiscussion = "help.keyring-sign.discussion"
    case keyringSignKeyringHelp = "help.keyring-sign.option.keyring"
    case keyringSignKeyHelp = "help.keyring-sign.option.key"
    case keyringVerifyAbstract = "help.keyring-verify.abstract"
    case keyringVerifyDiscussion = "help.keyring-verify.discussion"
    case keyringVerifyKeyringHelp = "help.keyring-verify.option.keyring"
    case keyringVerifySocietyKeyHelp = "help.keyring-verify.option.society-key"
    case receiptCommandAbstract = "help.receipt-command.abstract"
    case receiptCommandAbstract2 = "help.receipt-command.abstract-2"
    case receiptCommandDiscussion = "help.receipt-command.discussion"
    case receiptCommandReceiptHelp = "help.receipt-command.option.receipt"
    case receiptCommandSocietyKeyHelp = "help.receipt-command.option.society-key"
    case receiptCommandBundleHelp = "help.receipt-command.option.bundle"
    case registryCommandAbstract = "help.registry-command.abstract"
    case registryCommandDiscussion = "help.registry-command.discussion"
    case registryInitAbstract = "help.registry-init.abstract"
    case registryInitDiscussion = "help.registry-init.discussion"
    case registryDataHelp = "help.registry.option.data"
    case registryDatabaseHelp = "help.registry.option.database"
    case registryIntakeAbstract = "help.registry-intake.abstract"
    case registryIntakeDiscussion = "help.registry-intake.discussion"
    case registryIntakeBundlesHelp = "help.registry-intake.option.bundles"
    case registryIntakeReceiptKeyHelp = "help.registry-intake.option.receipt-key"
    case registryIntakeReceiptsHelp = "help.registry-intake.option.receipts"
    case registryTokenAbstract = "help.registry-token.abstract"
    case registryTokenDiscussion = "help.registry-token.discussion"
    case registryTokenAddAbstract = "help.registry-token-add.abstract"
    case registryTokenAddDiscussion = "help.registry-token-add.discussion"
    case registryTokenNameHelp = "help.registry-token.argument.name"
    case registryTokenListAbstract = "help.registry-token-list.abstract"
    case registryTokenRevokeAbstract = "help.registry-token-revoke.abstract"
    case serveAbstract = "help.serve.abstract"
    case serveDiscussion = "help.serve.discussion"
    case serveListenHelp = "help.serve.option.listen"
    case serveMaxBodyHelp = "help.serve.option.max-body"
    case serveMaxVerificationsHelp = "help.serve.option.max-verifications"
    case serveMaxQueuedHelp = "help.serve.option.max-queued"
    case serveRateHelp = "help.serve.option.rate"
    case servePortFileHelp = "help.serve.option.port-file"
    case serveLogLevelHelp = "help.serve.option.log-level"
    case submitAbstract = "help.submit.abstract"
    case submitDiscussion = "help.submit.discussion"
    case submitBundlesHelp = "help.submit.option.bundles"
    case submitToHelp = "help.submit.option.to"
    case submitSocietyKeyHelp = "help.submit.option.society-key"
    case submitAttemptsHelp = "help.submit.option.attempts"
    case reportAbstract = "help.report.abstract"
    case reportDiscussion = "help.report.discussion"
    case reportPathHelp = "help.report.option.path"
    case reportFormatHelp = "help.report.option.format"
    case reportOutHelp = "help.report.option.out"
    case reportPriorHelp = "help.report.option.prior"
    case reportPriorFrameworkHelp = "help.report.option.prior-framework"
    case schemaAbstract = "help.schema.abstract"
    case schemaDiscussion = "help.schema.discussion"
    case schemaOutHelp = "help.schema.option.out"
    case scoreAbstract = "help.score.abstract"
    case scoreDiscussion = "help.score.discussion"
    case scorePathHelp = "help.score.option.path"
    case scoreFormatHelp = "help.score.option.format"
    case scoreExplainHelp = "help.score.option.explain"
    case templatesAbstract = "help.templates.abstract"
    case templatesDiscussion = "help.templates.discussion"
    case templatesOutHelp = "help.templates.option.out"
    case validateAbstract = "help.validate.abstract"
    case validateDiscussion = "help.validate.discussion"
    case validatePathsHelp = "help.validate.option.paths"
    case validateFormatHelp = "help.validate.option.format"
    case validateStrictHelp = "help.validate.option.strict"
    case verifyAbstract = "help.verify.abstract"
    case verifyDiscussion = "help.verify.discussion"
    case verifyBundlesHelp = "help.verify.option.bundles"
    case verifyPriorHelp = "help.verify.option.prior"
    case verifyFormatHelp = "help.verify.option.format"
    case colorOptionsColorHelp = "help.color-options.option.color"
    case frameworkOptionsFrameworkHelp = "help.framework-options.option.framework"
    case societyKeyringOptionsKeyringHelp = "help.society-keyring-options.option.keyring"
    case societyKeyringOptionsSocietyKeyHelp = "help.society-keyring-options.option.society-key"
    case trustedKeyOptionsKeyHelp = "help.trusted-key-options.option.key"
    case trustedKeyOptionsKeyringHelp = "help.trusted-key-options.option.keyring"
    case trustedKeyOptionsSocietyKeyHelp = "help.trusted-key-options.option.society-key"
    case toolAbstract = "help.tool.abstract"
    case toolDiscussion = "help.tool.discussion"

    var english: String {
        switch self {
        case .aggregateAbstract:
            "Verify a sector's bundles and turn them into statistics, recommended actions and a report."
        case .aggregateDiscussion:
            """
            Each INPUT is a bundle file or a folder searched recursively (hidden folders and \
            linked folders too) for bundles: files named *.sabundle, and ZIP archives holding a \
            manifest.json whatever their name. Every other file walked past is listed in \
            skipped.csv with its reason. The years covered are the reporting year (--year, by \
            default the latest year with an accepted bundle) and, with --since, the years from \
            --since on, which gives the history; a valid bundle of another year is listed as \
            out of range and not used, and a covered year is held only when bundles of it were \
            given. A file with exactly the bytes of another is a duplicate, counted once. The keyring \
            (and its signature, with --society-key) and the policy are checked first: any error \
            stops the run before a bundle is read. Bundles are then verified one at a time, in \
            parallel, each reduced to a summary row: memory does not grow with their size.

            Every bundle is either used or listed in rejected.csv with its reason: bad \
            signature, untrusted (unknown, expired, revoked) key, tampered, invalid assessment, \
            unknown framework, broken chain (a fork, or a replayed bundle), unreadable, or \
            superseded by a later bundle for the same signatory and year. Registered signatories \
            with no accepted bundle for a year held are rejected or missing; the keyring's \
            category is used, and an assessment that declares another is listed. A --year that \
            no bundle is for stops the run.

            Writes into --out, atomically (into a folder that is not empty only with --force, \
            which replaces these files and keeps the others): sector.json, signatories.csv, \
            indicators.csv, rejected.csv, skipped.csv and report.html. \
            The same inputs give the same bytes. docs/aggregate.md describes every field.

            Examples:
              selfassess aggregate submissions/ --keyring keyring.yaml --society-key society.pub --out sector-2025
              selfassess aggregate 2024/ 2025/ --keyring keyring.yaml --policy policy.yaml --year 2025 --since 2024 --out out --force

            Exit codes: 0 the run completed (rejected bundles are findings in the outputs, not \
            failures), 1 the keyring, policy or framework is invalid, the output folder exists \
            and is not empty, no year can be reported on (or --since is after it), or \
            --fail-on-rejected and a bundle was \
            refused; 2 an input does not exist, or a file could not be read or written; 64 usage.
            """
        case .aggregateInputsHelp:
            "Bundle files, or folders searched recursively for bundles."
        case .aggregatePolicyHelp:
            "The enforcement policy (default: the built-in Templates/policy.yaml)."
        case .aggregateYearHelp:
            "The reporting year (default: the latest year with an accepted bundle)."
        case .aggregateSinceHelp:
            "The first year covered, for the history (default: the reporting year only)."
        case .aggregateOutHelp:
            "The folder to write the outputs into."
        case .aggregateForceHelp:
            "Write into an output folder that is not empty (its other files are kept)."
        case .aggregateFailOnRejectedHelp:
            "Exit with 1 when a bundle was refused (the outputs are written all the same)."
        case .aggregateJobsHelp:
            "Bundles verified at the same time (default: the number of processors)."
        case .aggregateFormatHelp:
            "Summary format on standard output: text or json."
        case .bundleAbstract:
            "Pack, score and sign an assessment into one bundle file for the society."
        case .bundleDiscussion:
            """
            The assessment is validated first; an invalid one gets its diagnostics and no bundle. \
            The bundle, SIGNATORY-YEAR.sabundle by default, is a ZIP file holding the YAML files \
            verbatim, every cited evidence file, results/scores.json, the report for people \
            (report/report.html and report/report.md), and manifest.json with its signature \
            manifest.json.minisig. With --prior, last year's bundle, the new bundle continues the \
            chain (sequence + 1, the prior manifest's SHA-256) and adds results/diff.json.

            The bundle is verified with the key's public half before it gets its name, and an \
            existing file is not replaced without --force. The creation time is \
            SOURCE_DATE_EPOCH when it is set, so the same inputs give the same bytes. The format \
            is described in docs/bundle.md.

            Examples:
              selfassess bundle acme-2025 --key acme.key
              selfassess bundle acme-2025 --key acme.key --prior acme-2024.sabundle
              SOURCE_DATE_EPOCH=1769904000 selfassess bundle acme-2025 --key acme.key --out out/acme.sabundle

            Exit codes: 0 written, 1 refused (invalid assessment, key or prior, existing file), \
            2 I/O failure, 64 usage.
            """
        case .bundlePathHelp:
            "The assessment folder."
        case .bundleKeyHelp:
            "The signatory's private key (PKCS#8 PEM, mode 0600)."
        case .bundlePriorHelp:
            "Last year's bundle, to continue the chain and compare."
        case .bundleOutHelp:
            "The bundle file to write (default: SIGNATORY-YEAR.sabundle)."
        case .bundleForceHelp:
            "Replace an existing bundle file."
        case .diffAbstract:
            "Compare two assessments: what improved, what regressed, what the framework changed."
        case .diffDiscussion:
            """
            OLD and NEW are assessment folders, usually the same signatory's last year and this \
            year. Both are validated first. Indicators are matched by id, so an indicator that \
            only one framework version has is reported as added or removed, not as a regression; \
            use --old-framework when OLD answers another framework version. Evidence is compared \
            by the SHA-256 of its content.

            Examples:
              selfassess diff acme-2024 acme-2025
              selfassess diff acme-2024 acme-2025 --format markdown > changes.md
              selfassess diff acme-2024 acme-2025 --fail-on-regression

            Exit codes: 0 compared, 1 an assessment is invalid, or (with --fail-on-regression) an \
            indicator or article scored lower, 2 an input could not be read, 64 usage.
            """
        case .diffOldHelp:
            "The older assessment folder."
        case .diffNewHelp:
            "The newer assessment folder."
        case .diffFormatHelp:
            "Output format: text, json or markdown."
        case .diffFailOnRegressionHelp:
            "Exit 1 when any indicator or article scored lower than in OLD."
        case .diffOldFrameworkHelp:
            "The framework file OLD answers, when not the same as NEW's."
        case .explainAbstract:
            "Explain a diagnostic code, or list them all."
        case .explainDiscussion:
            """
            Examples:
              selfassess explain SA202
              selfassess explain

            Exit codes: 0 ok, 1 unknown code, 64 usage.
            """
        case .explainCodeHelp:
            "A diagnostic code such as SA202."
        case .explainMarkdownHelp:
            "Print the whole catalogue as Markdown (the source of docs/diagnostics.md)."
        case .initAbstract:
            "Create this year's assessment folder from the framework's templates."
        case .initDiscussion:
            """
            Writes assessment.yaml and article-1.yaml … article-7.yaml (every indicator present and \
            unanswered, with the bilingual question and guidance as comments), the JSON Schemas for \
            editor completion under schema/, and an empty evidence/ folder.

            With --from, last year's answers, notes and cited evidence are carried forward; each \
            carried answer is marked `carried-forward` and `validate` warns until it is reviewed.

            Examples:
              selfassess init acme-2025 --signatory acme --year 2025 --name "北京艾克米科技有限公司"
              selfassess init acme-2026 --signatory acme --year 2026 --from acme-2025

            Exit codes: 0 created, 1 refused (folder not empty, invalid prior assessment), \
            2 I/O failure, 64 usage.
            """
        case .initDirectoryHelp:
            "The folder to create."
        case .initSignatoryHelp:
            "The signatory id registered with the society (a-z, 0-9 and -)."
        case .initYearHelp:
            "The reporting year."
        case .initNameHelp:
            "The signatory's registered name."
        case .initCategoryHelp:
            "The signatory's category (see the framework's list)."
        case .initFromHelp:
            "Last year's assessment folder, to carry answers forward."
        case .initForceHelp:
            "Write into a folder that is not empty: the assessment's files replace their namesakes, the rest is kept."
        case .inspectAbstract:
            "Show what a bundle holds and claims, without verifying it."
        case .inspectDiscussion:
            """
            Lists the entries and what the manifest claims: signatory, year, sequence, creation \
            time, signer key id, framework and summary scores. None of it is verified: the \
            container is read with the same hardened reader as verify, but no signature is \
            checked, so anyone could have written these claims. Use `selfassess verify` with the \
            signatory's registered key before relying on them.

            Examples:
              selfassess inspect acme-2025.sabundle
              unzip -p acme-2025.sabundle report/report.html > report.html

            Exit codes: 0 shown, 1 the container or the manifest cannot be read (what can be \
            read is still shown), 2 I/O failure, 64 usage.
            """
        case .inspectBundleHelp:
            "The bundle."
        case .keyAbstract:
            "Work with signing keys."
        case .keyDiscussion:
            """
            Examples:
              selfassess key export acme.pub --format minisign --out acme.minisign.pub
              selfassess key export acme.key --format pem
            """
        case .keyExportAbstract:
            "Write a public key for OpenSSL (PEM) or for minisign and signify."
        case .keyExportDiscussion:
            """
            Reads a public key (PEM or minisign) or a private key (PKCS#8 PEM, which must not \
            be readable by group or others) and writes its public key:

              pem       SubjectPublicKeyInfo PEM, for OpenSSL
                        (openssl pkeyutl -verify -pubin -inkey FILE …)
              minisign  the two-line minisign public key, for minisign -V -p FILE
                        and signify -V -p FILE; its key number is the first
                        8 bytes of the key id

            The key id is printed (to standard error when the key goes to standard output).
            An existing --out file is never overwritten.

            Examples:
              selfassess key export acme.pub --format minisign --out acme.minisign.pub
              selfassess key export acme.key --format pem > acme.pub

            Exit codes: 0 written, 1 refused (wrong key type or format, insecure permissions, the \
            output exists), 2 I/O failure, 64 usage.
            """
        case .keyExportKeyFileHelp:
            "A public or private key file."
        case .keyExportFormatHelp:
            "The output format."
        case .keyExportOutHelp:
            "The file to write (default: standard output)."
        case .keygenAbstract:
            "Create an Ed25519 key pair for signing bundles."
        case .keygenDiscussion:
            """
            Writes NAME.key, the private key (PKCS#8 PEM, created with mode 0600), and NAME.pub, \
            the public key (SubjectPublicKeyInfo PEM), and prints the key id: sha256: and the \
            SHA-256 of the public key. Register NAME.pub with the society and confirm the key id \
            with them by another channel. OpenSSL reads both files; `selfassess key export \
            --format minisign` writes the public key for minisign and signify.

            Existing files are never overwritten.

            Examples:
              selfassess keygen acme
              selfassess keygen acme-2026 --out ~/.selfassess

            Exit codes: 0 created, 1 refused (a key file exists), 2 I/O failure, 64 usage.
            """
        case .keygenNameHelp:
            "The key name: letters, digits, '.', '_' and '-'."
        case .keygenOutHelp:
            "The folder to write the key files into (default: the current folder)."
        case .keyringAddAbstract:
            "Register a signatory's public key, and the signatory when it is new."
        case .keyringAddDiscussion:
            """
            Reads the public key (SubjectPublicKeyInfo PEM, as `selfassess keygen` writes it, or a \
            minisign public key) and adds it under the signatory, with the days it may sign on. \
            The keyring is created when it does not exist. A key that is already registered, for \
            this signatory or another, is refused; so is a private key, and a category that is not \
            one of the framework's (the built-in one, or --framework). The result is validated \
            against the framework before it is written, and written atomically; comments are kept where the file's \
            layout allows.

            Confirm the printed key id with the signatory by another channel (phone, letter) \
            before you sign the keyring.

            Examples:
              selfassess keyring add keyring.yaml --signatory acme --name 北京艾克米科技有限公司 --key acme.pub
              selfassess keyring add keyring.yaml --signatory acme --key acme-2027.pub --valid-from 2027-01-01

            Exit codes: 0 added, 1 refused (invalid keyring, key registered, wrong key), 2 I/O \
            failure, 64 usage.
            """
        case .keyringAddKeyringHelp:
            "The keyring file (created when missing)."
        case .keyringAddSignatoryHelp:
            "The signatory id, as in its assessment.yaml."
        case .keyringAddNameHelp:
            "The signatory's name (required for a new signatory)."
        case .keyringAddCategoryHelp:
            "The category of a new signatory (one of the framework's category ids)."
        case .keyringAddKeyHelp:
            "The signatory's public key file (PEM or minisign)."
        case .keyringAddValidFromHelp:
            "The first day the key may sign (default: today, UTC)."
        case .keyringAddValidUntilHelp:
            "The last day the key may sign (default: no limit)."
        case .keyringCommandAbstract:
            "Keep the society's keyring: the signatories' public keys, their validity and revocations."
        case .keyringCommandDiscussion:
            """
            The keyring (keyring.yaml, described in docs/keyring.md) says which Ed25519 public key \
            may sign bundles for which signatory, and when. Every change is validated, written \
            atomically, and voids the keyring's signature (KEYRING.minisig is removed): sign it \
            again with the society's key after editing.

            Examples:
              selfassess keyring add keyring.yaml --signatory acme --name 北京艾克米科技有限公司 --key acme.pub
              selfassess keyring list keyring.yaml
              selfassess keyring revoke keyring.yaml --key-id sha256:… --date 2026-03-01 --reason "key lost"
              selfassess keyring sign keyring.yaml --key society.key
              selfassess keyring verify keyring.yaml --society-key society.pub
            """
        case .keyringListAbstract:
            "List the signatories and their keys with each key's validity and status."
        case .keyringListDiscussion:
            """
            Status on the day given with --on (default today, UTC): active, not yet valid, \
            expired, or revoked with the date and reason. The keyring's signature is not checked \
            here; `selfassess keyring verify` does that.

            Examples:
              selfassess keyring list keyring.yaml
              selfassess keyring list keyring.yaml --on 2025-12-31 --format json

            Exit codes: 0 listed, 1 the keyring is invalid, 2 it cannot be read, 64 usage.
            """
        case .keyringListKeyringHelp:
            "The keyring file."
        case .keyringListFormatHelp:
            "Output format: text or json."
        case .keyringListOnHelp:
            "The day to judge each key's status on (default: today, UTC)."
        case .keyringRevokeAbstract:
            "Revoke a key from a day on, with the reason."
        case .keyringRevokeDiscussion:
            """
            A bundle signed with the key is refused when it was created on or after the \
            revocation date. The creation date is the signer's own claim, and whoever holds a \
            stolen key can backdate it: date a compromise from the first day the key may have been \
            exposed, not from the day it was found out. The key stays in the keyring, so the \
            bundles it signed before stay verifiable.

            Examples:
              selfassess keyring revoke keyring.yaml --key-id sha256:… --date 2026-03-01 --reason "laptop stolen"

            Exit codes: 0 revoked, 1 refused (unknown key, already revoked, invalid keyring), 2 I/O \
            failure, 64 usage.
            """
        case .keyringRevokeKeyringHelp:
            "The keyring file."
        case .keyringRevokeKeyIDHelp:
            "The key id, sha256: and 64 hex digits, as `keyring list` shows it."
        case .keyringRevokeDateHelp:
            "The first day the key may no longer sign."
        case .keyringRevokeReasonHelp:
            "Why the key is revoked (one line)."
        case .keyringSignAbstract:
            "Sign the keyring with the society's key, writing KEYRING.minisig."
        case .keyringSignDiscussion:
            """
            The signature is minisign's legacy Ed25519 format, the same as a bundle's, over the \
            exact bytes of the keyring file, with the trusted comment \
            `selfassess.keyring/v1 sha256=<SHA-256 of the file>`. An invalid keyring is not \
            signed. An existing signature is replaced. `aggregate --society-key` and \
            `keyring verify` refuse a keyring whose signature does not verify; minisign checks it \
            too: minisign -V -p society.minisign.pub -m keyring.yaml

            Examples:
              selfassess keygen society
              selfassess keyring sign keyring.yaml --key society.key

            Exit codes: 0 signed, 1 refused (invalid keyring, unusable key), 2 I/O failure, 64 usage.
            """
        case .keyringSignKeyringHelp:
            "The keyring file."
        case .keyringSignKeyHelp:
            "The society's private key (PKCS#8 PEM, mode 0600)."
        case .keyringVerifyAbstract:
            "Check that the keyring is the one the society signed."
        case .keyringVerifyDiscussion:
            """
            Reads the keyring once and checks KEYRING.minisig over those exact bytes with the \
            society's public key (given out of band, never taken from the keyring): the \
            signature file's shape, the key number, the signature, the trusted comment's \
            signature, and that the trusted comment names this file's SHA-256. Only then is the \
            keyring read and validated.

            Examples:
              selfassess keyring verify keyring.yaml --society-key society.pub

            Exit codes: 0 verified, 1 not signed, signature invalid or keyring invalid, 2 I/O \
            failure (the keyring or the key cannot be read), 64 usage.
            """
        case .keyringVerifyKeyringHelp:
            "The keyring file."
        case .keyringVerifySocietyKeyHelp:
            "The society's public key (PEM or minisign)."
        case .receiptCommandAbstract:
            "Check the registry's signed receipts."
        case .receiptCommandAbstract2:
            "Verify a receipt's signature with the society's key, and the bundle it is for."
        case .receiptCommandDiscussion:
            """
            Reads RECEIPT (NAME.receipt.json) and RECEIPT.minisig, checks the signature with \
            the society's public key as minisign does, then the receipt itself (canonical JSON \
            of the format in docs/registry.md) and the trusted comment derived from it. With \
            --bundle, the bundle's SHA-256 must be the one the receipt names. A receipt that \
            says the bundle was refused verifies too: it is proof of the attempt and its reason.

            Examples:
              selfassess receipt verify acme-2025.receipt.json --society-key society.pub
              selfassess receipt verify acme-2025.receipt.json --society-key society.pub \\
                  --bundle acme-2025.sabundle

            Exit codes: 0 the receipt verifies (and is for the bundle), 1 it does not, 2 a \
            file could not be read, 64 usage.
            """
        case .receiptCommandReceiptHelp:
            "The receipt file."
        case .receiptCommandSocietyKeyHelp:
            "The society's public key: SubjectPublicKeyInfo PEM or a minisign public key."
        case .receiptCommandBundleHelp:
            "The bundle the receipt must be for."
        case .registryCommandAbstract:
            "Keep the society's registry: submissions, their signed receipts, the bundles."
        case .registryCommandDiscussion:
            """
            The registry (docs/registry.md) records every bundle submitted to the society: \
            verified on arrival against the society's keyring, stored by its SHA-256, and \
            answered with a receipt the society signs. A data folder holds registry.sqlite \
            and bundles/.

            Examples:
              selfassess registry init --data registry
              selfassess registry intake submissions/*.sabundle --data registry \\
                  --receipt-key society.key --keyring keyring.yaml --society-key society.pub
            """
        case .registryInitAbstract:
            "Create an empty registry in a data folder."
        case .registryInitDiscussion:
            """
            Creates the folder if needed, registry.sqlite (SQLite in WAL mode, the schema at its \
            latest migration) and bundles/. A folder that already holds a registry is left \
            as it is. With --database, the schema is created in that PostgreSQL database \
            instead of registry.sqlite, and the data folder (shared by every instance) holds \
            bundles/ only; a database that already holds a registry is left as it is.

            Examples:
              selfassess registry init --data /var/lib/selfassess
              selfassess registry init --data /srv/selfassess \\
                  --database postgres://selfassess@db.internal:5432/registry

            Exit codes: 0 created, 1 a registry already exists there, 2 I/O failure, 64 usage.
            """
        case .registryDataHelp:
            "The registry's data folder: registry.sqlite and bundles/ (with --database, bundles/ only)."
        case .registryDatabaseHelp:
            "Keep the submissions and receipts in PostgreSQL instead of DATA/registry.sqlite (postgres://USER@HOST:PORT/DATABASE; the password from PGPASSWORD)."
        case .registryIntakeAbstract:
            "Take bundles into the registry and write their signed receipts."
        case .registryIntakeDiscussion:
            """
            The offline intake a society runs today. Each bundle is verified as \
            `selfassess verify --keyring` does, on the registry's day; its row and (unless \
            the keyring does not know its signer) its bytes are stored durably, and only then \
            is the receipt written: NAME.receipt.json (canonical JSON) and \
            NAME.receipt.json.minisig, signed with --receipt-key, for a bundle NAME.sabundle. \
            A refused bundle gets a receipt too, with the code of the check it failed. A bundle \
            taken before gets the same receipt again, and no second row. Input that is not a \
            bundle at all gets no receipt and nothing is stored.

            Receipts are written next to each bundle unless --receipts names a folder. \
            `selfassess receipt verify` and `minisign -Vm` check them.

            Examples:
              selfassess registry intake acme-2025.sabundle --data registry \\
                  --receipt-key society.key --keyring keyring.yaml --society-key society.pub
              selfassess registry intake submissions/2025/*.sabundle --data registry \\
                  --receipt-key society.key --keyring keyring.yaml --receipts receipts
              selfassess registry intake inbox/*.sabundle --data /srv/selfassess \\
                  --database postgres://selfassess@db.internal:5432/registry \\
                  --receipt-key society.key --keyring keyring.yaml --society-key society.pub

            Exit codes: 0 every bundle accepted, 1 a bundle refused or not a bundle, 2 I/O \
            failure (the registry, a key, a receipt could not be written), 64 usage.
            """
        case .registryIntakeBundlesHelp:
            "The bundles to take in."
        case .registryIntakeReceiptKeyHelp:
            "The society's private key that signs the receipts (PKCS#8 PEM, mode 0600)."
        case .registryIntakeReceiptsHelp:
            "The folder the receipts are written to (default: each bundle's folder)."
        case .registryTokenAbstract:
            "Manage the analysts' bearer tokens for the registry's read API."
        case .registryTokenDiscussion:
            """
            GET /v1/submissions and GET /v1/submissions/{id} (docs/registry.md) answer only a \
            request with Authorization: Bearer TOKEN. The registry keeps each token's SHA-256, \
            never the token: a lost token cannot be shown again, only revoked and replaced.

            Examples:
              selfassess registry token add alice --data registry
              selfassess registry token list --data registry
              selfassess registry token revoke alice --data registry
            """
        case .registryTokenAddAbstract:
            "Make an analyst's token and print it once."
        case .registryTokenAddDiscussion:
            """
            Prints a new token (sat_ and 32 random bytes from the system's CSPRNG in base64url) \
            alone on standard output, once, and stores only its SHA-256 under NAME. Give it to \
            the analyst over a safe channel; it opens the read API until it is revoked.

            Examples:
              selfassess registry token add alice --data registry
              TOKEN=$(selfassess registry token add dashboard --data /srv/selfassess \\
                  --database postgres://selfassess@db.internal:5432/registry)

            Exit codes: 0 made, 1 an active token has this name, 2 I/O failure, 64 usage.
            """
        case .registryTokenNameHelp:
            "The token's name: 1 to 64 letters, digits, '.', '_' or '-'."
        case .registryTokenListAbstract:
            "List the tokens: name, when made, when last used, active or revoked (never the token)."
        case .registryTokenRevokeAbstract:
            "Revoke the active token of a name: its next request is refused with 401."
        case .serveAbstract:
            "Run the registry over HTTP: submissions in, signed receipts out."
        case .serveDiscussion:
            """
            Serves the registry in --data (made by `selfassess registry init`) on --listen, \
            loopback by default; put nginx in front of it for TLS (docs/registry.md). \
            Bundles are checked against --keyring (trusted only if --society-key verifies \
            its signature) exactly as `registry intake` checks them, and receipts are signed \
            with --receipt-key. With --database the submissions are kept in PostgreSQL, and \
            several instances can serve one database and one shared --data folder.

              POST /v1/submissions?name=NAME   body: one bundle; answer: its receipt
              GET  /v1/receipts/SHA256         a receipt again, by the bundle's SHA-256
              GET  /v1/health                  liveness and load

            A receipt's body is NAME.receipt.json byte for byte; its signature file is in \
            the Receipt-Signature header, base64. A refusal without a receipt is an RFC 9457 \
            problem document (application/problem+json) with the registry code. Abuse \
            limits, cheapest first: --rate per address (429 with Retry-After), --max-body \
            (413), --max-verifications at once with --max-queued waiting (503 with \
            Retry-After). Each request is logged on standard error in one line.

            SIGTERM or SIGINT stops it gracefully: the listening socket closes, submissions \
            in flight finish and get their receipts.

            Examples:
              selfassess serve --data registry --receipt-key society.key \\
                  --keyring keyring.yaml --society-key society.pub
              selfassess serve --data registry --receipt-key society.key \\
                  --keyring keyring.yaml --society-key society.pub \\
                  --listen 127.0.0.1:0 --port-file registry.address --rate 10/min

            Exit codes: 0 stopped by a signal, 2 the registry, a key or the address could \
            not be used, 64 usage.
            """
        case .serveListenHelp:
            "The address to listen on, HOST:PORT (port 0: any free port)."
        case .serveMaxBodyHelp:
            "The largest bundle taken: bytes, or with KiB, MiB, GiB."
        case .serveMaxVerificationsHelp:
            "At most this many verifications at once (default: the cores)."
        case .serveMaxQueuedHelp:
            "At most this many submissions waiting for a verification."
        case .serveRateHelp:
            "Submissions per address: N/s, N/min, N/h, or off."
        case .servePortFileHelp:
            "Write the bound HOST:PORT to this file once listening."
        case .serveLogLevelHelp:
            "The log level: trace, debug, info, notice, warning, error."
        case .submitAbstract:
            "Send bundles to the society's registry and keep its signed receipts."
        case .submitDiscussion:
            """
            Uploads each bundle to the registry at --to (POST /v1/submissions), verifies the \
            receipt it answers with against the society's public key (and that it is for \
            this bundle), and saves NAME.receipt.json and NAME.receipt.json.minisig, the \
            names `registry intake` writes, next to the bundle or in --receipts. A refused \
            bundle gets a receipt too, with the code of the check it failed. The same bundle \
            sent again gets the same receipt. A registry that is busy or rate-limits the \
            address (429, 503) is asked again after its Retry-After, --attempts times in all.

            Examples:
              selfassess submit acme-2025.sabundle --to https://registry.example.org \\
                  --society-key society.pub
              selfassess submit out/*.sabundle --to http://127.0.0.1:8400 \\
                  --society-key society.pub --receipts receipts

            Exit codes: 0 every bundle accepted, 1 a bundle refused (with its reason), 2 the \
            registry could not be reached or answered wrongly (the URL named), a file could \
            not be read or written, 64 usage.
            """
        case .submitBundlesHelp:
            "The bundles to submit."
        case .submitToHelp:
            "The registry's URL."
        case .submitSocietyKeyHelp:
            "The society's public key: SubjectPublicKeyInfo PEM or a minisign public key."
        case .submitAttemptsHelp:
            "Tries per bundle while the registry answers 429 or 503."
        case .reportAbstract:
            "Write the report for people: a self-contained HTML page or a Markdown document."
        case .reportDiscussion:
            """
            The report is what a compliance officer prints and what the society's analyst \
            reads: the signatory, year, framework and declaration; the overall score and \
            rating; the critical failures with the caps they caused and the rules they cite; \
            one bar per article; every indicator's answer, score, note and evidence (with the \
            SHA-256 of each file); the indicators that would gain the most; and with --prior \
            what changed since that year. The HTML page loads nothing from anywhere else and \
            prints on A4, one article per page. The same input gives the same bytes.

            The assessment (and the prior one) is validated first; an invalid one gets its \
            diagnostics and no report.

            Examples:
              selfassess report acme-2025 --out acme-2025.html
              selfassess report acme-2025 --prior acme-2024 --out acme-2025.html
              selfassess report acme-2025 --format markdown > acme-2025.md

            Without --format, a file named with --out that ends in .md is Markdown; anything \
            else is HTML.

            Exit codes: 0 written, 1 an assessment is invalid, 2 an input could not be read or \
            the output could not be written, 64 usage.
            """
        case .reportPathHelp:
            "The assessment folder (or bundle)."
        case .reportFormatHelp:
            "Output format: html or markdown (default: from --out's extension, else html)."
        case .reportOutHelp:
            "The file to write (atomically); default: standard output."
        case .reportPriorHelp:
            "The prior year's assessment, to report the changes."
        case .reportPriorFrameworkHelp:
            "The framework file the prior assessment answers, when not the same."
        case .schemaAbstract:
            "Write the JSON Schemas of assessment.yaml and the article files for editors."
        case .schemaDiscussion:
            """
            Writes assessment.schema.json and article.schema.json (JSON Schema draft 2020-12) for the \
            current framework. The files that init writes start with a \
            `# yaml-language-server: $schema=schema/…` line, so VS Code's YAML extension completes \
            and checks them.

            Examples:
              selfassess schema --out acme-2025/schema
              selfassess schema            # prints article.schema.json

            Exit codes: 0 written, 2 I/O failure, 64 usage.
            """
        case .schemaOutHelp:
            "The folder to write the schemas into (default: print the article schema)."
        case .scoreAbstract:
            "Score an assessment: each article, the overall score, the rating and the critical failures."
        case .scoreDiscussion:
            """
            The assessment is validated first; an invalid one gets its diagnostics and no score. \
            The scoring model and the rounding rule are described in docs/scoring.md.

            Examples:
              selfassess score acme-2025
              selfassess score acme-2025 --explain
              selfassess score acme-2025 --format json > scores.json
              selfassess score acme-2025 --format csv --explain > indicators.csv

            --explain adds each indicator's answer, score, weight and points, the not-applicable \
            ones with their justification, the caps applied, and what fixing each indicator would \
            gain overall, largest first. JSON always has all of it.

            Exit codes: 0 scored, 1 the assessment is invalid, 2 it could not be read, 64 usage.
            """
        case .scorePathHelp:
            "The assessment folder."
        case .scoreFormatHelp:
            "Output format: text, json, csv or markdown."
        case .scoreExplainHelp:
            "Show each indicator's part in the score, the caps and what fixing each would gain."
        case .templatesAbstract:
            "Write the blank assessment templates generated from the framework."
        case .templatesDiscussion:
            """
            The files in the project's Templates/ folder are this command's output for the built-in \
            framework (`make templates` regenerates them); a test fails when they drift.

            Examples:
              selfassess templates --out Templates
              selfassess templates --framework revised.yaml --out revised-templates

            Exit codes: 0 written, 1 invalid framework, 2 I/O failure, 64 usage.
            """
        case .templatesOutHelp:
            "The folder to write the templates into."
        case .validateAbstract:
            "Check assessment folders or article files and report every problem at once."
        case .validateDiscussion:
            """
            Examples:
              selfassess validate acme-2025
              selfassess validate acme-2025/article-2.yaml --format json
              selfassess validate acme-2025 --format sarif > selfassess.sarif

            Diagnostic codes are listed in docs/diagnostics.md (and by `selfassess explain`).

            Exit codes: 0 valid (warnings allowed unless --strict), 1 invalid, 2 a file or folder \
            could not be read, 64 usage.
            """
        case .validatePathsHelp:
            "Assessment folders or article files."
        case .validateFormatHelp:
            "Output format: text, json, sarif or github."
        case .validateStrictHelp:
            "Treat warnings as errors for the exit code."
        case .verifyAbstract:
            "Verify signed bundles against a trusted key or keyring, and re-score them from their own bytes."
        case .verifyDiscussion:
            """
            Only the key given with --key, or the keys of the keyring, are trusted; nothing \
            inside a bundle is. For each bundle, in this order: the ZIP container, the signature \
            file, the signature over manifest.json and its trusted comment, then the manifest \
            (strict, canonical), the key (signer key id, signatory, validity), the files (exactly \
            those listed, sizes and SHA-256), the assessment (it validates, and the recomputed \
            score equals results/scores.json and the summary), and with --prior the chain \
            (sequence, previous manifest hash, results/diff.json). The first failure is \
            reported with its code; docs/bundle.md lists them.

            Text output has one line per bundle: OK, or FAIL with the code and the reason. \
            --format json writes a document described in docs/bundle.md.

            Examples:
              selfassess verify acme-2025.sabundle --key acme.pub
              selfassess verify acme-2025.sabundle --key acme.pub --prior acme-2024.sabundle
              selfassess verify submissions/*.sabundle --keyring keyring.yaml --format json

            Exit codes: 0 every bundle verified, 1 a bundle failed, 2 a bundle or the key could \
            not be read, 64 usage.
            """
        case .verifyBundlesHelp:
            "The bundles to verify."
        case .verifyPriorHelp:
            "The bundle each one must follow in the signatory's chain."
        case .verifyFormatHelp:
            "Output format: text or json."
        case .colorOptionsColorHelp:
            "Colour the output (default: on a terminal, unless NO_COLOR is set)."
        case .frameworkOptionsFrameworkHelp:
            "A framework file to use instead of the built-in one."
        case .societyKeyringOptionsKeyringHelp:
            "The society's keyring of registered signatory keys."
        case .societyKeyringOptionsSocietyKeyHelp:
            "The society's public key: the keyring is used only if KEYRING.minisig verifies with it."
        case .trustedKeyOptionsKeyHelp:
            "The signatory's public key to trust: SubjectPublicKeyInfo PEM or a minisign public key."
        case .trustedKeyOptionsKeyringHelp:
            "The society's keyring of registered signatory keys."
        case .trustedKeyOptionsSocietyKeyHelp:
            "The society's public key: the keyring is used only if KEYRING.minisig verifies with it."
        case .toolAbstract:
            "Self-assessment toolkit for the 2014 Beijing app self-discipline Convention."
        case .toolDiscussion:
            """
            Signatories create, validate, score and sign their yearly self-assessment; the Capital \
            Internet Society verifies the bundles and aggregates the sector.

            Exit codes: 0 ok, 1 findings (invalid input, failed verification, a regression when \
            asked to fail on one), 2 I/O or internal failure, 64 usage.
            """
        }
    }

    /// The text in the tool's language (``CLILanguage/current``).
    var text: String { template(in: CLILanguage.current) }
}
