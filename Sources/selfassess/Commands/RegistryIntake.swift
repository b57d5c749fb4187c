import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand.RegistryCommand {
    struct Intake: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.registryIntakeAbstract.text,
            discussion: CLIHelp.registryIntakeDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.registryIntakeBundlesHelp.text, valueName: "bundle"))
        var bundles: [String]

        @OptionGroup var intakeOptions: RegistryIntakeOptions

        @Option(
            help: ArgumentHelp(
                CLIHelp.registryIntakeReceiptsHelp.text,
                valueName: "folder"))
        var receipts: String?

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard !bundles.isEmpty else {
                throw ValidationError(CLIMessages.intakeNoBundles.text())
            }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let intake = try intakeOptions.intake(framework: framework, terminal: terminal)

            var counts = (accepted: 0, refused: 0, notBundles: 0)
            var worst: Int32 = 0
            for bundle in bundles {
                do throws(RegistryError) {
                    let result = try take(bundle, into: intake, terminal: terminal)
                    switch result.entry.receipt.outcome {
                    case .accepted: counts.accepted += 1
                    case .refused:
                        counts.refused += 1
                        worst = max(worst, 1)
                    }
                } catch {
                    let code = registryFailure(error, terminal: terminal)
                    if case .notABundle = error { counts.notBundles += 1 }
                    if case .tooLarge = error { counts.notBundles += 1 }
                    worst = max(worst, code.rawValue)
                }
            }
            if bundles.count > 1 {
                let summary = RegistryMessage(
                    .intakeSummary,
                    [
                        "count": .integer(bundles.count), "accepted": .integer(counts.accepted),
                        "refused": .integer(counts.refused),
                        "notBundles": .integer(counts.notBundles),
                    ])
                terminal.out("\(summary.shown)\n")
            }
            if worst != 0 { throw ExitCode(worst) }
        }

        /// Takes one bundle in, prints its line and writes its receipt.
        private func take(
            _ bundle: String, into intake: RegistryIntake, terminal: Terminal
        ) throws(RegistryError) -> RegistryIntake.Result {
            let url = URL(fileURLWithPath: bundle)
            let bytes: [UInt8]
            switch FileReader.readRegularFile(url, maxSize: intake.maxBundleSize) {
            case .success(let read): bytes = read
            case .failure(.tooLarge(let size, let limit)):
                throw .tooLarge(file: bundle, size: size, limit: limit)
            case .failure(let failure):
                throw .submissionUnreadable(file: bundle, reason: failure.description)
            }
            let result = try intake.submit(bytes, name: url.lastPathComponent)
            let receipt = result.entry.receipt
            let line: RegistryMessage
            if !result.isNew {
                line = RegistryMessage(
                    .recordedBefore,
                    [
                        "file": .text(bundle), "entry": .text(receipt.entryID),
                        "received": .text(receipt.receivedAt.description),
                        "outcome": .text(
                            receipt.outcome.rawValue + (receipt.code.map { " [\($0)]" } ?? "")),
                    ])
            } else if receipt.outcome == .accepted {
                line = RegistryMessage(
                    .accepted,
                    [
                        "file": .text(bundle), "signatory": .text(receipt.signatory ?? "?"),
                        "year": .integer(receipt.year ?? 0),
                        "sequence": .integer(receipt.sequence ?? 0),
                        "entry": .text(receipt.entryID),
                    ])
            } else {
                line = RegistryMessage(
                    .refused,
                    [
                        "file": .text(bundle), "code": .text(receipt.code ?? ""),
                        "reason": .text(receipt.reason ?? ""), "entry": .text(receipt.entryID),
                    ])
            }
            terminal.out("\(line.shown)\n")
            let (receiptFile, signatureFile) = SignedReceipt.files(forBundle: bundle, in: receipts)
            for (target, content) in [
                (receiptFile, result.entry.signed.bytes),
                (signatureFile, result.entry.signed.signature),
            ] {
                do throws(FileWriteFailure) {
                    try AtomicFile.write(
                        Data(content), to: URL(fileURLWithPath: target), createFolders: true,
                        permissions: 0o644)
                } catch {
                    throw .receiptWriteFailed(file: target, reason: error.reason)
                }
            }
            let written = RegistryMessage(
                .receiptWritten, ["receipt": .text(receiptFile), "signature": .text(signatureFile)])
            terminal.out("\(written.shown)\n")
            return result
        }
    }
}
