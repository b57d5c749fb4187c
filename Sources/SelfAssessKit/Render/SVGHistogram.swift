import Foundation

/// A histogram of scores in the ten fixed bins of ``Distribution/histogram`` (0–10 … 90–100, the
/// last including 100), with counts above the bars and the bands' thresholds marked.
public struct SVGHistogram: Sendable, Equatable {
    /// The chart's id, unique in the page.
    public var id: String
    /// The accessible title.
    public var title: String
    /// The accessible description; nil lists every bin's count.
    public var summary: String?
    /// The counts of the ten bins (missing bins count 0, extra ones are ignored).
    public var counts: [Int]
    /// The rating bands, drawn as thresholds.
    public var bands: [SVGBand]
    /// The width in CSS pixels.
    public var width: Double
    /// The height in CSS pixels, the band key included.
    public var height: Double

    /// Creates a histogram.
    public init(
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
    public func render() -> String {
        let bins = (0..<Distribution.binCount).map { $0 < counts.count ? max(0, counts[$0]) : 0 }
        let left = 44.0
        let right = width - 16
        let top = 28.0
        let keyHeight = SVGCanvas.bandKeyHeight(bands, width: width - 60)
        let bottom = height - 34 - keyHeight
        let step = Self.tickStep(for: bins.max() ?? 0)
        // Room above the tallest bar for its count: the next gridline above it.
        let ceiling = ((bins.max() ?? 0) / step + 1) * step
        let x = { (score: Decimal) in left + (right - left) * SVGCanvas.double(score) / 100 }
        let y = { (count: Int) in bottom - (bottom - top) * Double(count) / Double(ceiling) }
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
            canvas.rect(
                x: x0, y: y(count), width: x1 - x0, height: bottom - y(count),
                fill: SVGTone.neutral.fill,
                tooltip: "\(names[index]): \(count)")
            if count > 0 {
                canvas.text(
                    "\(count)", x: (x0 + x1) / 2, y: y(count) - 4, anchor: .middle, size: 10)
            }
        }
        for edge in stride(from: 0, through: 100, by: 10) {
            canvas.text(
                "\(edge)", x: x(Decimal(edge)), y: bottom + 16, anchor: .middle, size: 10,
                fill: "#444444")
        }
        canvas.thresholds(bands, scale: x, top: top, bottom: bottom)
        canvas.bandKey(bands, x: left, y: bottom + 24, width: width - 60)
        return canvas.render()
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
