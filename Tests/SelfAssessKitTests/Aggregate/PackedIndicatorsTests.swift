import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// `aggregate` keeps each verified bundle's indicator results packed while the chains are
/// resolved (issue 13: memory flat in the number of bundles); the record read back is the record
/// made, answers (numbers, dates, texts, maturity levels), exact scores and all.
@Suite(.tags(.medium))
struct PackedIndicatorsTests {
    static func record(_ sample: String) throws -> SignatoryRecord {
        let framework = TestSupport.framework
        let validator = Validator(framework: framework, today: TestSupport.today)
        let report = validator.validate(
            FolderSource(folder: TestSupport.sample(sample), displayRoot: sample))
        let assessment = try #require(report.assessments.first)
        return SignatoryRecord(score: Scorer.score(assessment, using: framework))
    }

    static func bundle(_ record: SignatoryRecord) -> SubmittedBundle {
        SubmittedBundle(
            file: "\(record.signatory).sabundle", signatory: record.signatory, year: record.year,
            sequence: 1, manifestSHA256: String(repeating: "a", count: 64), previous: nil,
            createdAt: .earliest)
    }

    @Test(arguments: ["acme-2024", "acme-2025", "huabei-news-2025"])
    func aPackedRecordReadsBackTheSame(sample: String) throws {
        let record = try Self.record(sample)
        let layout = IndicatorLayout(TestSupport.framework)
        let packed = ChainResolver.Candidate(
            bundle: Self.bundle(record), record: record, layout: layout)
        #expect(packed.record == record)
        #expect(packed == ChainResolver.Candidate(bundle: Self.bundle(record), record: record))
        // The samples answer with tags (yes, partial, no) and with values kept aside.
        let kinds = Set(record.indicators.compactMap { $0.answer.map(Self.kind) })
        #expect(kinds.contains("yes") && kinds.count > 1)
    }

    @Test func numbersDatesTextsAndLargeScoresReadBackTheSame() throws {
        var record = try Self.record("acme-2025")
        let answers: [AnswerValue?] = [
            .number(Decimal(string: "12.345") ?? 0), .date(.startOfYear(2025)), .text("说明 text"),
            .maturity(3), .maturity(1000), nil, .notApplicable, .partial, .no,
        ]
        for index in record.indicators.indices {
            record.indicators[index].answer = answers[index % answers.count]
        }
        record.indicators[0].exact = Ratio(numerator: -7, denominator: 3)
        record.indicators[1].exact = Ratio(numerator: .max, denominator: 3)
        record.indicators[2].exact = nil
        record.indicators[2].score = nil
        for index in 0..<3 {
            record.indicators[index].score = record.indicators[index].exact?.rounded(
                places: Scorer.indicatorPlaces)
        }
        let layout = IndicatorLayout(TestSupport.framework)
        let candidate = ChainResolver.Candidate(
            bundle: Self.bundle(record), record: record, layout: layout)
        #expect(candidate.record == record)
    }

    /// Results that do not follow the layout (another framework, a score rounded otherwise) are
    /// kept as they are.
    @Test func resultsOffTheLayoutAreKeptAsTheyAre() throws {
        var record = try Self.record("acme-2025")
        let layout = IndicatorLayout(TestSupport.framework)
        var shuffled = record
        shuffled.indicators.reverse()
        #expect(
            ChainResolver.Candidate(bundle: Self.bundle(shuffled), record: shuffled, layout: layout)
                .record == shuffled)
        let scored = try #require(record.indicators.firstIndex { $0.exact != nil })
        record.indicators[scored].score = Decimal(string: "0.123456")
        #expect(
            ChainResolver.Candidate(bundle: Self.bundle(record), record: record, layout: layout)
                .record == record)
    }

    static func kind(_ answer: AnswerValue) -> String {
        switch answer {
        case .yes, .partial, .no: "yes"
        case .maturity: "maturity"
        case .number: "number"
        case .date: "date"
        case .text: "text"
        case .notApplicable: "not-applicable"
        }
    }
}
