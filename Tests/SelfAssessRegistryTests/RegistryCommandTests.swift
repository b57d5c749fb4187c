import Foundation
import SampleSector
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// End to end: the built `selfassess` binary on a generated sector's bundles.
@Suite("registry and receipt commands", .tags(.large))
struct RegistryCommandTests {
    /// The intake's arguments for the sector, with receipts in `receipts`.
    static func intake(_ bundles: [String], sector: RegistryFixtures.Sector) -> [String] {
        let folder = sector.folder.path
        return ["registry", "intake"] + bundles + [
            "--data", "reg", "--receipt-key", "\(folder)/society.key",
            "--keyring", "\(folder)/keyring.yaml", "--society-key", "\(folder)/society.pub",
            "--receipts", "receipts",
        ]
    }

    static func receiptName(_ bundle: String) -> String {
        "receipts/" + URL(fileURLWithPath: bundle).deletingPathExtension().lastPathComponent
            + ".receipt.json"
    }

    @Test func takesASectorInAndEveryReceiptVerifies() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }

        let created = try await RegistryCLI.run(["registry", "init", "--data", "reg"], in: work)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(
            created.stdout
                == "Created a registry in reg: registry.sqlite (SQLite, WAL) and bundles/ for the bundles.\n"
        )

        let bundles = sector.plan.bundles.map { sector.folder.appendingPathComponent($0.file).path }
        let first = try await RegistryCLI.run(Self.intake(bundles, sector: sector), in: work)
        #expect(first.status == 1, "a bundle was refused: \(first.stderr)")
        let truncated = try sector.bundle(.truncated).path
        #expect(
            first.stderr.contains(
                "error: \(truncated.split(separator: "/").last ?? ""): not a selfassess bundle ([SB101]"
            ))
        #expect(first.stderr.contains("[SR001]"))
        let accepted = sector.plan.bundles.filter { $0.outcome != "rejected" }.count
        #expect(
            first.stdout.hasSuffix(
                "\(bundles.count) bundle(s): \(accepted) accepted, \(bundles.count - accepted - 1) refused, 1 not a bundle\n"
            ), "\(first.stdout)")

        for planned in sector.plan.bundles {
            let bundle = sector.folder.appendingPathComponent(planned.file).path
            let receipt = Self.receiptName(bundle)
            guard planned.plant != .truncated else {
                #expect(
                    !FileManager.default.fileExists(
                        atPath: work.appendingPathComponent(receipt).path))
                continue
            }
            let verified = try await RegistryCLI.run(
                [
                    "receipt", "verify", receipt, "--society-key",
                    "\(sector.folder.path)/society.pub", "--bundle", bundle,
                ], in: work)
            #expect(verified.status == 0, "\(receipt): \(verified.stderr)")
            #expect(verified.stdout.hasPrefix("\(receipt): receipt OK, signed by the society key "))
            #expect(verified.stdout.hasSuffix("  \(bundle) is the bundle this receipt is for\n"))
            #expect(
                verified.stdout.contains("\n  in the log selfassess-registry: leaf "),
                "\(verified.stdout)")
            if planned.outcome == "rejected", let code = planned.code, planned.plant != .duplicate {
                #expect(verified.stdout.contains("  refused [\(code)]: "), "\(verified.stdout)")
            } else {
                #expect(
                    verified.stdout.contains("  accepted: \(planned.signatory) \(planned.year), "),
                    "\(verified.stdout)")
            }
        }

        let receiptFile = work.appendingPathComponent(Self.receiptName(bundles[0]))
        let before = try Data(contentsOf: receiptFile)
        let again = try await RegistryCLI.run(Self.intake([bundles[0]], sector: sector), in: work)
        #expect(again.stdout.contains(": recorded before ("), "\(again.stdout)")
        #expect(try Data(contentsOf: receiptFile) == before)
        let store = try SQLiteRegistryStore.open(at: work.appendingPathComponent("reg"))
        #expect(try store.submissionCount() == bundles.count - 1)
    }

    @Test(.needs(.minisign))
    func minisignVerifiesAReceiptTheIntakeWrote() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try await RegistryCLI.run(["registry", "init", "--data", "reg"], in: work)
        let bundle = try sector.bundle(.tampered).path
        let intake = try await RegistryCLI.run(Self.intake([bundle], sector: sector), in: work)
        #expect(intake.status == 1)
        #expect(intake.stdout.contains(": refused [SB504] "))
        let exported = try await RegistryCLI.run(
            [
                "key", "export", "\(sector.folder.path)/society.pub", "--format", "minisign",
                "--out", "society.minisign.pub",
            ], in: work)
        #expect(exported.status == 0, "\(exported.stderr)")

        let tool = try #require(ExternalTool.minisign)
        let checked = try ExternalTool.run(
            tool, ["-Vm", Self.receiptName(bundle), "-p", "society.minisign.pub"], in: work)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("selfassess.receipt/v3 outcome=refused code=SB504 "))
    }

    @Test func receiptVerifyRefusesATamperedReceiptAndAnotherBundle() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try await RegistryCLI.run(["registry", "init", "--data", "reg"], in: work)
        let bundle = try sector.bundle(nil).path
        let intake = try await RegistryCLI.run(Self.intake([bundle], sector: sector), in: work)
        #expect(intake.status == 0, "\(intake.stderr)")
        let receipt = Self.receiptName(bundle)
        let societyKey = "\(sector.folder.path)/society.pub"

        let other = try sector.bundle(.tampered).path
        let mismatch = try await RegistryCLI.run(
            ["receipt", "verify", receipt, "--society-key", societyKey, "--bundle", other],
            in: work)
        #expect(mismatch.status == 1)
        #expect(
            mismatch.stderr.hasPrefix(
                "error: \(receipt): the receipt is for the bundle with SHA-256 "))
        #expect(mismatch.stderr.hasSuffix(" [SR034]\n"))

        let url = work.appendingPathComponent(receipt)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: #""outcome":"accepted""#, with: #""outcome":"refused""#)
            .write(to: url, atomically: true, encoding: .utf8)
        let tampered = try await RegistryCLI.run(
            ["receipt", "verify", receipt, "--society-key", societyKey], in: work)
        #expect(tampered.status == 1)
        #expect(
            tampered.stderr.hasPrefix(
                "error: \(receipt): the receipt's signature does not verify: "))
        #expect(tampered.stderr.hasSuffix(" [SR032]\n"))
        #expect(tampered.stdout.isEmpty)

        let missing = try await RegistryCLI.run(
            ["receipt", "verify", "none.receipt.json", "--society-key", societyKey], in: work)
        #expect(missing.status == 2)
        #expect(
            missing.stderr
                == "error: none.receipt.json: cannot read the receipt: no such file [SR030]\n")
    }

    /// Two intakes of the same bundles at once, on one data folder: one row per bundle, and
    /// both processes give out the same receipts.
    @Test func twoIntakesAtOnceRecordEachBundleOnce() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try await RegistryCLI.run(["registry", "init", "--data", "reg"], in: work)
        let bundles = sector.plan.bundles.filter { $0.plant != .truncated }.map {
            sector.folder.appendingPathComponent($0.file).path
        }
        func intake(into receipts: String) -> [String] {
            Self.intake(bundles, sector: sector).map { $0 == "receipts" ? receipts : $0 }
        }
        async let first = RegistryCLI.run(intake(into: "one"), in: work)
        async let second = RegistryCLI.run(intake(into: "two"), in: work)
        let results = try await [first, second]
        for result in results {
            #expect(result.status == 1, "refused bundles among them: \(result.stderr)")
            #expect(!result.stderr.contains("[SR0"), "\(result.stderr)")
        }
        let store = try SQLiteRegistryStore.open(at: work.appendingPathComponent("reg"))
        #expect(try store.submissionCount() == bundles.count)
        let one = work.appendingPathComponent("one"), two = work.appendingPathComponent("two")
        let names = RegistryFixtures.files(under: one)
        #expect(names.count == 2 * bundles.count)
        #expect(RegistryFixtures.files(under: two) == names)
        for name in names {
            #expect(
                try Data(contentsOf: one.appendingPathComponent(name))
                    == Data(contentsOf: two.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func aMissingBundleIsAnInputOutputFailureAndTheOthersAreTakenIn() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try await RegistryCLI.run(["registry", "init", "--data", "reg"], in: work)
        let bundle = try sector.bundle(nil).path
        let result = try await RegistryCLI.run(
            Self.intake(["missing.sabundle", bundle], sector: sector), in: work)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: missing.sabundle: cannot read the submitted bundle: no such file [SR016]\n"
        )
        #expect(result.stdout.contains("\(bundle): accepted: "))
        #expect(result.stdout.hasSuffix("2 bundle(s): 1 accepted, 0 refused, 0 not a bundle\n"))
        #expect(
            FileManager.default.fileExists(
                atPath: work.appendingPathComponent(Self.receiptName(bundle)).path))
    }

    @Test func intakeNeedsAnInitializedRegistry() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try await RegistryCLI.run(
            Self.intake([try sector.bundle(nil).path], sector: sector), in: work)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: reg: no registry here (no registry.sqlite); create one with `selfassess registry init --data reg` [SR010]\n"
        )
        #expect(
            !FileManager.default.fileExists(atPath: work.appendingPathComponent("receipts").path))
    }
}
