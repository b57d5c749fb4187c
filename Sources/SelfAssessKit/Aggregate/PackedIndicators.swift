import Foundation

/// The ids and articles of a framework's indicators, in framework order: shared by every record
/// packed against it, so that a packed record does not repeat them.
final class IndicatorLayout: Sendable {
    /// The indicator ids.
    let ids: [String]
    /// The article of each.
    let articles: [Int]

    /// The layout of a framework's indicators.
    init(_ framework: Framework) {
        ids = framework.indicators.map(\.id)
        articles = framework.indicators.map(\.article)
    }
}

/// A record's indicator results in a few bytes each.
///
/// Used while the record waits for the chains to be resolved (``ChainResolver/Candidate``): each answer as a tag (a yes, partial, no,
/// not-applicable or maturity answer needs no more; numbers, dates and texts are kept aside), each
/// exact score as its numerator and denominator in variable-length integers. The ids and
/// articles come from the shared ``IndicatorLayout``.
///
/// ``init(_:layout:)`` packs only what ``unpacked`` gives back equal, so a packed record is the
/// same record.
struct PackedIndicators: Sendable {
    private let layout: IndicatorLayout
    private var bytes: [UInt8] = []
    /// The answers the tags do not hold, in order.
    private var answers: [AnswerValue] = []

    private enum Tag: UInt8 {
        case none, yes, partial, no, notApplicable, maturity, aside
    }

    /// Packs indicator results laid out as `layout`; nil when they are laid out otherwise or a
    /// score does not fit 64 bits (the caller keeps them as they are).
    init?(_ indicators: [SignatoryRecord.IndicatorResult], layout: IndicatorLayout) {
        guard indicators.count == layout.ids.count else { return nil }
        self.layout = layout
        bytes.reserveCapacity(indicators.count * 4)
        for (index, result) in indicators.enumerated() {
            guard result.id == layout.ids[index], result.article == layout.articles[index] else {
                return nil
            }
            switch result.answer {
            case nil: bytes.append(Tag.none.rawValue)
            case .yes?: bytes.append(Tag.yes.rawValue)
            case .partial?: bytes.append(Tag.partial.rawValue)
            case .no?: bytes.append(Tag.no.rawValue)
            case .notApplicable?: bytes.append(Tag.notApplicable.rawValue)
            case .maturity(let level)? where (0...255).contains(level):
                bytes.append(Tag.maturity.rawValue)
                bytes.append(UInt8(level))
            case let answer?:
                bytes.append(Tag.aside.rawValue)
                answers.append(answer)
            }
            guard let exact = result.exact else {
                guard result.score == nil else { return nil }
                bytes.append(0)
                continue
            }
            guard let (numerator, denominator) = exact.smallParts,
                result.score == exact.rounded(places: Scorer.indicatorPlaces)
            else { return nil }
            bytes.append(1)
            Self.append(UInt64(bitPattern: (numerator << 1) ^ (numerator >> 63)), to: &bytes)
            Self.append(UInt64(bitPattern: denominator), to: &bytes)
        }
    }

    /// The indicator results again.
    var unpacked: [SignatoryRecord.IndicatorResult] {
        var results: [SignatoryRecord.IndicatorResult] = []
        results.reserveCapacity(layout.ids.count)
        var offset = 0
        var aside = 0
        for index in layout.ids.indices {
            let answer: AnswerValue?
            switch Tag(rawValue: bytes[offset]) {
            case .yes?: answer = .yes
            case .partial?: answer = .partial
            case .no?: answer = .no
            case .notApplicable?: answer = .notApplicable
            case .maturity?:
                offset += 1
                answer = .maturity(Int(bytes[offset]))
            case .aside?:
                answer = answers[aside]
                aside += 1
            case .none?, nil: answer = nil
            }
            offset += 1
            var exact: Ratio?
            if bytes[offset] == 1 {
                offset += 1
                let zigzag = Self.read(bytes, at: &offset)
                let numerator = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
                let denominator = Int64(bitPattern: Self.read(bytes, at: &offset))
                exact = Ratio(numerator: numerator, denominator: denominator)
            } else {
                offset += 1
            }
            results.append(
                SignatoryRecord.IndicatorResult(
                    id: layout.ids[index], article: layout.articles[index], answer: answer,
                    exact: exact))
        }
        return results
    }

    private static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private static func read(_ bytes: [UInt8], at offset: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
