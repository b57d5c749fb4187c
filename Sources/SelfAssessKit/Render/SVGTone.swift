import Foundation

/// The colours the report uses, from the Okabe–Ito palette, which stays distinguishable with the
/// common forms of colour blindness.
///
/// Charts never rely on colour alone: values are written out and thresholds are labelled.
enum SVGTone: String, Sendable, Hashable, CaseIterable {
    /// A good result (the top rating band).
    case good
    /// A middling result.
    case fair
    /// A poor result (the lowest band), or a severe step.
    case poor
    /// A value with no judgement attached.
    case neutral
    /// Something absent or not applicable.
    case muted

    /// The fill colour, as `#rrggbb`.
    var fill: String {
        switch self {
        case .good: "#009e73"
        case .fair: "#e69f00"
        case .poor: "#d55e00"
        case .neutral: "#0072b2"
        case .muted: "#bbbbbb"
        }
    }

    /// A light tint of ``fill`` for backgrounds and zones, on which dark text reads.
    var tint: String {
        switch self {
        case .good: "#d4efe6"
        case .fair: "#fbeccc"
        case .poor: "#f8dccb"
        case .neutral: "#d6e8f4"
        case .muted: "#eeeeee"
        }
    }

    /// The text colour that reads on ``fill``.
    var ink: String {
        switch self {
        case .good, .poor, .neutral: "#ffffff"
        case .fair, .muted: "#1b1b1b"
        }
    }

    /// The colours of data series (lines in trend charts), in order.
    static let series = [
        "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000",
    ]
}

/// A rating band as charts draw it: a threshold line at its minimum, and the colour of values in
/// it.
struct SVGBand: Sendable, Equatable {
    /// The band's label, such as "合规 Compliant".
    var label: String
    /// The lowest score in the band (0…100).
    var min: Decimal
    /// The colour of values in the band.
    var tone: SVGTone

    /// Creates a band.
    init(label: String, min: Decimal, tone: SVGTone) {
        self.label = label
        self.min = min
        self.tone = tone
    }

    /// The framework's bands, highest first: the top band good, the lowest poor, those between
    /// fair.
    ///
    /// Labels are the bands' bilingual titles.
    static func bands(of framework: Framework) -> [SVGBand] {
        let bands = framework.scoring.bands.sorted { $0.min > $1.min }
        return bands.enumerated().map { index, band in
            let tone: SVGTone =
                bands.count == 1 || index == 0 ? .good : index == bands.count - 1 ? .poor : .fair
            return SVGBand(label: band.title.combined, min: band.min, tone: tone)
        }
    }

    /// The band a value falls in (the first, highest first, whose minimum it reaches), or nil.
    static func band(of value: Decimal, in bands: [SVGBand]) -> SVGBand? {
        bands.sorted { $0.min > $1.min }.first { value >= $0.min }
    }
}
