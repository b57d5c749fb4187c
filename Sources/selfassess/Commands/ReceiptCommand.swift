import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand {
    /// `selfassess receipt`: the registry's signed receipts.
    struct ReceiptCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "receipt",
            abstract: CLIHelp.receiptCommandAbstract.text,
            subcommands: [Verify.self])
    }
}

extension SelfAssessCommand.ReceiptCommand {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                CLIHelp.receiptCommandAbstract2.text,
            discussion: CLIHelp.receiptCommandDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.receiptCommandReceiptHelp.text, valueName: "receipt"))
        var receipt: String

        @Option(
            help: ArgumentHelp(
                CLIHelp.receiptCommandSocietyKeyHelp.text,
                valueName: "file"))
        var societyKey: String

        @Option(
            help: ArgumentHelp(CLIHelp.receiptCommandBundleHelp.text, valueName: "file"))
        var bundle: String?

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let key: PublicKey
            do throws(KeyError) {
                key = try KeyFile.readPublicKey(
                    fromEither: URL(fileURLWithPath: societyKey), displayName: societyKey)
            } catch {
                throw KeyringReport.failure(error, terminal: terminal)
            }
            do throws(RegistryError) {
                let bytes = try read(receipt, maxSize: RegistryReceipt.maxSize)
                let signatureFile = receipt + "." + SignedReceipt.signatureExtension
                let signature = try read(signatureFile, maxSize: MinisignSignature.maxSize)
                let signed = try SignedReceipt.verify(
                    bytes, signature: signature, with: key, file: receipt)
                var lines = [
                    RegistryMessage(
                        .receiptVerified,
                        ["file": .text(receipt), "key": .text(key.keyID.description)]),
                    outcomeLine(signed.receipt),
                ]
                if let bundle {
                    let actual = try bundleSHA256(bundle)
                    guard actual == signed.receipt.bundleSHA256 else {
                        throw .receiptBundleMismatch(
                            file: receipt, bundle: bundle, receipt: signed.receipt.bundleSHA256,
                            actual: actual)
                    }
                    lines.append(RegistryMessage(.receiptBundleMatches, ["bundle": .text(bundle)]))
                }
                terminal.out(lines.map { "\($0.shown)\n" }.joined())
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
        }

        private func outcomeLine(_ receipt: RegistryReceipt) -> RegistryMessage {
            let common: [String: RegistryMessage.Argument] = [
                "bundle": .text(receipt.bundleSHA256),
                "received": .text(receipt.receivedAt.description),
                "entry": .text(receipt.entryID),
            ]
            switch receipt.outcome {
            case .accepted:
                return RegistryMessage(
                    .receiptAccepted,
                    common.merging(
                        [
                            "signatory": .text(receipt.signatory ?? "?"),
                            "year": .integer(receipt.year ?? 0),
                            "sequence": .integer(receipt.sequence ?? 0),
                        ], uniquingKeysWith: { $1 }))
            case .refused:
                return RegistryMessage(
                    .receiptRefused,
                    common.merging(
                        ["code": .text(receipt.code ?? ""), "reason": .text(receipt.reason ?? "")],
                        uniquingKeysWith: { $1 }))
            }
        }

        private func read(_ file: String, maxSize: Int) throws(RegistryError) -> [UInt8] {
            switch FileReader.readRegularFile(URL(fileURLWithPath: file), maxSize: maxSize) {
            case .success(let bytes): return bytes
            case .failure(.tooLarge(let size, let limit)):
                throw .receiptMalformed(
                    file: file,
                    reason: CLIMessages.receiptTooLarge.text([
                        "size": .integer(size), "limit": .integer(limit),
                    ]))
            case .failure(let failure):
                throw .receiptUnreadable(file: file, reason: failure.description)
            }
        }

        private func bundleSHA256(_ file: String) throws(RegistryError) -> String {
            switch FileReader.readRegularFile(
                URL(fileURLWithPath: file), maxSize: RegistryIntake.defaultMaxBundleSize)
            {
            case .success(let bytes): return BundleManifest.sha256(bytes)
            case .failure(let failure):
                throw .receiptBundleUnreadable(file: file, reason: failure.description)
            }
        }
    }
}
