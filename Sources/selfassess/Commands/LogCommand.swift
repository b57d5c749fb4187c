import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessServer

extension SelfAssessCommand {
    /// `selfassess log`: the registry's transparency log (docs/transparency.md).
    struct LogCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: CLIHelp.logCommandAbstract.text,
            subcommands: [Verify.self, Audit.self])
    }
}

extension SelfAssessCommand.LogCommand {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.logVerifyAbstract.text,
            discussion: CLIHelp.logVerifyDiscussion.text)

        @Option(help: ArgumentHelp(CLIHelp.logVerifyFromHelp.text, valueName: "checkpoint"))
        var from: String

        @Option(help: ArgumentHelp(CLIHelp.logVerifyToHelp.text, valueName: "dir"))
        var to: String

        @Option(help: ArgumentHelp(CLIHelp.logVerifySocietyKeyHelp.text, valueName: "file"))
        var societyKey: String

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let key = try KeyringReport.publicKey(societyKey, terminal: terminal)
            let bytes: [UInt8]
            switch FileReader.readRegularFile(
                URL(fileURLWithPath: from), maxSize: LogCheckpoint.maxSize)
            {
            case .success(let read): bytes = read
            case .failure(let failure):
                throw logFailure(
                    .checkpointMalformed(file: from, reason: failure.description),
                    terminal: terminal,
                    code: 2)
            }
            if to.hasPrefix("http://") || to.hasPrefix("https://") {
                try await verifyRemote(bytes, key: key, terminal: terminal)
                return
            }
            let store: SQLiteRegistryStore
            do throws(RegistryError) {
                store = try SQLiteRegistryStore.open(at: URL(fileURLWithPath: to), displayName: to)
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
            do throws(LogError) {
                let checkpoint = try LogCheckpoint.verify(bytes, key: key, file: from)
                let log = TransparencyLog(store: store, source: to)
                // The registry's own latest checkpoint of the same size must have the same root.
                if let latest = try log.latestCheckpoint(key: key) {
                    try LogCheckpoint.checkNotForked(checkpoint, latest, source: to)
                }
                try LogVerifier.verifyEntries(of: log, against: checkpoint)
                let size = try log.size()
                let root = try log.root(size: size)
                guard
                    MerkleTree.verifyConsistency(
                        first: checkpoint.size, second: size, firstRoot: checkpoint.rootHash,
                        secondRoot: root,
                        proof: try log.consistencyProof(first: checkpoint.size, second: size))
                else {
                    throw .consistencyProof(file: to, first: checkpoint.size, second: size)
                }
                terminal.out(
                    CLIMessages.logVerified.text([
                        "folder": .text(to), "size": .integer(size), "file": .text(from),
                        "first": .integer(checkpoint.size), "key": .text(key.keyID.description),
                    ]) + "\n")
            } catch {
                if case .storage(let underlying) = error {
                    throw registryFailure(underlying, terminal: terminal)
                }
                throw logFailure(error, terminal: terminal, code: 1)
            }
        }

        /// The same checks over the registry's public log API: its latest checkpoint (signed by
        /// the same key, not a fork of the kept one), the entries up to the kept size (which must
        /// re-derive its root), and the consistency proof from the kept checkpoint to the latest.
        private func verifyRemote(_ bytes: [UInt8], key: PublicKey, terminal: Terminal) async throws
        {
            let outcome: Result<Int, LogError>
            do {
                outcome = try await RegistryClient.using(base: to) { client in
                    do {
                        let checkpoint = try LogCheckpoint.verify(bytes, key: key, file: from)
                        return .success(
                            try await Self.verify(checkpoint, key: key, client: client, source: to))
                    } catch let error as LogError {
                        return .failure(error)
                    }
                }
            } catch let error as RegistryHTTPError {
                throw terminal.fail(
                    CLIMessages.failureWithCode.text([
                        "reason": .text(error.shown), "code": .text(error.code),
                    ]),
                    code: 2)
            }
            switch outcome {
            case .success(let size):
                let first = (try? LogCheckpoint.verify(bytes, key: key, file: from).size) ?? 0
                terminal.out(
                    CLIMessages.logVerified.text([
                        "folder": .text(to), "size": .integer(size), "file": .text(from),
                        "first": .integer(first), "key": .text(key.keyID.description),
                    ]) + "\n")
            case .failure(let error):
                throw logFailure(error, terminal: terminal, code: 1)
            }
        }

        /// Checks a kept checkpoint against a registry over HTTP; the log's size now.
        ///
        /// - Throws: ``LogError`` for a finding, ``RegistryHTTPError`` when the registry cannot
        ///   be asked.
        static func verify(
            _ checkpoint: LogCheckpoint, key: PublicKey, client: RegistryClient, source: String
        ) async throws -> Int {
            let latest = try LogCheckpoint.verify(
                try await client.logCheckpoint(), key: key, origin: checkpoint.origin,
                file: source + " (latest checkpoint)")
            try LogCheckpoint.checkNotForked(checkpoint, latest, source: source)
            guard latest.size >= checkpoint.size else {
                throw LogError.entryDropped(
                    source: source, found: latest.size, size: checkpoint.size)
            }
            var entries: [[UInt8]] = []
            while entries.count < checkpoint.size {
                let page = try await client.logEntries(
                    from: entries.count,
                    to: min(checkpoint.size, entries.count + TransparencyLog.maxEntriesPerRead))
                if page.isEmpty { break }
                entries += page
            }
            guard entries.count == checkpoint.size else {
                throw LogError.entryDropped(
                    source: source, found: entries.count, size: checkpoint.size)
            }
            let leaves = entries.map(MerkleTree.leafHash)
            if MerkleTree.root(ofLeafHashes: leaves) != checkpoint.rootHash {
                // The first leaf whose inclusion proof (from the registry) fails was rewritten.
                for (index, leaf) in leaves.enumerated() {
                    let proof = try await client.logInclusionProof(
                        leaf: index, size: checkpoint.size)
                    if !MerkleTree.verifyInclusion(
                        leafHash: leaf, index: index, size: checkpoint.size, proof: proof,
                        root: checkpoint.rootHash)
                    {
                        throw LogError.entryRewritten(
                            source: source, leaf: index, size: checkpoint.size)
                    }
                }
                throw LogError.entryRewritten(source: source, leaf: 0, size: checkpoint.size)
            }
            try LogVerifier.verifyConsistency(
                from: checkpoint, to: latest,
                proof: try await client.logConsistencyProof(
                    first: checkpoint.size, second: latest.size),
                file: source)
            return latest.size
        }

    }
}

