import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// The registry's catalog of wordings and its codes.
@Suite("registry messages")
struct RegistryMessagesTests {
    @Test func everyMessageFillsItsPlaceholders() {
        let errors: [RegistryError] = [
            .notABundle(file: "f", code: "SB101", reason: "r"),
            .tooLarge(file: "f", size: 2, limit: 1),
            .notInitialized(folder: "d", database: "db"),
            .alreadyInitialized(folder: "d", database: "db"),
            .database(file: "f", reason: "r"), .bundleWriteFailed(file: "f", reason: "r"),
            .bundleReadFailed(file: "f", reason: "r"),
            .submissionUnreadable(file: "f", reason: "r"),
            .bundleDamaged(file: "f", expected: "e", actual: "a"),
            .receiptSigningFailed(file: "f", reason: "r"),
            .receiptWriteFailed(file: "f", reason: "r"),
            .receiptUnreadable(file: "f", reason: "r"), .receiptMalformed(file: "f", reason: "r"),
            .receiptSignature(file: "f", reason: "r"),
            .receiptTrustedComment(file: "f", expected: "e", found: "x"),
            .receiptBundleMismatch(file: "f", bundle: "b", receipt: "r", actual: "a"),
            .receiptBundleUnreadable(file: "f", reason: "r"),
            .databaseURL(url: "d", reason: "r"),
            .databaseNotInitialized(database: "d", table: "t"),
            .databaseAlreadyInitialized(database: "d", table: "t"),
            .databaseConnection(database: "d", reason: "r"),
        ]
        for error in errors {
            let message = error.message
            let placeholders = RegistryMessage.placeholders(in: message.key.english)
            #expect(placeholders == Set(message.arguments.keys), "\(message.key)")
            #expect(error.code.hasPrefix("SR"))
            #expect(error.description.hasPrefix("f: ") || error.description.hasPrefix("d: "))
        }
        let codes = errors.map(\.code)
        #expect(Set(codes).count == codes.count, "every failure has its own code")
        for key in RegistryMessages.allCases {
            #expect(key.template(in: .english) == key.english)
        }
    }

    /// docs/registry.md lists every SR code the catalog has, and no other.
    @Test func theDocumentationListsEveryCode() throws {
        let text = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/registry.md"),
            encoding: .utf8)
        let documented = Set(
            text.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("| SR") else { return nil }
                return String(line.dropFirst(2).prefix(5))
            })
        let codes = Set(RegistryMessages.allCases.map(\.code).filter { $0.hasPrefix("SR") })
        #expect(documented == codes)
    }

    @Test func argumentsAreFilledOnceAndLiterally() {
        let message = RegistryMessage(
            .receiptUnreadable, ["file": .text("{reason}.json"), "reason": .text("gone")])
        #expect(message.description == "{reason}.json: cannot read the receipt: gone")
        #expect(message.code == "SR030")
    }

    /// Every key reads in Chinese too, with the English placeholders (the kit's one check).
    @Test func everyKeyHasItsChineseTextWithTheSamePlaceholders() {
        #expect(
            MessageCatalogs.translationProblems([MessageCatalogs.entry(RegistryMessages.self)])
                == [])
        let message = RegistryMessage(
            .receiptUnreadable, ["file": .text("r.json"), "reason": .text("gone")])
        #expect(message.text(in: .chinese) == "r.json：无法读取回执：gone")
    }

    /// `registry` prints in the CLI's language: its lines and its failures.
    @Test func theRegistryCommandsSpeakTheCLIsLanguage() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try await RegistryCLI.run(
            ["registry", "init", "--data", "data", "--lang", "zh"], in: folder)
        #expect(created.status == 0)
        #expect(created.stdout.hasPrefix("已在 data 中创建登记库"), "\(created.stdout)")
        let again = try await RegistryCLI.run(
            ["registry", "init", "--data", "data", "--lang", "zh"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("data：此处已有登记库"), "\(again.stderr)")
        let english = try await RegistryCLI.run(
            ["registry", "init", "--data", "data", "--lang", "en"], in: folder)
        #expect(english.stderr.contains("data: a registry already exists here"))
    }
}
