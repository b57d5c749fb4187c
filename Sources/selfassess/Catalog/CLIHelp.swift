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
    case aggregateRegistryHelp = "help.aggregate.option.registry"
    case aggregateDatabaseHelp = "help.aggregate.option.database"
    case bundleAbstract = "help.bundle.abstract"
    case bundleDiscussion = "help.bundle.discussion"
    case bundlePathHelp = "help.bundle.option.path"
    case bundleKeyHelp = "help.bundle.option.key"
    case bundlePriorHelp = "help.bundle.option.prior"
    case bundleOutHelp = "help.bundle.option.out"
    case bundleForceHelp = "help.bundle.option.force"
    case bundleAllowUnreviewedHelp = "help.bundle.option.allow-unreviewed"
    case diffAbstract = "help.diff.abstract"
    case diffDiscussion = "help.diff.discussion"
    case diffOldHelp = "help.diff.option.old"
    case diffNewHelp = "help.diff.option.new"
    case diffAllHelp = "help.diff.option.all"
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
    case initBackupHelp = "help.init.option.backup"
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
    case registryExportAbstract = "help.registry-export.abstract"
    case registryExportDiscussion = "help.registry-export.discussion"
    case registryExportOutHelp = "help.registry-export.option.out"
    case registryExportPolicyHelp = "help.registry-export.option.policy"
    case registryDataHelp = "help.registry.option.data"
    case registryDatabaseHelp = "help.registry.option.database"
    case registryKeyringAbstract = "help.registry-keyring.abstract"
    case registryKeyringImportAbstract = "help.registry-keyring-import.abstract"
    case registryKeyringImportDiscussion = "help.registry-keyring-import.discussion"
    case registryKeyringImportFileHelp = "help.registry-keyring-import.option.file"
    case registryKeyringImportSocietyKeyHelp = "help.registry-keyring-import.option.society-key"
    case registryKeyringOptionHelp = "help.registry-keyring-options.option.keyring"
    case registryPolicyHelp = "help.registry-policy-options.option.policy"
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
    case registryDecideAbstract = "help.registry-decide.abstract"
    case registryDecideDiscussion = "help.registry-decide.discussion"
    case registryDecideSignatoryHelp = "help.registry-decide.option.signatory"
    case registryDecideYearHelp = "help.registry-decide.option.year"
    case registryDecideActionHelp = "help.registry-decide.option.action"
    case registryDecideReasonHelp = "help.registry-decide.option.reason"
    case registryDecideByHelp = "help.registry-decide.option.by"
    case registryDecisionsAbstract = "help.registry-decisions.abstract"
    case registryDecisionsDiscussion = "help.registry-decisions.discussion"
    case registryDecisionsYearHelp = "help.registry-decisions.option.year"
    case registryDecisionsSignatoryHelp = "help.registry-decisions.option.signatory"
    case registryDecisionsCurrentHelp = "help.registry-decisions.option.current"
    case registryDecisionsFormatHelp = "help.registry-decisions.option.format"
    case serveAbstract = "help.serve.abstract"
    case serveDiscussion = "help.serve.discussion"
    case serveListenHelp = "help.serve.option.listen"
    case serveMaxBodyHelp = "help.serve.option.max-body"
    case serveMaxVerificationsHelp = "help.serve.option.max-verifications"
    case serveMaxQueuedHelp = "help.serve.option.max-queued"
    case serveCheckpointIntervalHelp = "help.serve.option.checkpoint-interval"
    case serveLogOriginHelp = "help.serve.option.log-origin"
    case logCommandAbstract = "help.log-command.abstract"
    case logVerifyAbstract = "help.log-command.verify.abstract"
    case logVerifyDiscussion = "help.log-command.verify.discussion"
    case logVerifyFromHelp = "help.log-command.verify.option.from"
    case logVerifyToHelp = "help.log-command.verify.option.to"
    case logVerifySocietyKeyHelp = "help.log-command.verify.option.society-key"
    case logAuditAbstract = "help.log-command.audit.abstract"
    case logAuditDiscussion = "help.log-command.audit.discussion"
    case logAuditFolderHelp = "help.log-command.audit.option.folder"
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
    case scoreDraftHelp = "help.score.option.draft"
    case scoreExcelHelp = "help.score.option.excel"
    case reportDraftHelp = "help.report.option.draft"
    case diffDraftHelp = "help.diff.option.draft"
    case aggregateExcelHelp = "help.aggregate.option.excel"
    case templatesAbstract = "help.templates.abstract"
    case templatesDiscussion = "help.templates.discussion"
    case templatesOutHelp = "help.templates.option.out"
    case statusAbstract = "help.status.abstract"
    case statusDiscussion = "help.status.discussion"
    case statusFolderHelp = "help.status.option.folder"
    case statusFormatHelp = "help.status.option.format"
    case validateAbstract = "help.validate.abstract"
    case validateDiscussion = "help.validate.discussion"
    case validatePathsHelp = "help.validate.option.paths"
    case validateFormatHelp = "help.validate.option.format"
    case validateStrictHelp = "help.validate.option.strict"
    case validateOnlyHelp = "help.validate.option.only"
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
            indicators.csv, recommendations.csv, rejected.csv, skipped.csv and report.html. \
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
        case .aggregateRegistryHelp:
            "Aggregate a registry's submissions instead of files: its data folder (registry.sqlite and bundles/); the years held are the years it received bundles for, and its on time or late decision feeds the policy's lateness rules."
        case .aggregateDatabaseHelp:
            "With --registry: the registry's submissions are in PostgreSQL (postgres://USER@HOST:PORT/DATABASE; the password from PGPASSWORD), its bundles in the --registry folder."
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
            The assessment is validated first; an invalid one gets its diagnostics and no bundle, \
            and answers still marked carried-forward are refused unless --allow-unreviewed is \
            given. \
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
        case .bundleAllowUnreviewedHelp:
            "Sign even though answers are still marked carried-forward; the manifest (schema v2) "
                + "lists them, and verify, inspect, the report and aggregate show them."
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
        case .diffAllHelp:
            "List every indicator, unchanged ones too (text and markdown)."
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
        case .initBackupHelp:
            "With --force, copy the files that hold answers to DIR.backup-YYYYMMDD-HHMMSS beside the folder before replacing them (without it, such files are never replaced)."
        case .initForceHelp:
            "Write into a folder that is not empty: the assessment's files replace their namesakes, the rest is kept; files that hold answers are replaced only with --backup."
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

            A v3 receipt also proves, offline, that the registry logged it: its checkpoint must \
            be signed by the same society key (SR106 not a checkpoint, SR107 another key) and \
            its entry, rebuilt from the receipt, must lead through its inclusion proof to the \
            checkpoint's root (SR108). A v1 or v2 receipt carries no such proof, and says so.

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
        case .registryExportAbstract:
            "Write the registry's history as CSV: one row per signatory and year."
        case .registryExportDiscussion:
            """
            Columns: signatory, category, year, status, received_at (ISO 8601 UTC), on_time (true or false),
            score (two decimal places, empty when not scored), rating, action, reason, bundle_sha256. The
            status, score, rating, action and reason come from the same policy evaluation as aggregate
            --registry, over every year the registry received bundles for; RFC 4180 CSV with a header that
            DuckDB and pandas read with the right types.

            Examples:
              selfassess registry export --data /var/lib/selfassess --out history.csv
              selfassess registry export --data /srv/selfassess --database postgres://selfassess@db:5432/registry

            Exit codes: 0 written, 1 the registry holds no year to export, 2 I/O failure, 64 usage.
            """
        case .registryExportOutHelp:
            "Write the CSV to this file (default: standard output)."
        case .registryExportPolicyHelp:
            "The enforcement policy (default: the built-in Templates/policy.yaml)."
        case .registryDataHelp:
            "The registry's data folder: registry.sqlite and bundles/ (with --database, bundles/ only)."
        case .registryDatabaseHelp:
            "Keep the submissions and receipts in PostgreSQL instead of DATA/registry.sqlite (postgres://USER@HOST:PORT/DATABASE; the password from PGPASSWORD)."
        case .registryKeyringAbstract:
            "The keyring the registry holds and checks bundles against."
        case .registryKeyringImportAbstract:
            "Import a society-signed keyring into the registry, if its serial is higher."
        case .registryKeyringImportDiscussion:
            """
            Verifies FILE's signature (FILE.minisig) with the society's public key and the \
            keyring itself, then stores it in the registry as its current keyring, but only if \
            its serial (the keyring's `serial:`) is higher than the current one's: a \
            rolled-back keyring, or another keyring under the same serial, is refused [SR050]. \
            Importing the current keyring again changes nothing. From then on `registry intake` \
            and `serve` check bundles against it when --keyring is not given, and every receipt \
            states its serial.

            Examples:
              selfassess registry keyring import keyring.yaml --society-key society.pub \\
                  --data registry
              selfassess registry keyring import keyring.yaml --society-key society.pub \\
                  --data /srv/selfassess --database postgres://selfassess@db.internal:5432/registry

            Exit codes: 0 imported (or already current), 1 the keyring or its signature is \
            refused or its serial is not higher, 2 I/O failure, 64 usage.
            """
        case .registryKeyringImportFileHelp:
            "The keyring file, signed by the society (FILE.minisig beside it)."
        case .registryKeyringImportSocietyKeyHelp:
            "The society's public key the keyring's signature must verify with."
        case .registryKeyringOptionHelp:
            "The keyring to check bundles against (default: the registry's current keyring, from `registry keyring import`)."
        case .registryPolicyHelp:
            "The policy whose deadlines decide on time or late (default: the built-in policy, due 31 March of the following year)."
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
        case .registryDecideAbstract:
            "Record an analyst's decision on a signatory's recommended step."
        case .registryDecideDiscussion:
            """
            Accepts the step the policy recommended for a signatory and year, or changes it, \
            with the reason and who decided (--by, or the USER environment variable). \
            Decisions are append-only: a later decision for the same signatory and year \
            supersedes the earlier ones, which stay recorded with who made them and when. \
            `aggregate --registry` shows the decided step beside the recommended one \
            (docs/policy.md).

            Examples:
              selfassess registry decide --data registry --signatory acme --year 2025 \\
                  --action censure --reason "accepted: A2.5 failed two years running" --by alice
              selfassess registry decide --data registry --signatory acme --year 2025 \\
                  --action warning --reason "remedied in March, board meeting 2026-04-02"

            Exit codes: 0 recorded, 2 I/O failure, 64 usage (an unknown step, no reason).
            """
        case .registryDecideSignatoryHelp:
            "The signatory's id, as in the keyring."
        case .registryDecideYearHelp:
            "The reporting year the decision is for."
        case .registryDecideActionHelp:
            "The step decided: none, warning, censure, blacklist, media-exposure or exclusion."
        case .registryDecideReasonHelp:
            "Why: the reason, kept with the decision."
        case .registryDecideByHelp:
            "Who decided (default: the USER environment variable)."
        case .registryDecisionsAbstract:
            "List the analysts' decisions, superseded ones marked."
        case .registryDecisionsDiscussion:
            """
            Every decision recorded, in the order recorded, with who decided, when and why; a \
            decision superseded by a later one for the same signatory and year is marked. \
            --current shows only the decisions in force. The JSON follows \
            schemas/decisions.schema.json; the CSV has the columns id, signatory, year, \
            action, decided_by, decided_at, reason, superseded.

            Examples:
              selfassess registry decisions --data registry --year 2025
              selfassess registry decisions --data registry --current --format csv > decisions.csv
            """
        case .registryDecisionsYearHelp:
            "Only the decisions for this year."
        case .registryDecisionsSignatoryHelp:
            "Only the decisions for this signatory."
        case .registryDecisionsCurrentHelp:
            "Only the decisions in force (the latest for each signatory and year)."
        case .registryDecisionsFormatHelp:
            "Output format: text, json or csv."
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
        case .serveCheckpointIntervalHelp:
            "A new signed log checkpoint at least this often, in minutes, asked for or not (each submission makes one too)."
        case .serveLogOriginHelp:
            "The transparency log's origin: the first line of its checkpoints (one word, no +)."
        case .logCommandAbstract: "Check the registry's transparency log."
        case .logVerifyAbstract:
            "Check that a registry's log extends a checkpoint you kept, and that its entries re-derive it."
        case .logVerifyDiscussion:
            "Verifies the checkpoint's signature by the society key, re-derives its root from the log's entries (a dropped or rewritten entry is found), and checks the consistency proof from it to the log as it is now (a forked or rewritten history is found). With a URL, the registry's latest checkpoint, its entries and the consistency proof are fetched over its public log API. Exit 1 with the finding's code, 2 when the registry cannot be read. See docs/transparency.md."
        case .logVerifyFromHelp:
            "The checkpoint you kept (a signed note, as GET /v1/log/checkpoint answers)."
        case .logVerifyToHelp:
            "The registry's data folder, or its URL (http:// or https://: its public log API)."
        case .logVerifySocietyKeyHelp: "The society's public key (minisign or PEM)."
        case .logAuditAbstract:
            "Check every logged submission against the registry's storage."
        case .logAuditDiscussion:
            """
            Reads every entry of the registry's transparency log and checks it against the \
            submission it names (SR102 when a field differs, SR091 for a submission the log \
            does not hold), that an accepted bundle is in storage (SR103) and that every stored \
            bundle still has the logged SHA-256 (SR104). An accepted bundle checked against the \
            keyring used now (the registry's current one, or --keyring) is verified again on \
            the day it was received: it must verify with the logged signatory and year (SR104).

            Examples:
              selfassess log audit registry-data
              selfassess log audit registry-data --database postgres://registry@db/registry

            Exit codes: 0 nothing found, 1 findings (each printed with its code), 2 the \
            registry could not be read, 64 usage.
            """
        case .logAuditFolderHelp:
            "The registry's data folder (its bundles, and its database unless --database)."
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
        case .scoreDraftHelp:
            "Score a draft that is not complete or valid yet: unanswered indicators count as 0 and the output is marked provisional."
        case .reportDraftHelp:
            "Write the report of a draft that is not complete or valid yet: unanswered indicators count as 0 and the report is marked provisional."
        case .diffDraftHelp:
            "Compare with a newer side that is a draft, not complete or valid yet: unanswered indicators count as 0 and the output is marked provisional."
        case .scoreExcelHelp:
            "CSV for Excel (a UTF-8 byte-order mark, CR LF line ends), so Chinese text opens correctly; implies --format csv."
        case .aggregateExcelHelp:
            "Write the CSV files for Excel (a UTF-8 byte-order mark, CR LF line ends), so Chinese text opens correctly."
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
        case .statusAbstract:
            "Show where an assessment stands: answered, left to answer, to review, a provisional score."
        case .statusDiscussion:
            """
            For each article, how many indicators have a readable answer out of how many; the \
            indicators not answered yet; answers carried forward from last year and not yet \
            reviewed; evidence cited but not found; how many other errors and warnings \
            `validate` finds; and a provisional score with every unanswered indicator counted \
            as 0 (clearly not the score a bundle would carry). It reads the folder as \
            `validate` does, so it is fast enough to run on every save.

            Examples:
              selfassess status acme-2025
              selfassess status acme-2025 --format json

            Exit codes: 0 complete and valid, 1 something is left to answer, review or fix, \
            2 the folder could not be read, 64 usage.
            """
        case .statusFolderHelp:
            "The assessment folder."
        case .statusFormatHelp:
            "Output format: text or json."
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
        case .validateOnlyHelp:
            "Show only the mistakes (errors: everything but indicators not answered yet) or only what is not answered yet (unanswered); the exit code follows what is shown."
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

            Language: --lang zh|en, anywhere on the command line, chooses the language of the \
            messages and the help; without it LC_ALL, LC_MESSAGES or LANG decide (zh… is \
            Chinese), else English.

            Exit codes: 0 ok, 1 findings (invalid input, failed verification, a regression when \
            asked to fail on one), 2 I/O or internal failure, 64 usage.
            """
        }
    }

    var chinese: String? {
        switch self {
        case .aggregateAbstract:
            "核验一个行业的报告包，并生成统计、建议的处理措施和报告。"
        case .aggregateDiscussion:
            """
            每个 INPUT 是一个报告包文件，或一个文件夹：在其中递归查找（包括隐藏文件夹和链接的文件夹）\
            报告包，即名为 *.sabundle 的文件，以及含有 manifest.json 的 ZIP 压缩包（不论文件名）。\
            途经的其他文件连同原因列于 skipped.csv。涵盖的年度是报告年度（--year，默认为有已接受\
            报告包的最近年度），以及加上 --since 时自 --since 起的各年度，用于历史比较；其他年度的\
            有效报告包列为超出范围，不予采用；只有给出了某个涵盖年度的报告包，该年度才算涵盖在内。\
            与另一个文件字节完全相同的文件是重复文件，只计一次。首先检查名册（加上 --society-key \
            时还检查其签名）和处理措施规则：任何错误都会在读取报告包之前停止运行。然后逐一核验\
            报告包（并行进行），每个报告包归结为一行摘要：内存占用不随报告包大小增长。

            每个报告包要么被采用，要么连同原因列于 rejected.csv：签名无效、密钥不受信任（未知、\
            已过期、已吊销）、被篡改、自评估无效、框架未知、链断裂（分叉或重放的报告包），\
            无法读取，或被同一签约单位同一年度较晚的报告包取代。已登记的签约单位如果在某个涵盖\
            年度没有已接受的报告包，则记为被拒绝或缺失；采用名册中的类别，声明了其他类别的自评估\
            会被列出。如果没有任何报告包属于 --year 指定的年度，运行停止。

            以原子方式写入 --out（只有加上 --force 才写入非空文件夹，替换以下文件并保留其他文件）：\
            sector.json、signatories.csv、indicators.csv、recommendations.csv、rejected.csv、\
            skipped.csv 和 report.html。相同的输入得到相同的字节。docs/aggregate.md 说明了每个字段。

            示例：
              selfassess aggregate submissions/ --keyring keyring.yaml --society-key society.pub --out sector-2025
              selfassess aggregate 2024/ 2025/ --keyring keyring.yaml --policy policy.yaml --year 2025 --since 2024 --out out --force

            退出码：0 运行完成（被拒绝的报告包是输出中的结果，不是失败）；1 名册、处理措施规则\
            或框架无效，输出文件夹已存在且不为空，没有可报告的年度（或 --since 晚于该年度），\
            或加上 --fail-on-rejected 时有报告包被拒绝；2 某个输入不存在，或某个文件无法读取或\
            写入；64 用法错误。
            """
        case .aggregateInputsHelp:
            "报告包文件，或在其中递归查找报告包的文件夹。"
        case .aggregatePolicyHelp:
            "处理措施规则（默认：内置的 Templates/policy.yaml）。"
        case .aggregateRegistryHelp:
            "汇总登记库中的提交，而不是文件：登记库的数据文件夹（registry.sqlite 和 bundles/）；所涵盖的年度是登记库收到报告包的年度，登记库对按时或逾期的判定用于处理措施规则中的逾期规则。"
        case .aggregateDatabaseHelp:
            "与 --registry 一起使用：登记库的提交记录在 PostgreSQL 中（postgres://USER@HOST:PORT/DATABASE；密码取自 PGPASSWORD），报告包在 --registry 文件夹中。"
        case .aggregateYearHelp:
            "报告年度（默认：有已接受报告包的最近年度）。"
        case .aggregateSinceHelp:
            "历史比较涵盖的第一个年度（默认：只涵盖报告年度）。"
        case .aggregateOutHelp:
            "写入输出的文件夹。"
        case .aggregateForceHelp:
            "写入非空的输出文件夹（其中的其他文件会保留）。"
        case .aggregateFailOnRejectedHelp:
            "有报告包被拒绝时以 1 退出（输出照样写入）。"
        case .aggregateJobsHelp:
            "同时核验的报告包数（默认：处理器数）。"
        case .aggregateFormatHelp:
            "标准输出上摘要的格式：text 或 json。"
        case .bundleAbstract:
            "把自评估打包、评分并签名，生成一个提交给协会的报告包文件。"
        case .bundleDiscussion:
            """
            首先检查自评估；无效的自评估只得到诊断信息，不生成报告包；仍标记为 carried-forward \
            的答案会被拒绝，除非给出 --allow-unreviewed。报告包默认名为 \
            SIGNATORY-YEAR.sabundle，是一个 ZIP 文件，包含原样的 YAML 文件、引用的每个证据文件、\
            results/scores.json、供人阅读的报告（report/report.html 和 report/report.md），\
            以及 manifest.json 及其签名 manifest.json.minisig。加上 --prior（上一年度的报告包）时，\
            新报告包接续该链（序号加 1，并记录上一份清单的 SHA-256），并加入 results/diff.json。

            报告包在得到正式文件名之前先用密钥的公钥部分验证；没有 --force 不会替换已有文件。\
            设置了 SOURCE_DATE_EPOCH 时以它为创建时间，因此相同的输入得到相同的字节。\
            格式见 docs/bundle.md。

            示例：
              selfassess bundle acme-2025 --key acme.key
              selfassess bundle acme-2025 --key acme.key --prior acme-2024.sabundle
              SOURCE_DATE_EPOCH=1769904000 selfassess bundle acme-2025 --key acme.key --out out/acme.sabundle

            退出码：0 已写入；1 拒绝（自评估、密钥或上一年度报告包无效，文件已存在）；2 输入输出\
            失败；64 用法错误。
            """
        case .bundlePathHelp:
            "自评估文件夹。"
        case .bundleKeyHelp:
            "签约单位的私钥（PKCS#8 PEM，权限 0600）。"
        case .bundlePriorHelp:
            "上一年度的报告包，用于接续链并进行比较。"
        case .bundleOutHelp:
            "要写入的报告包文件（默认：SIGNATORY-YEAR.sabundle）。"
        case .bundleForceHelp:
            "替换已有的报告包文件。"
        case .bundleAllowUnreviewedHelp:
            "即使仍有标记为 carried-forward 的答案也签名；清单（格式 v2）列出这些指标，verify、inspect、"
                + "报告和 aggregate 都会显示。"
        case .diffAbstract:
            "比较两份自评估：哪些提高了，哪些退步了，框架改变了什么。"
        case .diffDiscussion:
            """
            OLD 和 NEW 是自评估文件夹，通常是同一签约单位的上一年度和本年度。两者都先经过检查。\
            指标按标识对应，因此只有一个框架版本才有的指标报告为新增或删除，而不是退步；\
            OLD 作答的是另一个框架版本时，请使用 --old-framework。证据按其内容的 SHA-256 比较。

            示例：
              selfassess diff acme-2024 acme-2025
              selfassess diff acme-2024 acme-2025 --format markdown > changes.md
              selfassess diff acme-2024 acme-2025 --fail-on-regression

            退出码：0 已比较；1 某份自评估无效，或（加上 --fail-on-regression 时）某个指标或条款\
            得分降低；2 某个输入无法读取；64 用法错误。
            """
        case .diffOldHelp:
            "较早的自评估文件夹。"
        case .diffNewHelp:
            "较新的自评估文件夹。"
        case .diffAllHelp:
            "列出所有指标，包括没有变化的（text 和 markdown 格式）。"
        case .diffFormatHelp:
            "输出格式：text、json 或 markdown。"
        case .diffFailOnRegressionHelp:
            "任何指标或条款的得分低于 OLD 时以 1 退出。"
        case .diffOldFrameworkHelp:
            "OLD 作答的框架文件（与 NEW 的不同时）。"
        case .explainAbstract:
            "解释一个诊断代码，或列出全部诊断代码。"
        case .explainDiscussion:
            """
            示例：
              selfassess explain SA202
              selfassess explain

            退出码：0 正常；1 未知的代码；64 用法错误。
            """
        case .explainCodeHelp:
            "诊断代码，例如 SA202。"
        case .explainMarkdownHelp:
            "以 Markdown 输出整个目录（docs/diagnostics.md 的来源）。"
        case .initAbstract:
            "根据框架的模板创建本年度的自评估文件夹。"
        case .initDiscussion:
            """
            写入 assessment.yaml 和 article-1.yaml … article-7.yaml（列出每个指标，均未作答，\
            并以注释给出双语的问题和指引）、schema/ 下供编辑器补全用的 JSON Schema，以及一个空的 \
            evidence/ 文件夹。

            加上 --from 时，沿用上一年度的回答、备注和引用的证据；每个沿用的回答都标记为 \
            `carried-forward`，在复核之前 `validate` 会一直给出警告。

            示例：
              selfassess init acme-2025 --signatory acme --year 2025 --name "北京艾克米科技有限公司"
              selfassess init acme-2026 --signatory acme --year 2026 --from acme-2025

            退出码：0 已创建；1 拒绝（文件夹不为空，上一年度的自评估无效）；2 输入输出失败；\
            64 用法错误。
            """
        case .initDirectoryHelp:
            "要创建的文件夹。"
        case .initSignatoryHelp:
            "在协会登记的签约单位标识（a-z、0-9 和 -）。"
        case .initYearHelp:
            "报告年度。"
        case .initNameHelp:
            "签约单位的登记名称。"
        case .initCategoryHelp:
            "签约单位的类别（见框架中的列表）。"
        case .initFromHelp:
            "上一年度的自评估文件夹，用于沿用回答。"
        case .initForceHelp:
            "写入非空文件夹：自评估的文件替换同名文件，其余文件保留；有回答的文件只在加上 --backup 时才会被替换。"
        case .initBackupHelp:
            "与 --force 一起使用：替换前先把有回答的文件复制到文件夹旁的 DIR.backup-YYYYMMDD-HHMMSS（不加此项时，这些文件绝不会被替换）。"
        case .registryKeyringAbstract:
            "登记处保存并据以核验报告包的密钥环。"
        case .registryKeyringImportAbstract:
            "将协会签名的密钥环导入登记处（仅当其序号更高时）。"
        case .registryKeyringImportDiscussion:
            """
            先用协会公钥验证 FILE 的签名（FILE.minisig）并检查密钥环本身，然后将其存入登记处作为\
            当前密钥环，但仅当其序号（密钥环的 `serial:`）高于当前密钥环的序号时：回滚的密钥环，\
            或以相同序号出现的另一密钥环，均被拒绝 [SR050]。再次导入当前密钥环不做任何改变。此后\
            未给出 --keyring 时，`registry intake` 和 `serve` 据此核验报告包，每张回执都写明其序号。

            示例：
              selfassess registry keyring import keyring.yaml --society-key society.pub \\
                  --data registry
              selfassess registry keyring import keyring.yaml --society-key society.pub \\
                  --data /srv/selfassess --database postgres://selfassess@db.internal:5432/registry

            退出码：0 已导入（或已是当前密钥环）；1 密钥环或其签名被拒绝，或其序号不更高；2 I/O 失败；64 用法错误。
            """
        case .registryKeyringImportFileHelp:
            "由协会签名的密钥环文件（旁边有 FILE.minisig）。"
        case .registryKeyringImportSocietyKeyHelp:
            "密钥环签名须能以之验证的协会公钥。"
        case .registryKeyringOptionHelp:
            "核验报告包所用的密钥环（默认：登记处当前的密钥环，来自 `registry keyring import`）。"
        case .registryTokenAbstract:
            "管理分析人员访问登记处只读 API 的持有者令牌。"
        case .registryTokenDiscussion:
            """
            GET /v1/submissions 和 GET /v1/submissions/{id}（见 docs/registry.md）只响应带有 \
            Authorization: Bearer TOKEN 的请求。登记处只保存每个令牌的 SHA-256，从不保存令牌本身：\
            令牌丢失后无法再次显示，只能吊销并重新生成。

            示例：
              selfassess registry token add alice --data registry
              selfassess registry token list --data registry
              selfassess registry token revoke alice --data registry
            """
        case .registryTokenAddAbstract:
            "生成一个分析人员令牌并只显示一次。"
        case .registryTokenAddDiscussion:
            """
            在标准输出上单独打印一个新令牌（sat_ 加上来自系统密码学安全随机数生成器的 32 个随机字节，\
            base64url 编码），只显示一次，并以 NAME 为名只保存其 SHA-256。请通过安全渠道交给分析人员；\
            在被吊销之前，它可用于访问只读 API。

            示例：
              selfassess registry token add alice --data registry
              TOKEN=$(selfassess registry token add dashboard --data /srv/selfassess \\
                  --database postgres://selfassess@db.internal:5432/registry)

            退出码：0 已生成；1 已有同名的有效令牌；2 I/O 失败；64 用法错误。
            """
        case .registryTokenNameHelp:
            "令牌名称：1 到 64 个字母、数字、“.”、“_” 或 “-”。"
        case .registryTokenListAbstract:
            "列出令牌：名称、创建时间、最近使用时间、有效或已吊销（从不显示令牌本身）。"
        case .registryTokenRevokeAbstract:
            "吊销指定名称的有效令牌：其下一次请求将以 401 拒绝。"
        case .registryDecideAbstract:
            "记录分析人员对签约单位建议措施的决定。"
        case .registryDecideDiscussion:
            """
            接受政策为某签约单位某年度建议的措施，或加以更改，并记录理由和决定人（--by，\
            或环境变量 USER）。决定只增不改：同一签约单位同一年度的后一项决定取代前面的决定，\
            前面的决定连同决定人和时间仍保留在记录中。`aggregate --registry` 在建议措施旁显示\
            所决定的措施（见 docs/policy.md）。

            示例：
              selfassess registry decide --data registry --signatory acme --year 2025 \\
                  --action censure --reason "接受：A2.5 连续两年未通过" --by alice
              selfassess registry decide --data registry --signatory acme --year 2025 \\
                  --action warning --reason "三月已整改，理事会 2026-04-02 会议决定"

            退出码：0 已记录，2 输入输出失败，64 用法错误（未知措施、缺少理由）。
            """
        case .registryDecideSignatoryHelp:
            "签约单位编号，与密钥环中的一致。"
        case .registryDecideYearHelp:
            "决定所针对的报告年度。"
        case .registryDecideActionHelp:
            "所决定的措施：none、warning、censure、blacklist、media-exposure 或 exclusion。"
        case .registryDecideReasonHelp:
            "理由：随决定一并保存。"
        case .registryDecideByHelp:
            "决定人（默认：环境变量 USER）。"
        case .registryDecisionsAbstract:
            "列出分析人员的决定，并标明已被取代的决定。"
        case .registryDecisionsDiscussion:
            """
            按记录顺序列出每一项决定，以及决定人、时间和理由；被同一签约单位同一年度后来的\
            决定取代的，予以标明。--current 只显示现行的决定。JSON 符合 \
            schemas/decisions.schema.json；CSV 的列为 id、signatory、year、action、\
            decided_by、decided_at、reason、superseded。

            示例：
              selfassess registry decisions --data registry --year 2025
              selfassess registry decisions --data registry --current --format csv > decisions.csv
            """
        case .registryDecisionsYearHelp:
            "只列出该年度的决定。"
        case .registryDecisionsSignatoryHelp:
            "只列出该签约单位的决定。"
        case .registryDecisionsCurrentHelp:
            "只列出现行的决定（每个签约单位每个年度的最新一项）。"
        case .registryDecisionsFormatHelp:
            "输出格式：text、json 或 csv。"
        case .registryPolicyHelp:
            "以其截止日期判定按时或逾期的政策文件（默认：内置政策，次年 3 月 31 日截止）。"
        case .scoreDraftHelp:
            "为尚未完整或尚未有效的草稿评分：未作答的指标计为 0，输出标记为暂定。"
        case .reportDraftHelp:
            "为尚未完整或尚未有效的草稿生成报告：未作答的指标计为 0，报告标记为暂定。"
        case .diffDraftHelp:
            "较新的一方是尚未完整或尚未有效的草稿时也进行比较：未作答的指标计为 0，输出标记为暂定。"
        case .scoreExcelHelp:
            "输出供 Excel 打开的 CSV（带 UTF-8 字节顺序标记、CR LF 换行），中文可正确显示；隐含 --format csv。"
        case .aggregateExcelHelp:
            "将 CSV 文件写成供 Excel 打开的形式（带 UTF-8 字节顺序标记、CR LF 换行），中文可正确显示。"
        case .statusAbstract:
            "显示自评估的进展：已作答、待作答、待复核，以及暂定得分。"
        case .statusDiscussion:
            """
            每个条款中有可读回答的指标数与指标总数；尚未作答的指标；沿用自上一年度、尚未复核的回答；\
            已引用但找不到的证明材料；`validate` 发现的其他错误和警告的数量；以及把每个未作答指标计为 0 \
            的暂定得分（显然不是报告包会记载的得分）。它像 `validate` 一样读取文件夹，因此快到可以在\
            每次保存时运行。

            示例：
              selfassess status acme-2025
              selfassess status acme-2025 --format json

            退出码：0 完整且有效；1 还有待作答、待复核或待修正的内容；2 文件夹无法读取；64 用法错误。
            """
        case .statusFolderHelp:
            "自评估文件夹。"
        case .statusFormatHelp:
            "输出格式：text 或 json。"
        case .validateOnlyHelp:
            "只显示错误（errors：除尚未作答的指标之外的所有问题），或只显示尚未作答的内容（unanswered）；退出码以显示的内容为准。"
        case .inspectAbstract:
            "显示报告包包含和声称的内容，不作核验。"
        case .inspectDiscussion:
            """
            列出各条目和清单声称的内容：签约单位、年度、序号、创建时间、签名密钥标识、框架和\
            摘要得分。这些都未经核验：容器用与 verify 相同的加固读取程序读取，但不检查签名，\
            因此任何人都可能写下这些声称。依赖它们之前，请用签约单位登记的密钥运行 \
            `selfassess verify`。

            示例：
              selfassess inspect acme-2025.sabundle
              unzip -p acme-2025.sabundle report/report.html > report.html

            退出码：0 已显示；1 容器或清单无法读取（能读取的部分仍会显示）；2 输入输出失败；\
            64 用法错误。
            """
        case .inspectBundleHelp:
            "报告包。"
        case .keyAbstract:
            "处理签名密钥。"
        case .keyDiscussion:
            """
            示例：
              selfassess key export acme.pub --format minisign --out acme.minisign.pub
              selfassess key export acme.key --format pem
            """
        case .keyExportAbstract:
            "为 OpenSSL（PEM）或 minisign 和 signify 写出公钥。"
        case .keyExportDiscussion:
            """
            读取公钥（PEM 或 minisign）或私钥（PKCS#8 PEM，不得允许同组用户或其他用户读取），\
            并写出其公钥：

              pem       SubjectPublicKeyInfo PEM，供 OpenSSL 使用
                        （openssl pkeyutl -verify -pubin -inkey FILE …）
              minisign  两行的 minisign 公钥，供 minisign -V -p FILE
                        和 signify -V -p FILE 使用；其密钥编号为
                        密钥标识的前 8 个字节

            输出密钥标识（公钥写到标准输出时，密钥标识写到标准错误）。
            已有的 --out 文件从不覆盖。

            示例：
              selfassess key export acme.pub --format minisign --out acme.minisign.pub
              selfassess key export acme.key --format pem > acme.pub

            退出码：0 已写入；1 拒绝（密钥类型或格式不对，权限不安全，输出已存在）；2 输入输出\
            失败；64 用法错误。
            """
        case .keyExportKeyFileHelp:
            "公钥或私钥文件。"
        case .keyExportFormatHelp:
            "输出格式。"
        case .keyExportOutHelp:
            "要写入的文件（默认：标准输出）。"
        case .keygenAbstract:
            "生成用于签署报告包的 Ed25519 密钥对。"
        case .keygenDiscussion:
            """
            写入私钥 NAME.key（PKCS#8 PEM，创建时权限为 0600）和公钥 NAME.pub\
            （SubjectPublicKeyInfo PEM），并输出密钥标识：sha256: 加公钥的 SHA-256。请把 NAME.pub \
            登记到协会，并通过其他渠道与协会核对密钥标识。OpenSSL 可读取这两个文件；\
            `selfassess key export --format minisign` 可为 minisign 和 signify 写出公钥。

            已有的文件从不覆盖。

            示例：
              selfassess keygen acme
              selfassess keygen acme-2026 --out ~/.selfassess

            退出码：0 已创建；1 拒绝（密钥文件已存在）；2 输入输出失败；64 用法错误。
            """
        case .keygenNameHelp:
            "密钥名称：字母、数字、“.”、“_”和“-”。"
        case .keygenOutHelp:
            "写入密钥文件的文件夹（默认：当前文件夹）。"
        case .keyringAddAbstract:
            "登记签约单位的公钥；签约单位是新的时，同时登记签约单位。"
        case .keyringAddDiscussion:
            """
            读取公钥（SubjectPublicKeyInfo PEM，即 `selfassess keygen` 写出的格式，或 minisign \
            公钥），把它添加到该签约单位名下，并写明它可以签名的日期。名册不存在时会创建名册。\
            已经登记的密钥（无论登记在本签约单位还是其他签约单位名下）会被拒绝；私钥，以及不属于\
            框架（内置框架或 --framework）类别的类别，也会被拒绝。结果在写入之前按框架检查，\
            并以原子方式写入；在文件布局允许的地方保留注释。

            签署名册之前，请通过其他渠道（电话、信函）与签约单位核对输出的密钥标识。

            示例：
              selfassess keyring add keyring.yaml --signatory acme --name 北京艾克米科技有限公司 --key acme.pub
              selfassess keyring add keyring.yaml --signatory acme --key acme-2027.pub --valid-from 2027-01-01

            退出码：0 已添加；1 拒绝（名册无效，密钥已登记，密钥不对）；2 输入输出失败；\
            64 用法错误。
            """
        case .keyringAddKeyringHelp:
            "名册文件（不存在时创建）。"
        case .keyringAddSignatoryHelp:
            "签约单位标识，与其 assessment.yaml 中的一致。"
        case .keyringAddNameHelp:
            "签约单位的名称（新签约单位必填）。"
        case .keyringAddCategoryHelp:
            "新签约单位的类别（框架的类别标识之一）。"
        case .keyringAddKeyHelp:
            "签约单位的公钥文件（PEM 或 minisign）。"
        case .keyringAddValidFromHelp:
            "密钥可以签名的第一天（默认：今天，UTC）。"
        case .keyringAddValidUntilHelp:
            "密钥可以签名的最后一天（默认：无期限）。"
        case .keyringCommandAbstract:
            "维护协会的名册：签约单位的公钥、其有效期和吊销记录。"
        case .keyringCommandDiscussion:
            """
            名册（keyring.yaml，见 docs/keyring.md）写明哪个 Ed25519 公钥可以在何时为哪个签约单位\
            签署报告包。每次更改都经过检查、以原子方式写入，并使名册的签名作废（KEYRING.minisig \
            会被删除）：编辑之后，请用协会的密钥重新签署。

            示例：
              selfassess keyring add keyring.yaml --signatory acme --name 北京艾克米科技有限公司 --key acme.pub
              selfassess keyring list keyring.yaml
              selfassess keyring revoke keyring.yaml --key-id sha256:… --date 2026-03-01 --reason "key lost"
              selfassess keyring sign keyring.yaml --key society.key
              selfassess keyring verify keyring.yaml --society-key society.pub
            """
        case .keyringListAbstract:
            "列出签约单位及其密钥，以及每个密钥的有效期和状态。"
        case .keyringListDiscussion:
            """
            状态以 --on 给出的日期（默认今天，UTC）为准：有效、尚未生效、已过期，或已吊销（附\
            日期和原因）。此处不检查名册的签名；`selfassess keyring verify` 负责检查。

            示例：
              selfassess keyring list keyring.yaml
              selfassess keyring list keyring.yaml --on 2025-12-31 --format json

            退出码：0 已列出；1 名册无效；2 名册无法读取；64 用法错误。
            """
        case .keyringListKeyringHelp:
            "名册文件。"
        case .keyringListFormatHelp:
            "输出格式：text 或 json。"
        case .keyringListOnHelp:
            "判断每个密钥状态所依据的日期（默认：今天，UTC）。"
        case .keyringRevokeAbstract:
            "自某日起吊销一个密钥，并写明原因。"
        case .keyringRevokeDiscussion:
            """
            用该密钥签署、创建日期在吊销日期当天或之后的报告包会被拒绝。创建日期是签名者自己的\
            声称，持有被盗密钥的人可以倒填日期：密钥泄露时，请从密钥可能暴露的第一天起算，\
            而不是从发现之日起算。密钥仍保留在名册中，因此它之前签署的报告包仍可验证。

            示例：
              selfassess keyring revoke keyring.yaml --key-id sha256:… --date 2026-03-01 --reason "laptop stolen"

            退出码：0 已吊销；1 拒绝（未知的密钥，已经吊销，名册无效）；2 输入输出失败；\
            64 用法错误。
            """
        case .keyringRevokeKeyringHelp:
            "名册文件。"
        case .keyringRevokeKeyIDHelp:
            "密钥标识：sha256: 加 64 个十六进制数字，与 `keyring list` 显示的一致。"
        case .keyringRevokeDateHelp:
            "密钥不再可以签名的第一天。"
        case .keyringRevokeReasonHelp:
            "吊销密钥的原因（一行）。"
        case .keyringSignAbstract:
            "用协会的密钥签署名册，写入 KEYRING.minisig。"
        case .keyringSignDiscussion:
            """
            签名采用 minisign 的旧式 Ed25519 格式（与报告包的签名相同），针对名册文件的确切字节，\
            受信注释为 `selfassess.keyring/v1 sha256=<SHA-256 of the file>`。无效的名册不会被签署。\
            已有的签名会被替换。`aggregate --society-key` 和 `keyring verify` 拒绝签名验证不通过\
            的名册；minisign 也可以检查它：minisign -V -p society.minisign.pub -m keyring.yaml

            示例：
              selfassess keygen society
              selfassess keyring sign keyring.yaml --key society.key

            退出码：0 已签署；1 拒绝（名册无效，密钥不可用）；2 输入输出失败；64 用法错误。
            """
        case .keyringSignKeyringHelp:
            "名册文件。"
        case .keyringSignKeyHelp:
            "协会的私钥（PKCS#8 PEM，权限 0600）。"
        case .keyringVerifyAbstract:
            "检查名册是否就是协会签署的那一份。"
        case .keyringVerifyDiscussion:
            """
            读取名册一次，并用协会的公钥（通过其他渠道获得，绝不取自名册）针对这些确切字节检查 \
            KEYRING.minisig：签名文件的形式、密钥编号、签名、受信注释的签名，以及受信注释写明的\
            是否为本文件的 SHA-256。之后才读取并检查名册。

            示例：
              selfassess keyring verify keyring.yaml --society-key society.pub

            退出码：0 已验证；1 未签名、签名无效或名册无效；2 输入输出失败（名册或密钥无法读取）；\
            64 用法错误。
            """
        case .keyringVerifyKeyringHelp:
            "名册文件。"
        case .keyringVerifySocietyKeyHelp:
            "协会的公钥（PEM 或 minisign）。"
        case .receiptCommandAbstract:
            "检查登记库签署的回执。"
        case .receiptCommandAbstract2:
            "用协会的密钥验证回执的签名，并核对回执所针对的报告包。"
        case .receiptCommandDiscussion:
            """
            读取 RECEIPT（NAME.receipt.json）和 RECEIPT.minisig，像 minisign 一样用协会的公钥检查\
            签名，然后检查回执本身（docs/registry.md 所述格式的规范 JSON）以及由它导出的受信注释。\
            加上 --bundle 时，报告包的 SHA-256 必须是回执写明的那一个。写明报告包被拒绝的回执\
            同样可以验证：它证明了提交的尝试及被拒绝的原因。

            v3 回执还能离线证明登记库已将其记入日志：其中的检查点必须由同一协会密钥签名\
            （SR106 不是检查点，SR107 其他密钥），由回执重建的记录必须经包含证明得出检查点的\
            根哈希（SR108）。v1 或 v2 回执不含此类证明，并会如实说明。

            示例：
              selfassess receipt verify acme-2025.receipt.json --society-key society.pub
              selfassess receipt verify acme-2025.receipt.json --society-key society.pub \\
                  --bundle acme-2025.sabundle

            退出码：0 回执验证通过（且针对该报告包）；1 验证未通过；2 某个文件无法读取；\
            64 用法错误。
            """
        case .receiptCommandReceiptHelp:
            "回执文件。"
        case .receiptCommandSocietyKeyHelp:
            "协会的公钥：SubjectPublicKeyInfo PEM 或 minisign 公钥。"
        case .receiptCommandBundleHelp:
            "回执必须针对的报告包。"
        case .registryCommandAbstract:
            "维护协会的登记库：提交记录、签署的回执和报告包。"
        case .registryCommandDiscussion:
            """
            登记库（docs/registry.md）记录提交给协会的每个报告包：到达时按协会的名册核验，\
            按其 SHA-256 保存，并以协会签署的回执答复。数据文件夹中有 registry.sqlite 和 \
            bundles/。

            示例：
              selfassess registry init --data registry
              selfassess registry intake submissions/*.sabundle --data registry \\
                  --receipt-key society.key --keyring keyring.yaml --society-key society.pub
            """
        case .registryInitAbstract:
            "在数据文件夹中创建一个空的登记库。"
        case .registryInitDiscussion:
            """
            根据需要创建文件夹，以及 registry.sqlite（WAL 模式的 SQLite，数据库结构为最新迁移\
            版本）和 bundles/。已有登记库的文件夹保持原样。加上 --database 时，数据库结构创建在\
            该 PostgreSQL 数据库中，而不是 registry.sqlite 中，数据文件夹（由所有实例共用）只\
            存放 bundles/；已有登记库的数据库保持原样。

            示例：
              selfassess registry init --data /var/lib/selfassess
              selfassess registry init --data /srv/selfassess \\
                  --database postgres://selfassess@db.internal:5432/registry

            退出码：0 已创建；1 该处已有登记库；2 输入输出失败；64 用法错误。
            """
        case .registryExportAbstract:
            "把登记库的历史写成 CSV：每个签署方每个年度一行。"
        case .registryExportDiscussion:
            """
            列：signatory、category、year、status、received_at（ISO 8601 UTC）、on_time（true 或 false）、
            score（两位小数，未评分时为空）、rating、action、reason、bundle_sha256。status、score、rating、
            action 和 reason 来自与 aggregate --registry 相同的处理措施评估，涵盖登记库收到报告包的每个年度；
            输出为带表头的 RFC 4180 CSV，DuckDB 和 pandas 可按正确类型读取。

            示例：
              selfassess registry export --data /var/lib/selfassess --out history.csv
              selfassess registry export --data /srv/selfassess --database postgres://selfassess@db:5432/registry

            退出码：0 已写出；1 登记库中没有可导出的年度；2 输入输出失败；64 用法错误。
            """
        case .registryExportOutHelp:
            "把 CSV 写入此文件（默认：标准输出）。"
        case .registryExportPolicyHelp:
            "处理措施规则（默认：内置的 Templates/policy.yaml）。"
        case .registryDataHelp:
            "登记库的数据文件夹：registry.sqlite 和 bundles/（加上 --database 时只有 bundles/）。"
        case .registryDatabaseHelp:
            "把提交记录和回执保存在 PostgreSQL 中，而不是 DATA/registry.sqlite 中（postgres://USER@HOST:PORT/DATABASE；密码取自 PGPASSWORD）。"
        case .registryIntakeAbstract:
            "把报告包接收进登记库，并写出签署的回执。"
        case .registryIntakeDiscussion:
            """
            协会目前运行的离线接收。每个报告包都像 `selfassess verify --keyring` 那样，以登记库\
            的当天为准进行核验；其记录和（除非名册不认识其签名者）其字节被持久保存之后，才写出\
            回执：对于报告包 NAME.sabundle，写出 NAME.receipt.json（规范 JSON）和 \
            NAME.receipt.json.minisig，用 --receipt-key 签署。被拒绝的报告包也会得到回执，\
            其中写明未通过的检查的代码。之前接收过的报告包会再次得到相同的回执，不会产生第二条\
            记录。根本不是报告包的输入不会得到回执，也不保存任何内容。

            除非 --receipts 指定了文件夹，回执写在每个报告包旁边。\
            `selfassess receipt verify` 和 `minisign -Vm` 可以检查回执。

            示例：
              selfassess registry intake acme-2025.sabundle --data registry \\
                  --receipt-key society.key --keyring keyring.yaml --society-key society.pub
              selfassess registry intake submissions/2025/*.sabundle --data registry \\
                  --receipt-key society.key --keyring keyring.yaml --receipts receipts
              selfassess registry intake inbox/*.sabundle --data /srv/selfassess \\
                  --database postgres://selfassess@db.internal:5432/registry \\
                  --receipt-key society.key --keyring keyring.yaml --society-key society.pub

            退出码：0 每个报告包都被接受；1 有报告包被拒绝或不是报告包；2 输入输出失败（登记库、\
            密钥，或回执无法写入）；64 用法错误。
            """
        case .registryIntakeBundlesHelp:
            "要接收的报告包。"
        case .registryIntakeReceiptKeyHelp:
            "签署回执的协会私钥（PKCS#8 PEM，权限 0600）。"
        case .registryIntakeReceiptsHelp:
            "写入回执的文件夹（默认：各报告包所在的文件夹）。"
        case .serveAbstract:
            "通过 HTTP 运行登记库：接收提交，发出签署的回执。"
        case .serveDiscussion:
            """
            在 --listen（默认为本机回环地址）上提供 --data 中的登记库（由 \
            `selfassess registry init` 创建）；如需 TLS，请在其前面放置 nginx（docs/registry.md）。\
            报告包按 --keyring（只有 --society-key 验证了其签名才受信任）检查，与 \
            `registry intake` 的检查完全相同，回执用 --receipt-key 签署。加上 --database 时，\
            提交记录保存在 PostgreSQL 中，多个实例可以共用一个数据库和一个共享的 --data 文件夹。

              POST /v1/submissions?name=NAME   body: one bundle; answer: its receipt
              GET  /v1/receipts/SHA256         a receipt again, by the bundle's SHA-256
              GET  /v1/health                  liveness and load

            回执的正文与 NAME.receipt.json 逐字节相同；其签名文件以 base64 放在 Receipt-Signature \
            头部中。没有回执的拒绝是一个带有登记库代码的 RFC 9457 问题文档\
            （application/problem+json）。防滥用限制，按开销从低到高：每个地址的 --rate（429，\
            附 Retry-After）、--max-body（413）、同时进行的 --max-verifications 及等待中的 \
            --max-queued（503，附 Retry-After）。每个请求在标准错误上记录一行日志。

            SIGTERM 或 SIGINT 使其平稳停止：关闭监听套接字，进行中的提交完成并得到回执。

            示例：
              selfassess serve --data registry --receipt-key society.key \\
                  --keyring keyring.yaml --society-key society.pub
              selfassess serve --data registry --receipt-key society.key \\
                  --keyring keyring.yaml --society-key society.pub \\
                  --listen 127.0.0.1:0 --port-file registry.address --rate 10/min

            退出码：0 因信号停止；2 登记库、某个密钥或地址无法使用；64 用法错误。
            """
        case .serveListenHelp:
            "监听的地址 HOST:PORT（端口 0：任一空闲端口）。"
        case .serveMaxBodyHelp:
            "接收的最大报告包：字节数，或带 KiB、MiB、GiB。"
        case .serveMaxVerificationsHelp:
            "同时进行的核验最多这么多个（默认：处理器核数）。"
        case .serveMaxQueuedHelp:
            "等待核验的提交最多这么多个。"
        case .serveCheckpointIntervalHelp:
            "无论是否有人索取，至少每隔这么多分钟生成一个新的已签名日志检查点（每次提交也会生成一个）。"
        case .serveLogOriginHelp:
            "透明日志的来源名：其检查点的第一行（一个词，不含 +）。"
        case .logCommandAbstract: "检查登记处的透明日志。"
        case .logVerifyAbstract: "检查登记处的日志是否延续了你保存的检查点，以及其记录能否重新推导出该检查点。"
        case .logVerifyDiscussion:
            "用协会密钥验证检查点的签名，由日志记录重新推导其根哈希（可发现被删除或改写的记录），并验证从该检查点到日志当前状态的一致性证明（可发现分叉或被改写的历史）。给出 URL 时，通过登记处公开的日志接口获取其最新检查点、记录和一致性证明。发现问题时以其代码退出，退出码 1；无法读取登记处时退出码 2。见 docs/transparency.md。"
        case .logVerifyFromHelp: "你保存的检查点（已签名的 note，即 GET /v1/log/checkpoint 的回答）。"
        case .logVerifyToHelp: "登记处的数据文件夹，或其 URL（http:// 或 https://：其公开的日志接口）。"
        case .logVerifySocietyKeyHelp: "协会的公钥（minisign 或 PEM）。"
        case .logAuditAbstract: "对照登记处的存储检查日志中的每一次提交。"
        case .logAuditDiscussion:
            """
            读取登记处透明日志的每条记录，并对照其所指的提交检查（字段不符为 SR102，日志中没有的\
            提交为 SR091），检查已接受的报告包是否仍在存储中（SR103），以及每个已存储报告包的 \
            SHA-256 是否仍与日志相符（SR104）。按现用密钥环（登记处当前的密钥环或 --keyring）\
            检查过的已接受报告包，会以其接收当日重新验证：必须通过验证，且签署方和年份与日志\
            相符（SR104）。

            示例：
              selfassess log audit registry-data
              selfassess log audit registry-data --database postgres://registry@db/registry

            退出码：0 未发现问题；1 有发现（逐条列出代码）；2 无法读取登记处；64 用法错误。
            """
        case .logAuditFolderHelp: "登记处的数据文件夹（其中的报告包，未给 --database 时还有其数据库）。"
        case .serveRateHelp:
            "每个地址的提交频率：N/s、N/min、N/h 或 off。"
        case .servePortFileHelp:
            "开始监听后，把绑定的 HOST:PORT 写入此文件。"
        case .serveLogLevelHelp:
            "日志级别：trace、debug、info、notice、warning、error。"
        case .submitAbstract:
            "把报告包发送到协会的登记库，并保存其签署的回执。"
        case .submitDiscussion:
            """
            把每个报告包上传到 --to 指定的登记库（POST /v1/submissions），用协会的公钥验证答复的\
            回执（并核对它针对的是该报告包），然后把 NAME.receipt.json 和 \
            NAME.receipt.json.minisig（与 `registry intake` 写出的名称相同）保存在报告包旁边或 \
            --receipts 中。被拒绝的报告包也会得到回执，其中写明未通过的检查的代码。再次发送同一\
            报告包会得到相同的回执。登记库繁忙或限制该地址的频率（429、503）时，在其 Retry-After \
            之后重试，总共尝试 --attempts 次。

            示例：
              selfassess submit acme-2025.sabundle --to https://registry.example.org \\
                  --society-key society.pub
              selfassess submit out/*.sabundle --to http://127.0.0.1:8400 \\
                  --society-key society.pub --receipts receipts

            退出码：0 每个报告包都被接受；1 有报告包被拒绝（附原因）；2 无法连接登记库或其答复\
            有误（会写明网址），某个文件无法读取或写入；64 用法错误。
            """
        case .submitBundlesHelp:
            "要提交的报告包。"
        case .submitToHelp:
            "登记库的网址。"
        case .submitSocietyKeyHelp:
            "协会的公钥：SubjectPublicKeyInfo PEM 或 minisign 公钥。"
        case .submitAttemptsHelp:
            "登记库答复 429 或 503 时，每个报告包的尝试次数。"
        case .reportAbstract:
            "写出供人阅读的报告：一个自包含的 HTML 页面或一个 Markdown 文档。"
        case .reportDiscussion:
            """
            报告是合规负责人打印、协会分析人员阅读的文件：签约单位、年度、框架和声明；总分和\
            评级；关键指标未达标及其导致的上限和所引用的规则；每个条款一个条形图；每个指标的\
            回答、得分、备注和证据（附每个文件的 SHA-256）；提高分数最多的指标；加上 --prior 时\
            还有自该年度以来的变化。HTML 页面不从任何其他地方加载内容，按 A4 打印，每个条款一页。\
            相同的输入得到相同的字节。

            首先检查自评估（及上一年度的自评估）；无效的自评估只得到诊断信息，不生成报告。

            示例：
              selfassess report acme-2025 --out acme-2025.html
              selfassess report acme-2025 --prior acme-2024 --out acme-2025.html
              selfassess report acme-2025 --format markdown > acme-2025.md

            没有 --format 时，--out 指定的文件名以 .md 结尾的为 Markdown，其他均为 HTML。

            退出码：0 已写入；1 某份自评估无效；2 某个输入无法读取或输出无法写入；64 用法错误。
            """
        case .reportPathHelp:
            "自评估文件夹（或报告包）。"
        case .reportFormatHelp:
            "输出格式：html 或 markdown（默认：由 --out 的扩展名决定，否则为 html）。"
        case .reportOutHelp:
            "要写入的文件（以原子方式写入）；默认：标准输出。"
        case .reportPriorHelp:
            "上一年度的自评估，用于报告变化。"
        case .reportPriorFrameworkHelp:
            "上一年度的自评估作答的框架文件（不同时）。"
        case .schemaAbstract:
            "为编辑器写出 assessment.yaml 和条款文件的 JSON Schema。"
        case .schemaDiscussion:
            """
            为当前框架写出 assessment.schema.json 和 article.schema.json（JSON Schema draft \
            2020-12）。init 写出的文件以 `# yaml-language-server: $schema=schema/…` 这一行开头，\
            因此 VS Code 的 YAML 扩展可以补全和检查它们。

            示例：
              selfassess schema --out acme-2025/schema
              selfassess schema            # prints article.schema.json

            退出码：0 已写入；2 输入输出失败；64 用法错误。
            """
        case .schemaOutHelp:
            "写入数据结构描述的文件夹（默认：输出条款的 Schema）。"
        case .scoreAbstract:
            "为自评估评分：每个条款、总分、评级和关键指标未达标。"
        case .scoreDiscussion:
            """
            首先检查自评估；无效的自评估只得到诊断信息，不评分。评分模型和舍入规则见 \
            docs/scoring.md。

            示例：
              selfassess score acme-2025
              selfassess score acme-2025 --explain
              selfassess score acme-2025 --format json > scores.json
              selfassess score acme-2025 --format csv --explain > indicators.csv

            --explain 增加每个指标的回答、得分、权重和分值，不适用的指标及其理由，所施加的\
            上限，以及修正每个指标可使总分提高多少（从大到小）。JSON 总是包含所有这些内容。

            退出码：0 已评分；1 自评估无效；2 自评估无法读取；64 用法错误。
            """
        case .scorePathHelp:
            "自评估文件夹。"
        case .scoreFormatHelp:
            "输出格式：text、json、csv 或 markdown。"
        case .scoreExplainHelp:
            "显示每个指标在得分中的作用、上限，以及修正每个指标可提高的分数。"
        case .templatesAbstract:
            "写出根据框架生成的空白自评估模板。"
        case .templatesDiscussion:
            """
            项目 Templates/ 文件夹中的文件就是本命令针对内置框架的输出（`make templates` 会重新\
            生成它们）；两者不一致时测试会失败。

            示例：
              selfassess templates --out Templates
              selfassess templates --framework revised.yaml --out revised-templates

            退出码：0 已写入；1 框架无效；2 输入输出失败；64 用法错误。
            """
        case .templatesOutHelp:
            "写入模板的文件夹。"
        case .validateAbstract:
            "检查自评估文件夹或条款文件，一次报告所有问题。"
        case .validateDiscussion:
            """
            示例：
              selfassess validate acme-2025
              selfassess validate acme-2025/article-2.yaml --format json
              selfassess validate acme-2025 --format sarif > selfassess.sarif

            诊断代码列于 docs/diagnostics.md（`selfassess explain` 也会列出）。

            退出码：0 有效（除非加上 --strict，否则允许有警告）；1 无效；2 某个文件或文件夹无法\
            读取；64 用法错误。
            """
        case .validatePathsHelp:
            "自评估文件夹或条款文件。"
        case .validateFormatHelp:
            "输出格式：text、json、sarif 或 github。"
        case .validateStrictHelp:
            "决定退出码时把警告当作错误。"
        case .verifyAbstract:
            "用受信任的密钥或名册验证已签名的报告包，并根据其自身的字节重新评分。"
        case .verifyDiscussion:
            """
            只信任 --key 给出的密钥或名册中的密钥；报告包内的任何内容都不受信任。对每个报告包，\
            依次检查：ZIP 容器、签名文件、manifest.json 上的签名及其受信注释，然后是清单（严格、\
            规范）、密钥（签名密钥标识、签约单位、有效期）、文件（恰好是所列的文件，大小和 \
            SHA-256）、自评估（检查通过，且重新计算的得分与 results/scores.json 及摘要相同），\
            加上 --prior 时还检查链（序号、上一份清单的哈希、results/diff.json）。报告第一个\
            未通过的检查及其代码；docs/bundle.md 列出了这些代码。

            文本输出每个报告包一行：OK，或 FAIL 加代码和原因。--format json 写出 \
            docs/bundle.md 所述的文档。

            示例：
              selfassess verify acme-2025.sabundle --key acme.pub
              selfassess verify acme-2025.sabundle --key acme.pub --prior acme-2024.sabundle
              selfassess verify submissions/*.sabundle --keyring keyring.yaml --format json

            退出码：0 每个报告包都验证通过；1 有报告包未通过；2 某个报告包或密钥无法读取；\
            64 用法错误。
            """
        case .verifyBundlesHelp:
            "要验证的报告包。"
        case .verifyPriorHelp:
            "在签约单位的链中，每个报告包必须接续的报告包。"
        case .verifyFormatHelp:
            "输出格式：text 或 json。"
        case .colorOptionsColorHelp:
            "为输出着色（默认：在终端上着色，除非设置了 NO_COLOR）。"
        case .frameworkOptionsFrameworkHelp:
            "代替内置框架使用的框架文件。"
        case .societyKeyringOptionsKeyringHelp:
            "协会的名册，其中有已登记的签约单位密钥。"
        case .societyKeyringOptionsSocietyKeyHelp:
            "协会的公钥：只有 KEYRING.minisig 用它验证通过，才使用名册。"
        case .trustedKeyOptionsKeyHelp:
            "要信任的签约单位公钥：SubjectPublicKeyInfo PEM 或 minisign 公钥。"
        case .trustedKeyOptionsKeyringHelp:
            "协会的名册，其中有已登记的签约单位密钥。"
        case .trustedKeyOptionsSocietyKeyHelp:
            "协会的公钥：只有 KEYRING.minisig 用它验证通过，才使用名册。"
        case .toolAbstract:
            "2014 年《北京市移动互联网应用程序公众信息服务自律公约》自评估工具包。"
        case .toolDiscussion:
            """
            签约单位创建、检查、评分并签署其年度自评估；首都互联网协会核验报告包并汇总全行业的\
            情况。

            语言：--lang zh|en（可放在命令行的任何位置）选择消息和帮助的语言；未给出时依次看 \
            LC_ALL、LC_MESSAGES、LANG（zh 开头为中文），否则为英文。

            退出码：0 正常；1 发现问题（输入无效、验证未通过，或要求在退步时失败而出现了退步）；\
            2 输入输出或内部失败；64 用法错误。
            """
        }
    }

    /// The text in the tool's language (``CLILanguage/current``).
    var text: String { template(in: CLILanguage.current) }
}
