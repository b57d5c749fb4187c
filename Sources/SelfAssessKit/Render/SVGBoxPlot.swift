import Foundation

/// Box plots of score distributions (0…100), one row each: whiskers from the minimum to the
/// maximum, ticks at the 10th and 90th percentiles, a box from the 25th to the 75th, a bold line
/// at the median and a diamond at the mean, with the count at the right and a key below.
struct SVGBoxPlot: Sendable, Equatable {
    /// One row.
    struct Row: Sendable, Equatable {
        /// The row's label.
        var label: String
        /// The distribution drawn.
        var distribution: Distribution

        /// Creates a row.
        init(label: String, distribution: Distribution) {
            self.label = label
            self.distribution = distribution
        }
    }

    /// The chart's id, unique in the page.
    var id: String
    /// The accessible title.
    var title: String
    /// The accessible description; nil lists every row's figures.
    var summary: String?
    /// The rows, top to bottom.
    var rows: [Row]
    /// The rating bands, drawn as thresholds.
    var bands: [SVGBand]
    /// The width in CSS pixels.
    var width: Double

    /// Creates a box plot.
    init(
        id: String, title: String, rows: [Row], bands: [SVGBand] = [], summary: String? = nil,
        width: Double = 720
    ) {
        self.id = id
        self.title = title
        self.rows = rows
        self.bands = bands
        self.summary = summary
        self.width = width
    }

    /// The chart's `<svg>` markup.
    func render() -> String {
        let top = 26.0
        let rowHeight = 32.0
        let labelWidth = min(
            width * 0.38, (rows.map { SVGCanvas.textWidth($0.label) }.max() ?? 0) + 12)
        let plotLeft = labelWidth
        let plotRight = width - 64
        let scale = SVGCanvas.scoreScale(left: plotLeft, right: plotRight)
        let axisY = top + Double(rows.count) * rowHeight + 4
        let keyY = axisY + 40
        let description =
            summary
            ?? "Score distributions from 0 to 100. "
            + rows.map { "\($0.label): \(Self.figures($0.distribution))" }
            .joined(separator: "; ") + "."
        let bandKeyHeight = SVGCanvas.bandKeyHeight(bands, width: plotRight - plotLeft)
        var canvas = SVGCanvas(
            id: id, width: width, height: keyY + 30 + bandKeyHeight, title: title,
            summary: description)
        for (index, row) in rows.enumerated() {
            let middle = top + Double(index) * rowHeight + rowHeight / 2
            let label = SVGCanvas.fitted(row.label, width: labelWidth - 12)
            canvas.text(label, x: labelWidth - 8, y: middle + 4, anchor: .end)
            let d = row.distribution
            canvas.text(
                "n = \(d.count)", x: plotRight + 8, y: middle + 4, size: 11, fill: "#444444")
            guard let low = d.min, let high = d.max, let p10 = d.p10, let p25 = d.p25,
                let median = d.median,
                let p75 = d.p75, let p90 = d.p90
            else {
                canvas.text("无数据 no data", x: plotLeft + 4, y: middle + 4, fill: "#666666")
                continue
            }
            Self.drawBox(
                into: &canvas, x: [low, p10, p25, median, p75, p90, high].map(scale),
                mean: d.mean.map(scale), y: middle, tooltip: "\(row.label): \(Self.figures(d))")
        }
        canvas.thresholds(bands, scale: scale, top: top, bottom: axisY)
        canvas.scoreAxis(scale: scale, y: axisY)
        // The key: an example box with its parts named.
        let keyLeft = plotLeft
        let keyX = [0.0, 30, 70, 120, 170, 210, 240].map { keyLeft + $0 }
        Self.drawBox(into: &canvas, x: keyX, mean: keyLeft + 132, y: keyY - 8, tooltip: nil)
        for (x, name) in zip(keyX, ["min", "P10", "P25", "P50", "P75", "P90", "max"]) {
            canvas.text(name, x: x, y: keyY + 16, anchor: .middle, size: 10, fill: "#444444")
        }
        canvas.marker(x: keyLeft + 268, y: keyY - 8, shape: 2, fill: SVGTone.poor.fill, size: 4)
        canvas.text("平均 mean", x: keyLeft + 278, y: keyY - 4, size: 10, fill: "#444444")
        canvas.bandKey(bands, x: plotLeft, y: keyY + 24, width: plotRight - plotLeft)
        return canvas.render()
    }

    /// Draws one box: `x` holds min, P10, P25, median, P75, P90 and max.
    private static func drawBox(
        into canvas: inout SVGCanvas, x: [Double], mean: Double?, y: Double, tooltip: String?
    ) {
        canvas.line(x1: x[0], y1: y, x2: x[6], y2: y, stroke: "#333333")
        for end in [x[0], x[6]] {
            canvas.line(x1: end, y1: y - 6, x2: end, y2: y + 6, stroke: "#333333")
        }
        for tick in [x[1], x[5]] {
            canvas.line(x1: tick, y1: y - 4, x2: tick, y2: y + 4, stroke: "#333333", width: 2)
        }
        canvas.rect(
            x: x[2], y: y - 8, width: x[4] - x[2], height: 16, fill: "#cfe3f3",
            stroke: SVGTone.neutral.fill,
            tooltip: tooltip)
        canvas.line(x1: x[3], y1: y - 8, x2: x[3], y2: y + 8, stroke: "#1b1b1b", width: 3)
        if let mean { canvas.marker(x: mean, y: y, shape: 2, fill: SVGTone.poor.fill, size: 4) }
    }

    /// "n 12, min 40.00, P10 …, mean …" for descriptions and tooltips.
    static func figures(_ d: Distribution) -> String {
        guard d.count > 0 else { return "no data" }
        let parts: [(String, Decimal?)] = [
            ("min", d.min), ("P10", d.p10), ("P25", d.p25), ("median", d.median), ("P75", d.p75),
            ("P90", d.p90),
            ("max", d.max), ("mean", d.mean),
        ]
        return "n \(d.count), "
            + parts.map { "\($0.0) \(SVGBarChart.text($0.1))" }.joined(separator: ", ")
    }
}
