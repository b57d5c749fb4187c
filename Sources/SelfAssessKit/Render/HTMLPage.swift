/// A self-contained HTML page for people: UTF-8, bilingual headings, an inline stylesheet that
/// also lays the page out for print, and nothing loaded from anywhere else (no fonts, scripts,
/// images or style sheets; a Content-Security-Policy says so to the browser).
///
/// Build the page in order, then ``render()`` it. Text is escaped; only chart markup from the
/// `SVG…` types and ``raw(_:)`` are inserted as they are.
///
/// ```swift
/// var page = HTMLPage(title: Bilingual(zh: "行业报告", en: "Sector report"))
/// page.heading(Bilingual(zh: "参与情况", en: "Participation"), id: "participation")
/// page.table(HTMLTable(columns: [...], rows: [...]))
/// page.figure(SVGHistogram(id: "overall", title: "…", counts: counts).render(), caption: …)
/// let html = page.render()
/// ```
struct HTMLPage: Sendable, Equatable {
    /// The page title (`<title>` and the top heading).
    var title: Bilingual
    /// A line under the top heading (the year, who published it …), if any.
    var subtitle: String?
    /// A line at the foot of the page (the tool and version, the inputs' hashes …), if any.
    var footer: String?
    /// The document's `<title>` (browser tabs, bookmarks, a printed PDF's name) when it should say
    /// more than ``title``; nil uses ``title``.
    var documentTitle: String?
    /// More style rules, after ``stylesheet`` (a report's own layout); empty for none.
    ///
    /// The caller answers for them loading nothing (no `url()`, no `@import`).
    var styles: String
    private var body: [String] = []

    /// Creates an empty page.
    init(
        title: Bilingual, subtitle: String? = nil, footer: String? = nil, styles: String = ""
    ) {
        self.title = title
        self.subtitle = subtitle
        self.footer = footer
        self.styles = styles
    }

    /// Adds a heading in both languages.
    ///
    /// - Parameters:
    ///   - text: The heading.
    ///   - level: 2 for a section, 3 for a subsection (clamped to 2…6; the page title is the h1).
    ///   - id: An anchor for links to the section, if any.
    mutating func heading(_ text: Bilingual, level: Int = 2, id: String? = nil) {
        let level = min(max(level, 2), 6)
        let anchor = id.map { " id=\"\(HTML.identifier($0))\"" } ?? ""
        body.append("<h\(level)\(anchor)>\(HTML.bilingual(text))</h\(level)>")
    }

    /// Adds a paragraph of plain text.
    mutating func paragraph(_ text: String) {
        body.append("<p>\(HTML.escape(text))</p>")
    }

    /// Adds a paragraph in both languages (Chinese first, then English, each marked with its
    /// language).
    mutating func paragraph(_ text: Bilingual) {
        body.append("<p>\(HTML.bilingual(text))</p>")
    }

    /// Adds a list of key figures (label and value pairs), shown as a row of tiles.
    mutating func figures(_ items: [(label: Bilingual, value: String)]) {
        var out = "<dl class=\"figures\">\n"
        for item in items {
            out +=
                "<div><dt>\(HTML.bilingual(item.label))</dt><dd>\(HTML.escape(item.value))</dd></div>\n"
        }
        body.append(out + "</dl>")
    }

    /// Adds a table.
    mutating func table(_ table: HTMLTable) {
        body.append("<div class=\"table\">\n" + table.render() + "</div>")
    }

    /// Adds a chart with a caption.
    ///
    /// - Parameters:
    ///   - svg: The chart's markup, from ``SVGBarChart``, ``SVGBoxPlot``, ``SVGHistogram``,
    ///     ``SVGRankedBars`` or ``SVGTrendChart`` (inserted as it is).
    ///   - caption: What the chart shows, in both languages.
    mutating func figure(_ svg: String, caption: Bilingual? = nil) {
        var out = "<figure>\n\(svg)\n"
        if let caption { out += "<figcaption>\(HTML.bilingual(caption))</figcaption>\n" }
        body.append(out + "</figure>")
    }

    /// Adds markup as it is.
    ///
    /// The caller answers for it being well-formed and self-contained.
    mutating func raw(_ markup: String) {
        body.append(markup)
    }

    /// The whole document, ending in a line feed.
    func render() -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="zh-Hans">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(HTML.escape(documentTitle ?? title.combined))</title>
            <style>
            \(Self.stylesheet)\(styles)</style>
            </head>
            <body>
            <header>
            <h1>\(HTML.bilingual(title))</h1>

            """
        if let subtitle { out += "<p class=\"subtitle\">\(HTML.escape(subtitle))</p>\n" }
        out += "</header>\n<main>\n"
        for part in body { out += part + "\n" }
        out += "</main>\n"
        if let footer { out += "<footer>\(HTML.escape(footer))</footer>\n" }
        return out + "</body>\n</html>\n"
    }

    /// The page's stylesheet: system fonts only (CJK fonts named for each platform), tables with
    /// tabular figures, charts that shrink to the page width, and print rules (A4, no breaks
    /// inside a chart, table row or key figure, black text).
    static let stylesheet = """
        :root { color-scheme: light; }
        body { margin: 0 auto; max-width: 960px; padding: 24px; color: #1b1b1b; background: #ffffff;
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC",
            "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; }
        h1 { font-size: 1.7em; margin: 0 0 0.2em; }
        h2 { font-size: 1.3em; margin: 1.8em 0 0.6em; padding-bottom: 0.2em; border-bottom: 2px solid #0072b2; }
        h3 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
        h1 .en, h2 .en, h3 .en, caption .en, th .en, dt .en, figcaption .en { font-weight: normal; color: #555555; }
        .subtitle { margin: 0; color: #444444; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9em; margin: 0.5em 0 1em; }
        caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
        th, td { border-bottom: 1px solid #dddddd; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f4f4f4; }
        th .en, td .en { display: block; font-size: 0.85em; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .table { overflow-x: auto; }
        .badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 0.9em; white-space: nowrap; }
        figure { margin: 1em 0 1.5em; }
        figcaption { font-size: 0.9em; color: #333333; margin-top: 0.3em; }
        svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
        .figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 0.5em 0 1em; }
        .figures div { border: 1px solid #dddddd; border-radius: 4px; padding: 8px 12px; min-width: 120px; }
        .figures dt { font-size: 0.85em; color: #444444; }
        .figures dt .en { display: block; }
        .figures dd { margin: 0; font-size: 1.4em; font-weight: bold; font-variant-numeric: tabular-nums; }
        footer { margin-top: 3em; font-size: 0.8em; color: #555555; }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; color: #000000; }
          h2 { break-after: avoid; }
          figure, tr, .figures div { break-inside: avoid; }
          .table { overflow: visible; }
          th { background: none; }
        }

        """
}
