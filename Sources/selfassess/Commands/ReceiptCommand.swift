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
            let key = try KeyringReport.publicKey(societyKey, terminal: terminal)
            let signed: SignedReceipt
            do throws(RegistryError) {
                let bytes = try read(receipt, maxSize: RegistryReceipt.maxSize)
                let signatureFile = receipt + "." + SignedReceipt.signatureExtension
                let signature = try read(signatureFile, maxSize: MinisignSignature.maxSize)
                signed = try SignedReceipt.verify(
                    bytes, signature: signature, with: key, file: receipt)
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
            var lines = [
                RegistryMessage(
                    .receiptVerified,
                    ["file": .text(receipt), "key": .text(key.keyID.description)]
                ).shown,
                outcomeLine(signed.receipt).shown,
            ]
            do throws(LogError) {
                lines.append(try inLogLine(signed.receipt, key: key))
            } catch {
                throw logFailure(error, terminal: terminal)
            }
            if let bundle {
                do throws(RegistryError) {
                    let actual = try bundleSHA256(bundle)
                    guard actual == signed.receipt.bundleSHA256 else {
                        throw .receiptBundleMismatch(
                            file: receipt, bundle: bundle, receipt: signed.receipt.bundleSHA256,
                            actual: actual)
                    }
                } catch {
                    throw registryFailure(error, terminal: terminal)
                }
                lines.append(
                    RegistryMessage(.receiptBundleMatches, ["bundle": .text(bundle)]).shown)
            }
            terminal.out(lines.map { "\($0)\n" }.joined())
        }

        /// Where a v3 receipt is in the log, its proof checked offline; that a v1 or v2 receipt
        /// carries no proof.
        private func inLogLine(
            _ receipt: RegistryReceipt, key: PublicKey
        ) throws(LogError) -> String {
            let checkpoint = try LogVerifier.verifyReceipt(receipt, key: key, file: self.receipt)
            guard let checkpoint, let inclusion = receipt.log else {
                return CLIMessages.receiptNoProof.text([
                    "version": .text(receipt.version), "bundle": .text(receipt.bundleSHA256),
                ])
            }
            return CLIMessages.receiptInLog.text([
                "origin": .text(checkpoint.origin), "leaf": .integer(inclusion.leafIndex),
                "size": .integer(checkpoint.size), "time": .text(checkpoint.time.description),
            ])
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
