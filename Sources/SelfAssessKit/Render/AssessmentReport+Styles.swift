extension AssessmentReport {
    /// The report's own layout, after ``HTMLPage/stylesheet``: the headline with the overall
    /// score, rating badges, indicator entries, and print rules (A4, each article on a new page,
    /// no meaning carried by colour alone: badges print as outlined words, the worst band with a
    /// double border, changes with ▲ ▼ arrows).
    ///
    /// The tone colours come from ``SVGTone``, so the page and its charts agree.
    static let styles: String = {
        var tones = ""
        for tone in SVGTone.allCases {
            tones +=
                ".tone-\(tone.rawValue) { --fill: \(tone.fill); --ink: \(tone.ink); --tint: \(tone.tint); }\n"
        }
        return tones + """
            .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
            header .subtitle { font-size: 1.15em; color: #1b1b1b; margin-top: 0.2em; }
            code { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em; }
            code.hash { color: #555555; }
            .small, .question, .meaning, .rule { font-size: 0.88em; }
            .en { color: #555555; }
            p .en, dd .en, li .en, .lead .en, .all-clear .en { margin-left: 0.3em; }
            a { color: #0060a0; }
            a.id { font-weight: 600; text-decoration: none; white-space: nowrap; }
            .headline { display: grid; grid-template-columns: minmax(260px, 330px) 1fr; gap: 24px; align-items: start; margin: 1.2em 0 0.8em; }
            .overall { border: 1px solid #dddddd; border-top: 8px solid var(--fill); border-radius: 6px; padding: 12px 16px 6px; }
            .overall-label { font-size: 0.95em; color: #333333; }
            .overall-score { font-size: 3.4em; font-weight: 700; line-height: 1.05; font-variant-numeric: tabular-nums; margin: 0.05em 0 0.15em; }
            .overall-delta { margin: 0.5em 0 0.3em; font-size: 0.92em; }
            .overall svg.chart { margin-top: 0.4em; }
            .facts { margin: 0; display: grid; grid-template-columns: max-content 1fr; column-gap: 16px; row-gap: 6px; }
            .facts div { display: contents; }
            .facts dt { font-weight: 600; white-space: nowrap; }
            .facts dt .en { display: block; font-weight: normal; font-size: 0.85em; }
            .facts dd { margin: 0; }
            blockquote { margin: 0.3em 0 0; padding: 0.2em 0 0.2em 0.8em; border-left: 3px solid #cccccc; color: #333333; font-size: 0.9em; }
            .figures div.alert { border: 2px solid var(--fill); }
            .figures div.alert dd { color: var(--fill); }
            .rating { display: inline-block; padding: 1px 8px; border-radius: 3px; border: 1px solid var(--fill); background: var(--fill); color: var(--ink); font-weight: 600; white-space: nowrap; font-size: 0.92em; }
            .rating .en { color: inherit; font-weight: normal; display: inline; font-size: 1em; }
            td a { text-decoration: none; }
            td a .en { color: #555555; }
            .figures dd.bands { font-size: 0.9em; font-weight: normal; line-height: 1.35; }
            .figures dd.bands > span { display: block; white-space: nowrap; }
            .figures dd.bands .en { margin-left: 0.3em; }
            .figures dd.bands strong { display: inline-block; min-width: 1.2em; font-size: 1.2em; }
            .delta { white-space: nowrap; font-variant-numeric: tabular-nums; font-weight: 600; }
            .delta.tone-good { color: #007a5a; }
            .delta.tone-poor { color: #b34700; }
            nav.contents ul { list-style: none; padding: 0; margin: 0.5em 0 0; display: flex; flex-wrap: wrap; gap: 6px; }
            nav.contents a { display: inline-block; padding: 2px 10px; border: 1px solid #cccccc; border-radius: 12px; text-decoration: none; font-size: 0.88em; }
            nav.contents a .en { color: #555555; }
            .all-clear { padding: 8px 12px; border-left: 5px solid #009e73; background: #eef8f4; }
            .warning { padding: 8px 12px; border-left: 5px solid #e69f00; background: #fdf5e3; }
            .failure { border: 1px solid #dddddd; border-left: 6px solid #d55e00; border-radius: 4px; padding: 4px 14px 8px; margin: 0.8em 0; }
            .failure h3 { margin: 0.4em 0 0.1em; }
            .failure .meta { margin: 0 0 0.4em; color: #444444; font-size: 0.9em; }
            .tag { display: inline-block; font-size: 0.78em; font-weight: 600; padding: 0 6px; border: 1px solid #888888; border-radius: 3px; white-space: nowrap; vertical-align: middle; }
            .tag.critical { border-color: #1b1b1b; }
            .kv { display: grid; grid-template-columns: 8.5em 1fr; column-gap: 12px; row-gap: 4px; margin: 0.4em 0 0; }
            .kv dt { font-weight: 600; color: #333333; }
            .kv dt .en { display: block; font-weight: normal; font-size: 0.82em; }
            .kv dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
            .kv p.note { margin: 0; white-space: pre-line; }
            .rules, .evidence, .flags, .critical-changes { margin: 0; padding-left: 1.2em; }
            .confidence { color: #555555; font-size: 0.88em; }
            .confidence.unverified { font-weight: 600; }
            .evidence .desc { color: #333333; }
            .evidence .date { white-space: nowrap; font-variant-numeric: tabular-nums; }
            .article-head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 18px; margin-bottom: 0.6em; }
            .article-head p { margin: 0; }
            .article-head .cap { flex-basis: 100%; font-weight: 600; }
            .article-head .article-gains { flex-basis: 100%; font-size: 0.9em; }
            .article-score .big { font-size: 2em; font-weight: 700; font-variant-numeric: tabular-nums; vertical-align: middle; margin-right: 6px; }
            .indicator { border: 1px solid #dddddd; border-left: 6px solid var(--fill); border-radius: 4px; padding: 6px 14px 10px; margin: 0 0 10px; }
            .indicator header { display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; }
            .indicator header .id { font-weight: 700; font-variant-numeric: tabular-nums; }
            .indicator h3 { margin: 0; font-size: 1.02em; flex: 1 1 auto; }
            .indicator h3 .en { font-weight: normal; }
            .chip { margin-left: auto; padding: 0 8px; border-radius: 10px; background: var(--tint); border: 1px solid var(--fill); font-weight: 600; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .indicator.failed { border-color: #d55e00; border-left-width: 6px; }
            .below { color: #b34700; }
            .question { color: #444444; margin: 0.3em 0 0.2em; }
            .question .en { display: block; margin-left: 0; }
            .fact { white-space: nowrap; }
            .fact strong { font-variant-numeric: tabular-nums; }
            nav.contents li.articles { padding: 2px 10px; border: 1px solid #cccccc; border-radius: 12px; font-size: 0.88em; }
            nav.contents li.articles a { display: inline; padding: 0 4px; border: none; font-size: 1em; font-weight: 600; }
            .gain { color: #333333; font-size: 0.88em; }
            .table.narrow table { width: auto; min-width: 40%; }
            code.full { font-size: 0.8em; word-break: break-all; }
            footer { border-top: 1px solid #dddddd; padding-top: 0.6em; overflow-wrap: anywhere; }
            @media (max-width: 720px) {
              .headline { grid-template-columns: 1fr; }
              .kv { grid-template-columns: 1fr; }
            }
            @page { @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555555; } }
            @media print {
              body { font-size: 9.5pt; }
              nav.contents { display: none; }
              a { color: inherit; text-decoration: none; }
              .headline { grid-template-columns: 64mm 1fr; gap: 6mm; }
              .figures { flex-wrap: nowrap; gap: 2mm; }
              .figures div { flex: 1 1 0; min-width: 0; padding: 4px 6px; }
              .figures div:has(dd.bands) { flex-grow: 1.8; }
              .article { break-before: page; }
              .appendix { break-before: page; }
              .indicator, .figures, .headline, blockquote, .kv dd, .rules li { break-inside: avoid; }
              .failure h3, .failure .meta { break-after: avoid; }
              h2, h3, .article-head { break-after: avoid; }
              .rating, .chip { background: #ffffff !important; color: #000000 !important; border: 1px solid #000000; }
              .rating.tone-fair, .chip.tone-fair { border-style: dashed; }
              .rating.tone-poor, .chip.tone-poor { border: 3px double #000000; }
              .rating .en { color: #000000; }
              .overall { border-top: 3px solid #000000; }
              .indicator { border-left: 2px solid #777777; }
              .indicator.tone-poor, .indicator.failed, .failure { border-left: 5px solid #000000; }
              .figures div.alert { border: 2px solid #000000; }
              .figures div.alert dd, .delta.tone-good, .delta.tone-poor, .below { color: #000000; }
              .all-clear, .warning { background: none; border-left-color: #000000; }
              .en, .question, code.hash, .confidence { color: #333333; }
            }

            """
    }()
}
