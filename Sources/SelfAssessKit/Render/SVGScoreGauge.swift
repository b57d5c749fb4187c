import Foundation

/// One score on a 0…100 scale divided into the rating bands: each band a tinted zone named in
/// words, the thresholds written under the scale, the score as a solid marker and an optional prior
/// score as a hollow one, both named in a key below.
///
/// Readable in greyscale: the zones are labelled and the markers differ in shape, not only in
/// colour.
///
/// Suits the overall score at the top of a report.
struct SVGScoreGauge: Sendable, Equatable {
    /// The chart's id, unique in the page.
    var id: String
    /// The accessible title.
    var title: String
    /// The score (0…100), or nil when there is none.
    var value: Decimal?
    /// What the score is, for the key (such as "2025 年 2025").
    var valueLabel: String
    /// A prior score (0…100), or nil.
    var previous: Decimal?
    /// What the prior score is, for the key.
    var previousLabel: String
    /// The rating bands; zone labels are the part of each band's label before " · ", when it has one.
    var bands: [SVGBand]
    /// The width in CSS pixels.
    var width: Double

    /// Creates a gauge.
    init(
        id: String, title: String, value: Decimal?, valueLabel: String, previous: Decimal? = nil,
        previousLabel: String = "", bands: [SVGBand], width: Double = 360
    ) {
        self.id = id
        self.title = title
        self.value = value
        self.valueLabel = valueLabel
        self.previous = previous
        self.previousLabel = previousLabel
        self.bands = bands
        self.width = width
    }

    /// The chart's `<svg>` markup.
    func render() -> String {
        let left = 10.0
        let right = width - 10
        let zoneTop = 16.0
        let zoneBottom = 44.0
        let scale = SVGCanvas.scoreScale(left: left, right: right)
        let ascending = bands.sorted { $0.min < $1.min }
        var description = "\(valueLabel): \(text(value))"
        if let previous { description += "; \(previousLabel): \(text(previous))" }
        description +=
            ". "
            + ascending.reversed().map { "\($0.label) ≥ \(DecimalText.plain($0.min))" }
            .joined(separator: ", ") + "."
        var canvas = SVGCanvas(id: id, width: width, height: 84, title: title, summary: description)
        canvas.rect(
            x: left, y: zoneTop, width: right - left, height: zoneBottom - zoneTop, fill: "#f1f1f1")
        var zones: [(band: SVGBand, start: Double, end: Double)] = []
        for (index, band) in ascending.enumerated() {
            let start = scale(band.min)
            let end = index + 1 < ascending.count ? scale(ascending[index + 1].min) : right
            zones.append((band, start, end))
            canvas.rect(
                x: start, y: zoneTop, width: end - start, height: zoneBottom - zoneTop,
                fill: band.tone.tint)
            if band.min > 0 {
                canvas.line(
                    x1: start, y1: zoneTop, x2: start, y2: zoneBottom + 4, stroke: "#555555",
                    width: 1)
            }
            canvas.text(
                DecimalText.plain(band.min), x: start, y: zoneBottom + 15,
                anchor: band.min > 0 ? .middle : .start,
                size: 10, fill: "#444444")
        }
        canvas.text("100", x: right, y: zoneBottom + 15, anchor: .end, size: 10, fill: "#444444")
        if let previous {
            let x = scale(previous)
            canvas.line(
                x1: x, y1: zoneTop, x2: x, y2: zoneBottom, stroke: "#1b1b1b", width: 1.5,
                dash: "3 2")
            canvas.path(
                Self.triangle(x: x, tip: zoneBottom, down: false), fill: "#ffffff",
                stroke: "#1b1b1b", width: 1.5)
        }
        if let value {
            let x = scale(value)
            canvas.line(x1: x, y1: zoneTop, x2: x, y2: zoneBottom, stroke: "#1b1b1b", width: 3)
            canvas.path(Self.triangle(x: x, tip: zoneTop, down: true), fill: "#1b1b1b")
        }
        // Zone names over the markers, outlined in the zone's tint so both stay readable.
        for zone in zones {
            let name = zone.band.label.components(separatedBy: " · ").first ?? zone.band.label
            canvas.text(
                SVGCanvas.fitted(name, width: zone.end - zone.start - 8, size: 11),
                x: (zone.start + zone.end) / 2,
                y: zoneTop + 17, anchor: .middle, size: 11, fill: "#333333",
                halo: zone.band.tone.tint)
        }
        var keyX = left
        if let value {
            canvas.path(Self.triangle(x: keyX + 6, tip: 78, down: true), fill: "#1b1b1b")
            let label = "\(valueLabel) \(text(value))"
            canvas.text(label, x: keyX + 16, y: 78, size: 11, bold: true)
            keyX += 16 + SVGCanvas.textWidth(label, size: 11) + 18
        }
        if let previous {
            canvas.path(
                Self.triangle(x: keyX + 6, tip: 69, down: false), fill: "#ffffff",
                stroke: "#1b1b1b", width: 1.5)
            canvas.text(
                "\(previousLabel) \(text(previous))", x: keyX + 16, y: 78, size: 11, fill: "#333333"
            )
        }
        return canvas.render()
    }

    /// A triangle 12 wide and 8 high whose tip touches `tip`: pointing down from above, or up from below.
    static func triangle(x: Double, tip: Double, down: Bool) -> String {
        let base = down ? tip - 8 : tip + 8
        let n = SVGCanvas.number
        return "M\(n(x - 6)) \(n(base))L\(n(x + 6)) \(n(base))L\(n(x)) \(n(tip))Z"
    }

    private func text(_ value: Decimal?) -> String {
        value.map { DecimalText.format($0, places: 2) } ?? "—"
    }
}
