import ArgumentParser
import Foundation
import SampleSector
import SelfAssessKit

/// `samplegen`: makes a synthetic sector for demonstrations, tests and benchmarks.
///
/// Not installed with the tool.
@main
struct SampleGenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samplegen",
        abstract: "Make a synthetic sector of signed bundles, with problems planted, from a seed.",
        discussion: """
            Writes into --out (which must not exist or be empty): the society's key pair and its \
            signed keyring, each signatory's key pair, the assessment folders, the bundles under \
            submissions/YEAR/, and planted.json, which lists every bundle with the outcome \
            `selfassess aggregate` must reach (accepted, rejected with reason and code, superseded), \
            the signatory-years with nothing submitted, and the breaks planted in chains. The same \
            seed gives the same files. The keys come from the seed: use them for samples only.

            Example:
              samplegen --seed 2014 --signatories 50 --years 2 --out sector
              selfassess aggregate sector/submissions --keyring sector/keyring.yaml \\
                --society-key sector/society.pub --out sector-report

            Exit codes: 0 made, 1 refused (the folder is not empty), 2 a file could not be written, \
            64 usage.
            """)

    @Option(help: "The seed.")
    var seed: UInt64 = 2014

    @Option(help: "The number of signatories.")
    var signatories: Int = 50

    @Option(help: "The number of reporting years, ending in 2025 unless --first-year is given.")
    var years: Int = 2

    @Option(help: ArgumentHelp("The first reporting year.", valueName: "yyyy"))
    var firstYear: Int?

    @Option(help: ArgumentHelp("The folder to make the sector in.", valueName: "dir"))
    var out: String

    @Flag(
        help: "Remove the assessment folders once their bundles are made (keeps the disk use down)."
    )
    var noAssessments = false

    @Option(
        help: ArgumentHelp(
            "Signatories made at the same time (default: the number of processors).", valueName: "n"
        ))
    var jobs: Int?

    func validate() throws {
        guard signatories >= 1 else { throw ValidationError("--signatories: give at least 1.") }
        guard (1...10).contains(years) else { throw ValidationError("--years: give 1 to 10.") }
        if let firstYear, !(2014...2100).contains(firstYear) {
            throw ValidationError("--first-year: from 2014.")
        }
    }

    func run() async throws {
        let framework = FrameworkLoader.builtin.framework
        guard let framework else {
            FileHandle.standardError.write(
                Data("internal error: the built-in framework does not load\n".utf8))
            throw ExitCode(2)
        }
        let options = SectorGenerator.Options(
            seed: seed, signatories: signatories, years: years, firstYear: firstYear,
            concurrency: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            keepAssessments: !noAssessments)
        let components = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC") ?? .current, from: Date())
        let today =
            CalendarDate(
                year: components.year ?? 2026, month: components.month ?? 1,
                day: components.day ?? 1)
            ?? .startOfYear(2026)
        let generator = SectorGenerator(framework: framework, options: options, today: today)
        let started = Date()
        let plan: SamplePlan
        do throws(SampleGeneratorError) {
            plan = try await generator.generate(into: URL(fileURLWithPath: out))
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            if case .outputExists = error { throw ExitCode(1) }
            throw ExitCode(2)
        }
        let seconds = Date().timeIntervalSince(started)
        let planted = plan.signatories.compactMap(\.plant)
        var text =
            "Made \(plan.bundles.count) bundles for \(plan.signatories.count) signatories over "
        text +=
            "\(plan.years.map(String.init).joined(separator: ", ")) in \(out) (\(String(format: "%.1f", seconds)) s)\n"
        text +=
            "Planted: "
            + (planted.isEmpty ? "nothing" : planted.map(\.rawValue).joined(separator: ", ")) + "\n"
        text +=
            "Missing: \(plan.missing.count) signatory-years; expected outcomes in \(out)/planted.json\n"
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
