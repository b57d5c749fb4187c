import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    /// `selfassess bundle` (named `BundleCommand` so that it does not hide Foundation's `Bundle`).
    struct BundleCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bundle",
            abstract: "Pack, score and sign an assessment into one bundle file for the society.",
            discussion: """
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
                """)

        @Argument(help: ArgumentHelp("The assessment folder.", valueName: "dir"))
        var path: String

        @Option(
            help: ArgumentHelp(
                "The signatory's private key (PKCS#8 PEM, mode 0600).", valueName: "file"))
        var key: String

        @Option(
            help: ArgumentHelp(
                "Last year's bundle, to continue the chain and compare.", valueName: "bundle"))
        var prior: String?

        @Option(
            help: ArgumentHelp(
                "The bundle file to write (default: SIGNATORY-YEAR.sabundle).", valueName: "file"))
        var out: String?

        @Flag(help: "Replace an existing bundle file.")
        var force = false

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            func fail(_ error: BundleError) -> ExitCode {
                terminal.fail("\(error) [\(error.code)]", code: error.isInputOutputFailure ? 2 : 1)
            }
            let createdAt = try Self.creationTime(terminal)
            let framework = try frameworkOptions.load(terminal: terminal)
            guard
                FileReader.entryKind(URL(fileURLWithPath: path).resolvingSymlinksInPath())
                    == .directory
            else {
                throw terminal.fail("\(path): not an assessment folder", code: 2)
            }
            let input = try AssessmentInput.load(
                path, framework: framework, terminal: terminal, outcome: "bundled")
            guard let folder = input.source as? FolderSource else { throw ExitCode(2) }
            let signingKey: SigningKey
            do throws(KeyError) {
                signingKey = try KeyFile.readPrivateKey(
                    at: URL(fileURLWithPath: key), displayName: key)
            } catch {
                throw terminal.fail("\(error)", code: error.isInputOutputFailure ? 2 : 1)
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
                "Wrote \(target) (\(manifest.files.count + 2) entries, \(ByteCount.describe(size)))\n"
            text += "Signed with key \(signingKey.publicKey.keyID)\n"
            text +=
                "Signatory \(manifest.signatory.id) (\(manifest.signatory.name)), year \(manifest.year), sequence \(manifest.sequence)"
            if let priorBundle, let previous = manifest.previous {
                text +=
                    ", after \(priorBundle.displayName) (manifest sha256 \(previous.manifestSHA256))"
            }
            let summary = manifest.summary
            text +=
                "\nOverall \(summary.overall ?? "n/a") (\(summary.rating ?? "no rating")); critical failures: "
            text +=
                summary.criticalFailures.isEmpty
                ? "none\n" : summary.criticalFailures.joined(separator: ", ") + "\n"
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
                    "SOURCE_DATE_EPOCH=\(text) is not a number of seconds since 1970 (from 1980 to 9999)",
                    code: 64)
            }
            return time
        }
    }
}
