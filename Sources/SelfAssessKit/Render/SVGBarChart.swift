public import Foundation

/// A horizontal bar chart of scores (0…100): one bar per row, coloured by the rating band its
/// value falls in, with the bands' thresholds drawn as dashed lines and named in a key below.
///
/// Suits per-article scores of one signatory, or per-article sector means.
public struct SVGBarChart: Sendable, Equatable {
    /// One bar.
    public struct Bar: Sendable, Equatable {
        /// The row's label.
        public var label: String
        /// The score (0…100), or nil for "no value" (shown as —).
        public var value: Decimal?

        /// Creates a bar.
        public init(label: String, value: Decimal?) {
            self.label = label
            self.value = value
        }
    }

    /// The chart's id, unique in the page.
    public var id: String
    /// The accessible title.
    public var title: String
    /// The accessible description; nil lists every bar's value.
    public var summary: String?
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// The rating bands (thresholds and colours); with none, bars are neutral.
    public var bands: [SVGBand]
    /// The width in CSS pixels (the chart scales down to fit its container).
    public var width: Double

    /// Creates a bar chart.
    public init(
        id: String, title: String, bars: [Bar], bands: [SVGBand] = [], summary: String? = nil, width: Double = 720
    ) {
        self.id = id
        self.title = title
        self.bars = bars
        self.bands = bands
        self.summary = summary
        self.width = width
    }

    /// The chart's `<svg>` markup.
    public func render() -> String {
        let top = 26.0
        let rowHeight = 26.0
        let labelWidth = min(width * 0.38, (bars.map { SVGCanvas.textWidth($0.label) }.max() ?? 0) + 12)
        let plotLeft = labelWidth
        let plotRight = width - 64
        let scale = SVGCanvas.scoreScale(left: plotLeft, right: plotRight)
        let axisY = top + Double(bars.count) * rowHeight + 4
        let description = summary
            ?? "Scores from 0 to 100. "
            + bars.map { "\($0.label): \(Self.text($0.value))" }.joined(separator: "; ") + "."
        let keyHeight = SVGCanvas.bandKeyHeight(bands, width: plotRight - plotLeft)
        var canvas = SVGCanvas(id: id, width: width, height: axisY + 30 + keyHeight, title: title, summary: description)
        for (index, bar) in bars.enumerated() {
            let rowTop = top + Double(index) * rowHeight
            canvas.rect(x: plotLeft, y: rowTop + 4, width: plotRight - plotLeft, height: 18, fill: "#f1f1f1")
            canvas.text(
                SVGCanvas.fitted(bar.label, width: labelWidth - 12), x: labelWidth - 8, y: rowTop + 17, anchor: .end)
            guard let value = bar.value else {
                canvas.text("—", x: plotLeft + 4, y: rowTop + 17, fill: "#666666")
                continue
            }
            let band = SVGBand.band(of: value, in: bands)
            let tone = band?.tone ?? .neutral
            let tooltip = "\(bar.label): \(Self.text(value))" + (band.map { " (\($0.label))" } ?? "")
            canvas.rect(
                x: plotLeft, y: rowTop + 4, width: scale(value) - plotLeft, height: 18, fill: tone.fill,
                tooltip: tooltip)
            canvas.text(Self.text(value), x: scale(value) + 4, y: rowTop + 17, bold: true)
        }
        canvas.thresholds(bands, scale: scale, top: top, bottom: axisY)
        canvas.scoreAxis(scale: scale, y: axisY)
        canvas.bandKey(bands, x: plotLeft, y: axisY + 26, width: plotRight - plotLeft)
        return canvas.render()
    }

    static func text(_ value: Decimal?) -> String {
        value.map { DecimalText.format($0, places: 2) } ?? "—"
    }
}