extension SelfAssessCommand.LogCommand {
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.logAuditAbstract.text,
            discussion: CLIHelp.logAuditDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.logAuditFolderHelp.text, valueName: "dir"))
        var folder: String

        @Option(help: ArgumentHelp(CLIHelp.registryDatabaseHelp.text, valueName: "url"))
        var database: String?

        @OptionGroup var keyringOptions: RegistryKeyringOptions
        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let store: any RegistryStore
            do throws(RegistryError) {
                store = try RegistryStoreOptions.open(data: folder, database: database)
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
            defer { (store as? PostgresRegistryStore)?.close() }
            let chosen = try keyringOptions.load(
                store: store, source: folder, framework: framework, terminal: terminal)
            let report: LogAudit.Report
            do throws(LogError) {
                report = try LogAudit(
                    store: store, source: folder, keyring: (chosen.keyring, chosen.serial),
                    framework: framework
                ).run()
            } catch {
                if case .storage(let underlying) = error {
                    throw registryFailure(underlying, terminal: terminal)
                }
                throw terminal.fail(
                    CLIMessages.failureWithCode.text([
                        "reason": .text(error.wording.text(in: CLILanguage.current)),
                        "code": .text(error.code),
                    ]),
                    code: 2)
            }
            var lines = report.findings.map { finding in
                CLIMessages.failureWithCode.text([
                    "reason": .text(finding.wording.text(in: CLILanguage.current)),
                    "code": .text(finding.code),
                ])
            }
            lines.append(
                CLIMessages.logAudited.text([
                    "source": .text(folder), "entries": .integer(report.entries),
                    "hashed": .integer(report.bundlesHashed),
                    "reverified": .integer(report.reverified),
                    "other": .integer(report.otherKeyring),
                    "findings": .integer(report.findings.count),
                ]))
            terminal.out(lines.map { $0 + "\n" }.joined())
            if !report.findings.isEmpty { throw ExitCode(1) }
        }
    }
}
