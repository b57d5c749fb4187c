import Foundation

/// A histogram of scores in the ten fixed bins of ``Distribution/histogram`` (0–10 … 90–100, the
/// last including 100), with counts above the bars and the bands' thresholds marked.
///
/// Each bar has the colour of the rating band its scores fall in, as the band key shows; a bin
/// that a threshold cuts (80–90 with a band from 85) is split at the threshold, each part in its
/// band's colour. Without bands the bars are neutral. The thresholds' labels have a row of their
/// own above the tallest bar's count.
struct SVGHistogram: Sendable, Equatable {
    /// The chart's id, unique in the page.
    var id: String
    /// The accessible title.
    var title: String
    /// The accessible description; nil lists every bin's count.
    var summary: String?
    /// The counts of the ten bins (missing bins count 0, extra ones are ignored).
    var counts: [Int]
    /// The rating bands, drawn as thresholds.
    var bands: [SVGBand]
    /// The width in CSS pixels.
    var width: Double
    /// The height in CSS pixels, the band key included.
    var height: Double

    /// Creates a histogram.
    init(
        id: String, title: String, counts: [Int], bands: [SVGBand] = [], summary: String? = nil,
        width: Double = 520, height: Double = 240
    ) {
        self.id = id
        self.title = title
        self.counts = counts
        self.bands = bands
        self.summary = summary
        self.width = width
        self.height = height
    }

    /// The chart's `<svg>` markup.
    func render() -> String {
        let bins = (0..<Distribution.binCount).map { $0 < counts.count ? max(0, counts[$0]) : 0 }
        let left = 44.0
        let right = width - 16
        // The thresholds' labels sit on a row above `top`; the bars and their counts stay below
        // `plotTop`, so a count never runs into a label (the tallest is below the ceiling).
        let top = 28.0
        let plotTop = bands.contains { $0.min > 0 } ? top + 14 : top
        let keyHeight = SVGCanvas.bandKeyHeight(bands, width: width - 60)
        let bottom = height - 34 - keyHeight
        let step = Self.tickStep(for: bins.max() ?? 0)
        // Room above the tallest bar for its count: the next gridline above it.
        let ceiling = ((bins.max() ?? 0) / step + 1) * step
        let x = { (score: Decimal) in left + (right - left) * SVGCanvas.double(score) / 100 }
        let y = { (count: Int) in bottom - (bottom - plotTop) * Double(count) / Double(ceiling) }
        let names = (0..<Distribution.binCount).map { "\($0 * 10)–\($0 * 10 + 10)" }
        let description =
            summary
            ?? "Number of scores in each 10-point range (the last includes 100): "
            + zip(names, bins).map { "\($0.0): \($0.1)" }.joined(separator: "; ") + "."
        var canvas = SVGCanvas(
            id: id, width: width, height: height, title: title, summary: description)
        for tick in stride(from: 0, through: ceiling, by: step) {
            canvas.line(
                x1: left, y1: y(tick), x2: right, y2: y(tick),
                stroke: tick == 0 ? "#888888" : "#e3e3e3")
            canvas.text(
                "\(tick)", x: left - 6, y: y(tick) + 4, anchor: .end, size: 10, fill: "#444444")
        }
        for (index, count) in bins.enumerated() {
            let x0 = x(Decimal(index * 10)) + 1.5
            let x1 = x(Decimal(index * 10 + 10)) - 1.5
            for part in Self.parts(from: Decimal(index * 10), to: Decimal(index * 10 + 10), bands) {
                let start = max(x0, x(part.from))
                let end = min(x1, x(part.to))
                guard end > start else { continue }
                canvas.rect(
                    x: start, y: y(count), width: end - start, height: bottom - y(count),
                    fill: part.tone.fill, tooltip: "\(names[index]): \(count)")
            }
        }
        for edge in stride(from: 0, through: 100, by: 10) {
            canvas.text(
                "\(edge)", x: x(Decimal(edge)), y: bottom + 16, anchor: .middle, size: 10,
                fill: "#444444")
        }
        canvas.thresholds(bands, scale: x, top: top, bottom: bottom)
        // The counts last, with a halo, so that a threshold line through a bar does not cross
        // its count.
        for (index, count) in bins.enumerated() where count > 0 {
            let middle = (x(Decimal(index * 10)) + x(Decimal(index * 10 + 10))) / 2
            canvas.text(
                "\(count)", x: middle, y: y(count) - 4, anchor: .middle, size: 10, halo: "#ffffff")
        }
        canvas.bandKey(bands, x: left, y: bottom + 24, width: width - 60)
        return canvas.render()
    }

    /// The parts of the score range `from..<to` that fall in each band, lowest first, with the
    /// band's tone; the whole range, neutral, when there are no bands.
    static func parts(
        from lower: Decimal, to upper: Decimal, _ bands: [SVGBand]
    ) -> [(from: Decimal, to: Decimal, tone: SVGTone)] {
        let ascending = bands.sorted { $0.min < $1.min }
        guard !ascending.isEmpty else { return [(lower, upper, .neutral)] }
        var parts: [(from: Decimal, to: Decimal, tone: SVGTone)] = []
        // Scores below the lowest band's minimum have no band: neutral.
        if let first = ascending.first, lower < first.min {
            parts.append((lower, min(upper, first.min), .neutral))
        }
        for (index, band) in ascending.enumerated() {
            let bandEnd = index + 1 < ascending.count ? ascending[index + 1].min : upper
            let from = max(lower, band.min)
            let to = min(upper, bandEnd)
            if from < to { parts.append((from, to, band.tone)) }
        }
        return parts
    }

    /// A step of 1, 2 or 5 × 10ⁿ giving at most about five gridlines.
    static func tickStep(for maximum: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] where maximum <= factor * magnitude * 5 {
                return factor * magnitude
            }
            magnitude *= 10
        }
    }
}
