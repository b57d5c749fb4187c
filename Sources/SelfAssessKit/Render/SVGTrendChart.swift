import Foundation

/// A small line chart of scores (0…100) over reporting years: one line per series, each with its
/// own colour, dash pattern and marker shape (so it reads in grey print too), the bands' thresholds
/// as dashed lines, and a key above the plot.
///
/// A missing value breaks the line.
struct SVGTrendChart: Sendable, Equatable {
    /// One line.
    struct Series: Sendable, Equatable {
        /// The series' name in the key.
        var label: String
        /// The values by year; years with nil are gaps.
        var points: [Point]

        /// Creates a series.
        init(label: String, points: [Point]) {
            self.label = label
            self.points = points
        }
    }

    /// A value in a year.
    struct Point: Sendable, Equatable {
        /// The reporting year.
        var year: Int
        /// The value (0…100), or nil for a gap.
        var value: Decimal?

        /// Creates a point.
        init(year: Int, value: Decimal?) {
            self.year = year
            self.value = value
        }
    }

    /// The chart's id, unique in the page.
    var id: String
    /// The accessible title.
    var title: String
    /// The accessible description; nil lists every value.
    var summary: String?
    /// The lines.
    var series: [Series]
    /// The rating bands, drawn as horizontal thresholds.
    var bands: [SVGBand]
    /// The width in CSS pixels.
    var width: Double
    /// The height of the plot area in CSS pixels (the key adds to it).
    var height: Double

    /// Creates a trend chart.
    init(
        id: String, title: String, series: [Series], bands: [SVGBand] = [], summary: String? = nil,
        width: Double = 640, height: Double = 240
    ) {
        self.id = id
        self.title = title
        self.series = series
        self.bands = bands
        self.summary = summary
        self.width = width
        self.height = height
    }

    private static let dashes: [String?] = [nil, "7 4", "2 3", "9 3 2 3"]

    /// The chart's `<svg>` markup.
    func render() -> String {
        // The key: swatches laid out left to right, wrapping.
        var keyRows: [[(index: Int, x: Double)]] = [[]]
        var cursor = 12.0
        for (index, line) in series.enumerated() {
            let itemWidth = 40 + SVGCanvas.textWidth(line.label, size: 11) + 16
            if cursor + itemWidth > width - 12, !(keyRows.last?.isEmpty ?? true) {
                keyRows.append([])
                cursor = 12
            }
            keyRows[keyRows.count - 1].append((index, cursor))
            cursor += itemWidth
        }
        let keyHeight = Double(keyRows.count) * 18 + 8
        let top = keyHeight + 12
        let bottom = top + height
        let left = 44.0
        let right = width - 24
        let years = Set(series.flatMap { $0.points.map(\.year) }).sorted()
        let x = { (year: Int) -> Double in
            guard let first = years.first, let last = years.last, last > first else {
                return (left + right) / 2
            }
            return left + 20 + (right - left - 40) * Double(year - first) / Double(last - first)
        }
        let y = { (value: Decimal) in
            bottom - height * SVGCanvas.double(min(max(value, 0), 100)) / 100
        }
        let description =
            summary
            ?? "Scores from 0 to 100 by year. "
            + series.map { line in
                "\(line.label): "
                    + line.points.map { "\($0.year) \(SVGBarChart.text($0.value))" }.joined(
                        separator: ", ")
            }.joined(separator: "; ") + "."
        var canvas = SVGCanvas(
            id: id, width: width, height: bottom + 30, title: title, summary: description)
        for (row, items) in keyRows.enumerated() {
            let keyY = 14 + Double(row) * 18
            for item in items {
                let colour = SVGTone.series[item.index % SVGTone.series.count]
                canvas.line(
                    x1: item.x, y1: keyY, x2: item.x + 28, y2: keyY, stroke: colour, width: 2,
                    dash: Self.dashes[item.index % Self.dashes.count])
                canvas.marker(x: item.x + 14, y: keyY, shape: item.index, fill: colour, size: 3.5)
                canvas.text(series[item.index].label, x: item.x + 36, y: keyY + 4, size: 11)
            }
        }
        for tick in stride(from: 0, through: 100, by: 20) {
            let value = Decimal(tick)
            canvas.line(
                x1: left, y1: y(value), x2: right, y2: y(value),
                stroke: tick == 0 ? "#888888" : "#e3e3e3")
            canvas.text(
                "\(tick)", x: left - 6, y: y(value) + 4, anchor: .end, size: 10, fill: "#444444")
        }
        for band in bands where band.min > 0 {
            canvas.line(
                x1: left, y1: y(band.min), x2: right, y2: y(band.min), stroke: "#555555",
                dash: "4 3")
            canvas.text(
                "\(band.label) ≥ \(DecimalText.plain(band.min))", x: right, y: y(band.min) - 4,
                anchor: .end,
                size: 10, fill: "#444444")
        }
        for year in years {
            canvas.text(
                "\(year)", x: x(year), y: bottom + 18, anchor: .middle, size: 11, fill: "#444444")
        }
        for (index, line) in series.enumerated() {
            let colour = SVGTone.series[index % SVGTone.series.count]
            let dash = Self.dashes[index % Self.dashes.count]
            var run: [(Double, Double)] = []
            for point in line.points.sorted(by: { $0.year < $1.year }) {
                guard let value = point.value else {
                    canvas.polyline(run, stroke: colour, dash: dash)
                    run = []
                    continue
                }
                run.append((x(point.year), y(value)))
            }
            canvas.polyline(run, stroke: colour, dash: dash)
            for point in line.points.sorted(by: { $0.year < $1.year }) {
                guard let value = point.value else { continue }
                canvas.marker(
                    x: x(point.year), y: y(value), shape: index, fill: colour,
                    tooltip: "\(line.label), \(point.year): \(SVGBarChart.text(value))")
            }
        }
        return canvas.render()
    }
}
