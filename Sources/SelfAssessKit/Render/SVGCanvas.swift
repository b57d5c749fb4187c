import Foundation

/// Builds the markup of one inline SVG chart: a fixed coordinate system, an accessible title and
/// description, and elements with coordinates written with at most one decimal place, so the same
/// chart always gives the same bytes.
struct SVGCanvas {
    /// The `<svg>` element's id: `chart-` and the caller's id, so that charts never take the id of a
    /// page section; the title and description get `<id>-title` and `<id>-desc`.
    let id: String
    let width: Double
    let height: Double
    let title: String
    let summary: String
    private var body: [String] = []

    /// The font size of ordinary chart text, in user units.
    static let fontSize = 12.0

    init(id: String, width: Double, height: Double, title: String, summary: String) {
        self.id = HTML.identifier("chart-" + id)
        self.width = width
        self.height = height
        self.title = title
        self.summary = summary
    }

    /// The finished `<svg>` element.
    func render() -> String {
        let w = Self.number(width)
        let h = Self.number(height)
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"\(id)\" viewBox=\"0 0 \(w) \(h)\" "
        out +=
            "width=\"\(w)\" height=\"\(h)\" font-size=\"\(Self.number(Self.fontSize))\" role=\"img\" "
        out += "aria-labelledby=\"\(id)-title \(id)-desc\">\n"
        out += "<title id=\"\(id)-title\">\(HTML.escape(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(HTML.escape(summary))</desc>\n"
        out += body.joined(separator: "\n")
        if !body.isEmpty { out += "\n" }
        return out + "</svg>"
    }

