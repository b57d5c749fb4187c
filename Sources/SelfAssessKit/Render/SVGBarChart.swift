import Foundation

/// A horizontal bar chart of scores (0…100): one bar per row, coloured by the rating band its
/// value falls in, with the bands' thresholds drawn as dashed lines and named in a key below.
///
/// Suits per-article scores of one signatory, or per-article sector means. A bar may carry a
/// prior value, drawn as a black tick across the bar (named in the key by ``previousLabel``), and
/// a note written after its value, such as the rating's name, so the chart reads without colour.
struct SVGBarChart: Sendable, Equatable {
    /// One bar.
    struct Bar: Sendable, Equatable {
        /// The row's label.
        var label: String
        /// The score (0…100), or nil for "no value" (shown as —).
        var value: Decimal?
        /// A prior value (0…100), such as last year's score, drawn as a tick; nil for none.
        var previous: Decimal?
        /// Text written in a column after the bars, such as the rating; nil for none.
        var note: String?
        /// What the value would be without an adjustment, such as a score before a cap, drawn as
        /// a dashed outline from the bar's end; nil for none.
        var unadjusted: Decimal?

        /// Creates a bar.
        init(
            label: String, value: Decimal?, previous: Decimal? = nil, note: String? = nil,
            unadjusted: Decimal? = nil
        ) {
            self.label = label
            self.value = value
            self.previous = previous
            self.note = note
            self.unadjusted = unadjusted
        }
    }

    /// The chart's id, unique in the page.
    var id: String
    /// The accessible title.
    var title: String
    /// The accessible description; nil lists every bar's value.
    var summary: String?
    /// The bars, top to bottom.
    var bars: [Bar]
    /// The rating bands (thresholds and colours); with none, bars are neutral.
    var bands: [SVGBand]
    /// The width in CSS pixels (the chart scales down to fit its container).
    var width: Double
    /// What the prior-value ticks are, for the key (such as "2024 年得分 Score in 2024"); the
    /// key names them only when a bar has a prior value.
    var previousLabel: String?
    /// What the dashed outlines are, for the key (such as "封顶前得分 Score before the cap"); the
    /// key names them only when a bar has an unadjusted value.
    var unadjustedLabel: String?

    /// Creates a bar chart.
    init(
        id: String, title: String, bars: [Bar], bands: [SVGBand] = [], summary: String? = nil,
        width: Double = 720,
        previousLabel: String? = nil, unadjustedLabel: String? = nil
    ) {
        self.id = id
        self.title = title
        self.bars = bars
        self.bands = bands
        self.summary = summary
        self.width = width
        self.previousLabel = previousLabel
        self.unadjustedLabel = unadjustedLabel
    }

    /// The chart's `<svg>` markup.
    func render() -> String {
        let top = 26.0
        let rowHeight = 26.0
        let labelWidth = min(
            width * 0.38, (bars.map { SVGCanvas.textWidth($0.label) }.max() ?? 0) + 12)
        let plotLeft = labelWidth
        // Room on the right for a full bar's value, and for the notes in a column of their own.
        let noteWidth =
            bars.compactMap { $0.note.map { SVGCanvas.textWidth($0) } }.max().map { $0 + 8 } ?? 0
        let plotRight = width - 64 - min(noteWidth, width * 0.4)
        let scale = SVGCanvas.scoreScale(left: plotLeft, right: plotRight)
        let axisY = top + Double(bars.count) * rowHeight + 4
        let hasPrevious = bars.contains { $0.previous != nil }
        let hasUnadjusted = bars.contains { $0.unadjusted != nil }
        let description =
            summary ?? "Scores from 0 to 100. " + bars.map(Self.describe).joined(separator: "; ")
            + "."
        let keyHeight =
            SVGCanvas.bandKeyHeight(bands, width: plotRight - plotLeft)
            + (hasPrevious || hasUnadjusted ? 16 : 0)
        var canvas = SVGCanvas(
            id: id, width: width, height: axisY + 30 + keyHeight, title: title, summary: description
        )
        for (index, bar) in bars.enumerated() {
            let rowTop = top + Double(index) * rowHeight
            canvas.rect(
                x: plotLeft, y: rowTop + 4, width: plotRight - plotLeft, height: 18, fill: "#f1f1f1"
            )
            canvas.text(
                SVGCanvas.fitted(bar.label, width: labelWidth - 12), x: labelWidth - 8,
                y: rowTop + 17, anchor: .end)
            guard let value = bar.value else {
                canvas.text("—", x: plotLeft + 4, y: rowTop + 17, fill: "#666666")
                continue
            }
            let band = SVGBand.band(of: value, in: bands)
            let tone = band?.tone ?? .neutral
            let tooltip =
                "\(bar.label): \(Self.text(value))" + (band.map { " (\($0.label))" } ?? "")
            canvas.rect(
                x: plotLeft, y: rowTop + 4, width: scale(value) - plotLeft, height: 18,
                fill: tone.fill,
                tooltip: tooltip)
            if let unadjusted = bar.unadjusted, unadjusted != value {
                let from = scale(min(value, unadjusted))
                canvas.rect(
                    x: from, y: rowTop + 5, width: scale(max(value, unadjusted)) - from, height: 16,
                    fill: "none",
                    stroke: "#1b1b1b", dash: "3 2",
                    tooltip: "\(bar.label): \(Self.text(unadjusted))")
            }
            if let previous = bar.previous {
                let x = scale(previous)
                canvas.line(
                    x1: x, y1: rowTop + 1, x2: x, y2: rowTop + 25, stroke: "#1b1b1b", width: 2.5)
            }
            // A prior tick may cross the value: outline it then.
            let halo = bar.previous == nil ? nil : "#ffffff"
            canvas.text(
                Self.text(value), x: scale(value) + 4, y: rowTop + 17, bold: true, halo: halo)
            if let note = bar.note {
                canvas.text(
                    SVGCanvas.fitted(note, width: width - plotRight - 66), x: plotRight + 62,
                    y: rowTop + 17,
                    fill: "#333333")
            }
        }
        canvas.thresholds(bands, scale: scale, top: top, bottom: axisY)
        canvas.scoreAxis(scale: scale, y: axisY)
        canvas.bandKey(bands, x: plotLeft, y: axisY + 26, width: plotRight - plotLeft)
        let keyY = axisY + 26 + SVGCanvas.bandKeyHeight(bands, width: plotRight - plotLeft)
        var keyX = plotLeft
        if hasPrevious {
            let label = previousLabel ?? "Before"
            canvas.line(
                x1: keyX + 5, y1: keyY + 1, x2: keyX + 5, y2: keyY + 13, stroke: "#1b1b1b",
                width: 2.5)
            canvas.text(label, x: keyX + 14, y: keyY + 11, size: 10, fill: "#444444")
            keyX += 14 + SVGCanvas.textWidth(label, size: 10) + 16
        }
        if hasUnadjusted {
            canvas.rect(
                x: keyX, y: keyY + 2, width: 16, height: 10, fill: "none", stroke: "#1b1b1b",
                dash: "3 2")
            canvas.text(
                unadjustedLabel ?? "Unadjusted", x: keyX + 20, y: keyY + 11, size: 10,
                fill: "#444444")
        }
        return canvas.render()
    }

    private static func describe(_ bar: Bar) -> String {
        var text = "\(bar.label): \(Self.text(bar.value))"
        if let note = bar.note { text += " \(note)" }
        if let previous = bar.previous { text += " (before: \(Self.text(previous)))" }
        return text
    }

    static func text(_ value: Decimal?) -> String {
        value.map { DecimalText.format($0, places: 2) } ?? "—"
    }
}
