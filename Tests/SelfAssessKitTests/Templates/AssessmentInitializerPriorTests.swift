import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The checks on the assessment `init --from` carries forward.
@Suite(.tags(.small))
struct AssessmentInitializerPriorTests {
    private static func report(_ folder: URL, named name: String) -> ValidationReport {
        Validator(framework: TestSupport.framework, today: TestSupport.today)
            .validate(path: folder, displayName: name)
    }

    @Test func anEarlierYearOfTheSameSignatoryIsCarriedWithoutWarnings() throws {
        let folder = TestSupport.sample("acme-2025")
        let prior = try AssessmentInitializer.Prior(
            Self.report(folder, named: "acme-2025"), folder: folder, displayName: "acme-2025",
            signatory: "acme", year: 2026)
        #expect(prior.assessment.info.year == 2025)
        #expect(prior.folder == folder)
        #expect(prior.warnings.isEmpty)
    }

    @Test func theSameYearAndAnotherSignatoryAreCarriedWithWarnings() throws {
        let folder = TestSupport.sample("acme-2025")
        let prior = try AssessmentInitializer.Prior(
            Self.report(folder, named: "acme-2025"), folder: folder, displayName: "acme-2025",
            signatory: "other", year: 2025)
        #expect(
            prior.warnings == [
                .sameYear(path: "acme-2025", year: 2025),
                .otherSignatory(path: "acme-2025", priorSignatory: "acme", signatory: "other"),
            ])
        #expect(
            prior.warnings.map(\.description) == [
                "acme-2025 is already the assessment of 2025; its answers are carried into the same year",
                "acme-2025 is signatory 'acme', not 'other'",
            ])
    }

    @Test func aLaterYearIsRefused() {
        let folder = TestSupport.sample("acme-2025")
        let error = #expect(throws: AssessmentInitializer.Failure.self) {
            try AssessmentInitializer.Prior(
                Self.report(folder, named: "acme-2025"), folder: folder,
                displayName: "acme-2025", signatory: "acme", year: 2024)
        }
        #expect(error == .priorLater(path: "acme-2025", priorYear: 2025, year: 2024))
        #expect(error?.isInputOutputFailure == false)
    }

    @Test func anInvalidPriorIsRefusedAndItsReportHasTheErrors() {
        let folder = TestSupport.sample("broken/acme-2025-draft")
        let report = Self.report(folder, named: "draft")
        #expect(report.hasErrors)
        let error = #expect(throws: AssessmentInitializer.Failure.self) {
            try AssessmentInitializer.Prior(
                report, folder: folder, displayName: "draft", signatory: "acme", year: 2026)
        }
        #expect(error == .priorInvalid(path: "draft"))
        #expect(error?.isInputOutputFailure == false)
    }

    @Test func aMissingPriorIsUnreadable() {
        let folder = TestSupport.sample("no-such-assessment")
        let error = #expect(throws: AssessmentInitializer.Failure.self) {
            try AssessmentInitializer.Prior(
                Self.report(folder, named: "gone"), folder: folder, displayName: "gone",
                signatory: "acme", year: 2026)
        }
        #expect(error == .priorUnreadable(path: "gone"))
        #expect(error?.isInputOutputFailure == true)
    }
}
