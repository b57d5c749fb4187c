import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    /// `selfassess bundle` (named `BundleCommand` so that it does not hide Foundation's `Bundle`).
    struct BundleCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bundle",
            abstract: CLIHelp.bundleAbstract.text,
            discussion: CLIHelp.bundleDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.bundlePathHelp.text, valueName: "dir"))
        var path: String

        @Option(
            help: ArgumentHelp(
                CLIHelp.bundleKeyHelp.text, valueName: "file"))
        var key: String

        @Option(
            help: ArgumentHelp(
                CLIHelp.bundlePriorHelp.text, valueName: "bundle"))
        var prior: String?

        @Option(
            help: ArgumentHelp(
                CLIHelp.bundleOutHelp.text, valueName: "file"))
        var out: String?

        @Flag(help: ArgumentHelp(CLIHelp.bundleForceHelp.text))
        var force = false

        @Flag(help: ArgumentHelp(CLIHelp.bundleAllowUnreviewedHelp.text))
        var allowUnreviewed = false

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            func fail(_ error: BundleError) -> ExitCode {
                terminal.fail(
                    CLIMessages.failureWithCode.text([
                        "reason": CLILanguage.text(of: error), "code": "\(error.code)",
                    ]), code: error.isInputOutputFailure ? 2 : 1)
            }
            let createdAt = try Self.creationTime(terminal)
            let framework = try frameworkOptions.load(terminal: terminal)
            guard
                FileReader.entryKind(URL(fileURLWithPath: path).resolvingSymlinksInPath())
                    == .directory
            else {
                throw terminal.fail(CLIMessages.bundleNotAFolder.text(["path": path]), code: 2)
            }
            // An existing output (SB005) is said before validation's warnings, not after them.
            func refuseExisting(_ target: String) throws {
                // A device or a pipe is left to the refusal below (SB010), as before.
                guard !force, FileReader.entryKind(path: target) != .missing,
                    OutputTarget.refusal(at: target) == nil
                else { return }
                throw fail(.container(.exists(file: target)))
            }
            if let out { try refuseExisting(out) }
            let input = try AssessmentInput.load(
                path, framework: framework, terminal: terminal, outcome: .outcomeBundled,
                beforeWarnings: { assessment in
                    guard out == nil else { return }
                    try refuseExisting(
                        BundleLayout.fileName(
                            signatory: assessment.info.signatory.id, year: assessment.info.year))
                })
            guard let folder = input.source as? FolderSource else { throw ExitCode(2) }
            let unreviewed = input.assessment.unreviewed
            if !unreviewed.isEmpty, !allowUnreviewed {
                throw terminal.fail(
                    CLIMessages.bundleUnreviewed.text([
                        "path": .text(path), "count": .integer(unreviewed.count),
                        "ids": .list(unreviewed.map { .text($0) }, .and),
                    ]), code: 1)
            }
            let signingKey: SigningKey
            do throws(KeyError) {
                signingKey = try KeyFile.readPrivateKey(
                    at: URL(fileURLWithPath: key), displayName: key)
            } catch {
                throw terminal.fail(
                    CLILanguage.text(of: error), code: error.isInputOutputFailure ? 2 : 1)
            }
            let today = CalendarDate.today
            var priorBundle: PriorBundle?
            if let prior {
                do throws(BundleError) {
                    priorBundle = try PriorBundle.read(
                        URL(fileURLWithPath: prior), displayName: prior, framework: framework,
                        today: today)
                } catch {
                    throw fail(error)
                }
            }
            let info = input.assessment.info
            let target = out ?? BundleLayout.fileName(signatory: info.signatory.id, year: info.year)
            // A device or a named pipe at the target is refused before anything is packed.
            if let refusal = OutputTarget.refusal(at: target) {
                throw fail(.container(.notRegularTarget(file: target, reason: refusal)))
            }
            let builder = BundleBuilder(
                framework: input.framework, key: signingKey, createdAt: createdAt, today: today)
            let verified: VerifiedBundle
            do throws(BundleError) {
                let draft = try builder.draft(
                    input.assessment, from: folder, prior: priorBundle, bundleName: target)
                let prepared = try builder.sign(
                    draft, reports: AssessmentReport.bundleReports(for: draft))
                verified = try builder.write(
                    prepared, to: URL(fileURLWithPath: target), displayName: target,
                    overwrite: force)
            } catch {
                throw fail(error)
            }
            let manifest = verified.manifest
            let size = FileStatus.of(path: target, followingLinks: false)?.size ?? 0
            var text =
                CLIMessages.bundleWrote.text([
                    "file": .text(target), "entries": .integer(manifest.files.count + 2),
                    "size": .text(ByteCount.describe(size)),
                ]) + "\n"
            text +=
                CLIMessages.bundleSignedWith.text(["key": "\(signingKey.publicKey.keyID)"]) + "\n"
            text += CLIMessages.bundleSignatory.text([
                "id": .text(manifest.signatory.id), "name": .text(manifest.signatory.name),
                "year": .integer(manifest.year), "sequence": .integer(manifest.sequence),
            ])
            if let priorBundle, let previous = manifest.previous {
                text += CLIMessages.bundleAfterPrior.text([
                    "prior": priorBundle.displayName, "sha": previous.manifestSHA256,
                ])
            }
            let summary = manifest.summary
            let failures =
                summary.criticalFailures.isEmpty
                ? CLIMessages.bundleNoCriticalFailures.text()
                : summary.criticalFailures.joined(separator: ", ")
            text +=
                "\n"
                + CLIMessages.bundleOverall.text([
                    "overall": summary.overall ?? CLIMessages.bundleNoOverall.text(),
                    "rating": summary.rating ?? CLIMessages.bundleNoRating.text(),
                    "failures": failures,
                ]) + "\n"
            if !manifest.unreviewed.isEmpty {
                text +=
                    CLIMessages.bundleSignedUnreviewed.text([
                        "count": .integer(manifest.unreviewed.count),
                        "ids": .list(manifest.unreviewed.map { .text($0) }, .and),
                    ]) + "\n"
            }
            terminal.out(text)
        }

        /// The creation time: `SOURCE_DATE_EPOCH` when set and not empty, else now.
        static func creationTime(_ terminal: Terminal) throws -> BundleTimestamp {
            guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !text.isEmpty
            else {
                return BundleTimestamp(secondsSince1970: Int(Date().timeIntervalSince1970))
                    ?? .earliest
            }
            guard text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                let seconds = Int(text), let time = BundleTimestamp(secondsSince1970: seconds)
            else {
                throw terminal.fail(
                    CLIMessages.bundleSourceDateEpoch.text(["value": text]),
                    code: 64)
            }
            return time
        }
    }
}