    // MARK: Elements

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        dash: String? = nil,
        tooltip: String? = nil
    ) {
        var element =
            "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(0, width)))\" "
        element += "height=\"\(Self.number(max(0, height)))\" fill=\"\(fill)\""
        if let stroke { element += " stroke=\"\(stroke)\"" }
        if let dash { element += " stroke-dasharray=\"\(dash)\"" }
        body.append(Self.close(element, tooltip: tooltip, name: "rect"))
    }

    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
        dash: String? = nil
    ) {
        var element =
            "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" "
        element +=
            "y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\""
        if let dash { element += " stroke-dasharray=\"\(dash)\"" }
        body.append(element + "/>")
    }

    mutating func polyline(
        _ points: [(Double, Double)], stroke: String, width: Double = 2, dash: String? = nil
    ) {
        guard points.count > 1 else { return }
        let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        var element = "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" "
        element += "stroke-width=\"\(Self.number(width))\""
        if let dash { element += " stroke-dasharray=\"\(dash)\"" }
        body.append(element + "/>")
    }

    /// A path in SVG path syntax, with coordinates the caller formatted with ``number(_:)``.
    mutating func path(_ data: String, fill: String, stroke: String? = nil, width: Double = 1) {
        var element = "<path d=\"\(data)\" fill=\"\(fill)\""
        if let stroke { element += " stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"" }
        body.append(element + "/>")
    }

    /// A small marker: a circle, square, diamond or triangle, by `shape` (cycled).
    mutating func marker(
        x: Double, y: Double, shape: Int, fill: String, size: Double = 4, tooltip: String? = nil
    ) {
        let element: String
        switch shape % 4 {
        case 0:
            element =
                "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(size))\" "
                + "fill=\"\(fill)\""
            body.append(Self.close(element, tooltip: tooltip, name: "circle"))
            return
        case 1:
            element =
                "<rect x=\"\(Self.number(x - size))\" y=\"\(Self.number(y - size))\" "
                + "width=\"\(Self.number(2 * size))\" height=\"\(Self.number(2 * size))\" fill=\"\(fill)\""
            body.append(Self.close(element, tooltip: tooltip, name: "rect"))
            return
        case 2:
            let s = size * 1.3
            element =
                "<path d=\"M\(Self.number(x)) \(Self.number(y - s))L\(Self.number(x + s)) \(Self.number(y))"
                + "L\(Self.number(x)) \(Self.number(y + s))L\(Self.number(x - s)) \(Self.number(y))Z\" fill=\"\(fill)\""
        default:
            let s = size * 1.3
            element =
                "<path d=\"M\(Self.number(x)) \(Self.number(y - s))"
                + "L\(Self.number(x + s)) \(Self.number(y + s * 0.8))"
                + "L\(Self.number(x - s)) \(Self.number(y + s * 0.8))Z\" fill=\"\(fill)\""
        }
        body.append(Self.close(element, tooltip: tooltip, name: "path"))
    }

    enum Anchor: String {
        case start, middle, end
    }

    mutating func text(
        _ text: String, x: Double, y: Double, anchor: Anchor = .start,
        size: Double = SVGCanvas.fontSize,
        bold: Bool = false, fill: String = "#1b1b1b", language: String? = nil, halo: String? = nil
    ) {
        var element = "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
        if anchor != .start { element += " text-anchor=\"\(anchor.rawValue)\"" }
        if size != Self.fontSize { element += " font-size=\"\(Self.number(size))\"" }
        if bold { element += " font-weight=\"bold\"" }
        if fill != "#1b1b1b" { element += " fill=\"\(fill)\"" }
        if let language { element += " lang=\"\(language)\"" }
        // An outline in the background's colour under the glyphs keeps text readable where it
        // crosses a line or a bar.
        if let halo { element += " stroke=\"\(halo)\" stroke-width=\"3\" paint-order=\"stroke\"" }
        body.append(element + ">\(HTML.escape(text))</text>")
    }

    /// Dashed threshold lines at the bands' minimums (except 0) across a plot, each marked with
    /// its value above the plot; ``bandKey(_:x:y:width:)`` names the bands.
    mutating func thresholds(
        _ bands: [SVGBand], scale: (Decimal) -> Double, top: Double, bottom: Double
    ) {
        for band in bands where band.min > 0 {
            let x = scale(band.min)
            line(x1: x, y1: top, x2: x, y2: bottom, stroke: "#555555", width: 1, dash: "4 3")
            text(
                "≥ \(DecimalText.plain(band.min))", x: x, y: top - 4, anchor: .middle, size: 10,
                fill: "#444444")
        }
    }

    /// The height ``bandKey(_:x:y:width:)`` needs for these bands in this width.
    static func bandKeyHeight(_ bands: [SVGBand], width: Double) -> Double {
        bands.isEmpty ? 0 : Double(bandKeyRows(bands, width: width).count) * 16 + 4
    }

    /// A key naming the bands: a swatch in the band's colour and "label ≥ min" (or "< next" for
    /// the lowest), left to right from `x`, wrapping within `width`; `y` is the first row's top.
    mutating func bandKey(_ bands: [SVGBand], x: Double, y: Double, width: Double) {
        for (row, items) in Self.bandKeyRows(bands, width: width).enumerated() {
            let top = y + Double(row) * 16
            for item in items {
                rect(x: x + item.x, y: top + 2, width: 10, height: 10, fill: item.band.tone.fill)
                text(item.label, x: x + item.x + 14, y: top + 11, size: 10, fill: "#444444")
            }
        }
    }

    private static func bandKeyRows(
        _ bands: [SVGBand], width: Double
    ) -> [[(band: SVGBand, label: String, x: Double)]] {
        let sorted = bands.sorted { $0.min > $1.min }
        var rows: [[(band: SVGBand, label: String, x: Double)]] = [[]]
        var cursor = 0.0
        for (index, band) in sorted.enumerated() {
            let range: String
            if index == 0 {
                range = "≥ \(DecimalText.plain(band.min))"
            } else if band.min == 0 {
                range = "< \(DecimalText.plain(sorted[index - 1].min))"
            } else {
                range = "\(DecimalText.plain(band.min))–\(DecimalText.plain(sorted[index - 1].min))"
            }
            let label = "\(band.label) \(range)"
            let itemWidth = 14 + textWidth(label, size: 10) + 14
            if cursor + itemWidth > width, !(rows.last?.isEmpty ?? true) {
                rows.append([])
                cursor = 0
            }
            rows[rows.count - 1].append((band, label, cursor))
            cursor += itemWidth
        }
        return rows
    }

    /// A horizontal axis from 0 to 100 with ticks every 20 (labels below the line).
    mutating func scoreAxis(scale: (Decimal) -> Double, y: Double, suffix: String = "") {
        line(x1: scale(0), y1: y, x2: scale(100), y2: y, stroke: "#888888")
        for tick in stride(from: 0, through: 100, by: 20) {
            let x = scale(Decimal(tick))
            line(x1: x, y1: y, x2: x, y2: y + 4, stroke: "#888888")
            text("\(tick)\(suffix)", x: x, y: y + 16, anchor: .middle, size: 10, fill: "#444444")
        }
    }

    // MARK: Numbers and text

    /// The x coordinate of a score (clamped to 0…100) on a plot from `left` to `right`.
    static func scoreScale(left: Double, right: Double) -> (Decimal) -> Double {
        { value in left + (right - left) * double(min(max(value, 0), 100)) / 100 }
    }

    /// A coordinate with at most one decimal place (`12`, `12.5`, `-3.2`), the same on every run.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0
            ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// A decimal as a coordinate-ready double.
    static func double(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }

    /// The estimated width of text in user units: half the font size per terminal column, so a CJK
    /// character (two columns) counts one em.
    static func textWidth(_ text: String, size: Double = SVGCanvas.fontSize) -> Double {
        Double(DisplayWidth.of(text)) * size * 0.55
    }

    /// Text cut to fit a width, ending in `…` when cut.
    static func fitted(_ text: String, width: Double, size: Double = SVGCanvas.fontSize) -> String {
        guard textWidth(text, size: size) > width else { return text }
        var out = ""
        for character in text {
            if textWidth(out + String(character) + "…", size: size) > width { break }
            out.append(character)
        }
        return out + "…"
    }

    private static func close(_ element: String, tooltip: String?, name: String) -> String {
        guard let tooltip else { return element + "/>" }
        return element + "><title>\(HTML.escape(tooltip))</title></\(name)>"
    }
}
