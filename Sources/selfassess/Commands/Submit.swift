import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessServer

extension SelfAssessCommand {
    /// `selfassess submit`: a signatory sends its bundles to the society's registry.
    struct Submit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.submitAbstract.text,
            discussion: CLIHelp.submitDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.submitBundlesHelp.text, valueName: "bundle"))
        var bundles: [String]

        @Option(help: ArgumentHelp(CLIHelp.submitToHelp.text, valueName: "url"))
        var to: String

        @Option(help: ArgumentHelp(CLIHelp.submitSocietyKeyHelp.text, valueName: "file"))
        var societyKey: String

        @Option(help: ArgumentHelp(CLIHelp.registryIntakeReceiptsHelp.text, valueName: "folder"))
        var receipts: String?

        @Option(help: ArgumentHelp(CLIHelp.submitAttemptsHelp.text))
        var attempts = 3

        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard !bundles.isEmpty else {
                throw ValidationError(CLIMessages.submitNoBundles.text())
            }
            guard to.hasPrefix("http://") || to.hasPrefix("https://") else {
                throw ValidationError(CLIMessages.submitURL.text(["url": to]))
            }
            guard attempts >= 1 else { throw ValidationError(CLIMessages.submitAttempts.text()) }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            let key = try KeyringReport.publicKey(societyKey, terminal: terminal)
            let statuses = await RegistryClient.using(base: to) { client in
                var statuses: [Int32] = []
                for bundle in bundles {
                    statuses.append(
                        await send(bundle, client: client, key: key, terminal: terminal))
                }
                return statuses
            }
            var counts = (accepted: 0, refused: 0, failed: 0)
            var worst: Int32 = 0
            for status in statuses {
                switch status {
                case 0: counts.accepted += 1
                case 1: counts.refused += 1
                default: counts.failed += 1
                }
                worst = max(worst, status)
            }
            if bundles.count > 1 {
                let summary = RegistryMessage(
                    .submitSummary,
                    [
                        "count": .integer(bundles.count), "accepted": .integer(counts.accepted),
                        "refused": .integer(counts.refused), "failed": .integer(counts.failed),
                    ])
                terminal.out("\(summary.shown)\n")
            }
            if worst != 0 { throw ExitCode(worst) }
        }

        /// Sends one bundle, prints its line, writes its receipt; the bundle's exit status.
        private func send(
            _ bundle: String, client: RegistryClient, key: PublicKey, terminal: Terminal
        ) async -> Int32 {
            let url = URL(fileURLWithPath: bundle)
            let bytes: [UInt8]
            switch FileReader.readRegularFile(url, maxSize: 1 << 30) {
            case .success(let read): bytes = read
            case .failure(let failure):
                let error = RegistryError.submissionUnreadable(
                    file: bundle, reason: failure.description)
                terminal.error("\(error.shown) [\(error.code)]")
                return 2
            }
            let answer: RegistryClient.Answer
            do throws(RegistryHTTPError) {
                answer = try await client.submit(
                    bytes, name: url.lastPathComponent, attempts: attempts)
            } catch {
                terminal.error("\(bundle): \(error.shown) [\(error.code)]")
                return 2
            }
            switch answer {
            case .problem(let problem):
                let line = RegistryMessage(
                    .submitProblem,
                    [
                        "file": .text(bundle), "url": .text(client.base),
                        "status": .integer(problem.status), "code": .text(problem.code),
                        "detail": .text(problem.detail),
                    ])
                terminal.error(line.shown)
                // The bundle itself was refused (not a bundle, too large): 1; the registry could
                // not take it now (busy, rate, its own failure): 2.
                return problem.status == 413 || problem.status == 422 ? 1 : 2
            case .receipt(let receiptBytes, let signature, let isNew):
                return save(
                    bundle, sha256: BundleManifest.sha256(bytes), receipt: receiptBytes,
                    signature: signature, isNew: isNew, key: key, terminal: terminal)
            }
        }

        /// Verifies a receipt, writes it and its signature, prints the bundle's line.
        private func save(
            _ bundle: String, sha256: String, receipt bytes: [UInt8], signature: [UInt8],
            isNew: Bool, key: PublicKey, terminal: Terminal
        ) -> Int32 {
            let (receiptFile, signatureFile) = SignedReceipt.files(forBundle: bundle, in: receipts)
            let receipt: RegistryReceipt
            do throws(RegistryError) {
                receipt = try SignedReceipt.verify(
                    bytes, signature: signature, with: key, file: receiptFile
                ).receipt
                guard receipt.bundleSHA256 == sha256 else {
                    throw .receiptBundleMismatch(
                        file: receiptFile, bundle: bundle, receipt: receipt.bundleSHA256,
                        actual: sha256)
                }
                for (target, content) in [(receiptFile, bytes), (signatureFile, signature)] {
                    do throws(FileWriteFailure) {
                        try AtomicFile.write(
                            Data(content), to: URL(fileURLWithPath: target), createFolders: true,
                            permissions: 0o644)
                    } catch {
                        throw .receiptWriteFailed(file: target, reason: error.reason)
                    }
                }
            } catch {
                // A receipt that does not verify is the registry's fault, not the bundle's.
                terminal.error("\(to): \(error.shown) [\(error.code)]")
                return 2
            }
            let line: RegistryMessage
            if !isNew {
                line = RegistryMessage(
                    .submitRecordedBefore,
                    [
                        "file": .text(bundle), "entry": .text(receipt.entryID),
                        "received": .text(receipt.receivedAt.description),
                        "outcome": .text(
                            receipt.outcome.rawValue + (receipt.code.map { " [\($0)]" } ?? "")),
                        "receipt": .text(receiptFile),
                    ])
            } else if receipt.outcome == .accepted {
                line = RegistryMessage(
                    .submitAccepted,
                    [
                        "file": .text(bundle), "signatory": .text(receipt.signatory ?? "?"),
                        "year": .integer(receipt.year ?? 0),
                        "sequence": .integer(receipt.sequence ?? 0),
                        "entry": .text(receipt.entryID), "receipt": .text(receiptFile),
                    ])
            } else {
                line = RegistryMessage(
                    .submitRefused,
                    [
                        "file": .text(bundle), "code": .text(receipt.code ?? ""),
                        "reason": .text(receipt.reason ?? ""), "entry": .text(receipt.entryID),
                        "receipt": .text(receiptFile),
                    ])
            }
            terminal.out("\(line.shown)\n")
            return receipt.outcome == .accepted ? 0 : 1
        }
    }
}
