import Foundation

/// A ranked list of bars, one row per item: rank, label, a short description, a bar and the value
/// (0…100, written with a unit such as %).
///
/// Suits the indicator compliance ranking.
///
/// Items are drawn in the order given; sort them first.
struct SVGRankedBars: Sendable, Equatable {
    /// One row.
    struct Item: Sendable, Equatable {
        /// The short label, such as an indicator id.
        var label: String
        /// A longer description, cut to fit.
        var detail: String
        /// The value (0…100), or nil.
        var value: Decimal?

        /// Creates an item.
        init(label: String, detail: String = "", value: Decimal?) {
            self.label = label
            self.detail = detail
            self.value = value
        }
    }

    /// The chart's id, unique in the page.
    var id: String
    /// The accessible title.
    var title: String
    /// The accessible description; nil lists every item.
    var summary: String?
    /// The rows, top to bottom.
    var items: [Item]
    /// Bands to colour the bars by, named in a key below (with none, bars are neutral);
    /// thresholds are not drawn.
    var bands: [SVGBand]
    /// The unit written after values.
    var unit: String
    /// The width in CSS pixels.
    var width: Double

    /// Creates a ranked bar list.
    init(
        id: String, title: String, items: [Item], bands: [SVGBand] = [], unit: String = "%",
        summary: String? = nil,
        width: Double = 720
    ) {
        self.id = id
        self.title = title
        self.items = items
        self.bands = bands
        self.unit = unit
        self.summary = summary
        self.width = width
    }

    /// The chart's `<svg>` markup.
    func render() -> String {
        let rowHeight = 24.0
        let top = 8.0
        let rankWidth = 28.0
        let labelWidth = min(
            90, (items.map { SVGCanvas.textWidth($0.label, size: 12) }.max() ?? 0) + 12)
        let detailLeft = rankWidth + labelWidth
        let plotLeft = detailLeft + (width - detailLeft) * 0.45
        let plotRight = width - 72
        let scale = SVGCanvas.scoreScale(left: plotLeft, right: plotRight)
        let axisY = top + Double(items.count) * rowHeight + 4
        let description =
            summary
            ?? items.enumerated()
            .map {
                "\($0.offset + 1). \($0.element.label) \($0.element.detail): \(text($0.element.value))"
            }
            .joined(separator: "; ") + "."
        let keyHeight = SVGCanvas.bandKeyHeight(bands, width: plotRight - plotLeft)
        var canvas = SVGCanvas(
            id: id, width: width, height: axisY + 30 + keyHeight, title: title, summary: description
        )
        for (index, item) in items.enumerated() {
            let rowTop = top + Double(index) * rowHeight
            let baseline = rowTop + 16
            canvas.text(
                "\(index + 1)", x: rankWidth - 8, y: baseline, anchor: .end, fill: "#666666")
            canvas.text(item.label, x: rankWidth, y: baseline, bold: true)
            canvas.text(
                SVGCanvas.fitted(item.detail, width: plotLeft - detailLeft - 10), x: detailLeft,
                y: baseline)
            canvas.rect(
                x: plotLeft, y: rowTop + 4, width: plotRight - plotLeft, height: 16, fill: "#f1f1f1"
            )
            guard let value = item.value else {
                canvas.text("—", x: plotLeft + 4, y: baseline, fill: "#666666")
                continue
            }
            let tone =
                bands.isEmpty
                ? SVGTone.neutral : SVGBand.band(of: value, in: bands)?.tone ?? .neutral
            canvas.rect(
                x: plotLeft, y: rowTop + 4, width: scale(value) - plotLeft, height: 16,
                fill: tone.fill,
                tooltip: "\(item.label) \(item.detail): \(text(value))")
            canvas.text(text(value), x: scale(value) + 4, y: baseline, bold: true)
        }
        canvas.scoreAxis(scale: scale, y: axisY, suffix: unit == "%" ? "%" : "")
        canvas.bandKey(bands, x: plotLeft, y: axisY + 26, width: plotRight - plotLeft)
        return canvas.render()
    }

    private func text(_ value: Decimal?) -> String {
        value.map { DecimalText.format($0, places: 2) + unit } ?? "—"
    }
}
