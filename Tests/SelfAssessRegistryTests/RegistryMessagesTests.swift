import Foundation
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
}
