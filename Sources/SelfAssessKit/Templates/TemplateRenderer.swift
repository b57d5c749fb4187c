/// Writes the blank (or pre-filled) assessment files from a framework: `assessment.yaml` and one
/// `article-N.yaml` per article, with the bilingual questions and guidance as comments.
///
/// The files in `Templates/` are this renderer's output for the built-in framework; a test fails
/// when they drift.
public struct TemplateRenderer: Sendable {
    /// The values `init` fills in.
    public struct Values: Sendable {
        public var signatoryID: String?
        public var name: String?
        public var category: String?
        public var year: Int?
        public var contact: AssessmentInfo.Contact?
        /// Last year's answers to carry forward, by indicator id.
        public var carried: [String: IndicatorAnswer]
        /// The year the carried answers come from.
        public var carriedFrom: Int?

        public init(
            signatoryID: String? = nil, name: String? = nil, category: String? = nil,
            year: Int? = nil,
            contact: AssessmentInfo.Contact? = nil, carried: [String: IndicatorAnswer] = [:],
            carriedFrom: Int? = nil
        ) {
            self.signatoryID = signatoryID
            self.name = name
            self.category = category
            self.year = year
            self.contact = contact
            self.carried = carried
            self.carriedFrom = carriedFrom
        }

        /// No values: the blank templates.
        public static let blank = Values()
    }

    /// The framework the templates are for.
    public let framework: Framework
    /// The width comments are wrapped to, in terminal columns.
    public var width = 100

    /// Each indicator's comment lines rendered once, at `width`, by indicator id
    /// (``cachingComments()``); nil renders them on every call.
    private var cachedComments: (width: Int, lines: [String: [String]])?

    public init(framework: Framework) {
        self.framework = framework
    }

    /// The same renderer with each indicator's comment rendered once.
    ///
    /// For a caller that renders many assessments of the framework: the comments (question,
    /// guidance, answer levels, facts) do not depend on the values. The files are the same bytes.
    package func cachingComments() -> TemplateRenderer {
        var renderer = self
        renderer.cachedComments = nil
        var lines: [String: [String]] = [:]
        for indicator in framework.indicators where lines[indicator.id] == nil {
            lines[indicator.id] = indicatorComment(indicator)
        }
        renderer.cachedComments = (width, lines)
        return renderer
    }

    /// Every file of a new assessment: name and content.
    public func files(_ values: Values = .blank) -> [(name: String, content: String)] {
        [(Validator.infoFileName, assessment(values))]
            + framework.articles.map { (Validator.articleFileName($0.number), article($0, values)) }
    }

    // MARK: assessment.yaml

    /// The content of `assessment.yaml`.
    public func assessment(_ values: Values = .blank) -> String {
        var out: [String] = [
            "# yaml-language-server: $schema=schema/assessment.schema.json",
            "#",
            "# 自评估基本信息 · About this self-assessment",
            "# \(framework.title.zh)",
            "# \(framework.title.en)",
            "#",
        ]
        out += comment(
            "填写签约单位、报告年度与联系人，并由负责人签署声明。其余各条的回答见 article-1.yaml 至 article-\(framework.articles.count).yaml。",
            indent: "")
        out += comment(
            "Fill in the signatory, the reporting year and the contact, and have the responsible person sign the declaration. The answers go in article-1.yaml to article-\(framework.articles.count).yaml.",
            indent: "")
        out += frameworkBlock()
        out.append("signatory:")
        out += comment(
            "在首都互联网协会登记的签约单位标识（小写字母、数字和连字符）· The id registered with the society (a-z, 0-9 and -)",
            indent: "  ")
        out.append("  id:" + value(values.signatoryID))
        out += comment("签约单位全称 · The signatory's registered name", indent: "  ")
        out.append("  name:" + value(values.name))
        out += comment(
            "类别 · Category: "
                + framework.categories.map { "\($0.id) (\($0.title.zh))" }.joined(separator: ", "),
            indent: "  ")
        out.append("  category:" + value(values.category))
        out += comment("报告年度 · The reporting year", indent: "")
        out.append("year:" + (values.year.map { " \($0)" } ?? ""))
        out += comment("负责本自评估的联系人 · Who the society contacts about this assessment", indent: "")
        out.append("contact:")
        out.append("  name:" + value(values.contact?.name))
        out.append("  email:" + value(values.contact?.email))
        out.append("  phone:" + value(values.contact?.phone))
        out += comment(
            "声明：签署人确认本自评估真实、准确、完整。日期写作 YYYY-MM-DD。· Declaration: the signer confirms the assessment is true, accurate and complete. Write the date as YYYY-MM-DD.",
            indent: "")
        out.append("declaration:")
        out.append("  signed-by:")
        out.append("  role:")
        out.append("  date:")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: article-N.yaml

    /// The content of one article file.
    public func article(_ article: Framework.Article, _ values: Values = .blank) -> String {
        var out: [String] = [
            "# yaml-language-server: $schema=schema/article.schema.json",
            "#",
            "# 第\(Self.chineseNumeral(article.number))条 · \(article.title.zh)",
            "# Article \(article.number) · \(article.title.en)",
            "#",
        ]
        out += comment(
            "逐项回答每个指标。证据文件放入 evidence/ 文件夹并在 evidence 下列出；只有注明允许的指标才可回答 not-applicable，且必须写明 justification。",
            indent: "")
        out += comment(
            "Answer every indicator. Put evidence files in the evidence/ folder and list them under `evidence`. `not-applicable` is allowed only where noted, and always needs a `justification`.",
            indent: "")
        out += frameworkBlock()
        out.append("article: \(article.number)")
        out.append("indicators:")
        for indicator in article.indicators {
            out.append("")
            out += indicatorComment(indicator)
            out += indicatorEntry(
                indicator, carried: values.carried[indicator.id], from: values.carriedFrom)
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func frameworkBlock() -> [String] {
        [
            "framework:", "  id: \(YAMLWriter.scalar(framework.id))",
            "  version: \(YAMLWriter.quoted(framework.version))",
        ]
    }

    private func indicatorComment(_ indicator: Indicator) -> [String] {
        if let cachedComments, cachedComments.width == width,
            let lines = cachedComments.lines[indicator.id]
        {
            return lines
        }
        let indent = "  "
        var out = ["  # ── \(indicator.id) \(indicator.title.zh) · \(indicator.title.en)"]
        out += comment("问题：" + indicator.question.zh, indent: indent)
        out += comment("Question: " + indicator.question.en, indent: indent)
        out += comment("指引：" + indicator.guidance.zh, indent: indent)
        out += comment("Guidance: " + indicator.guidance.en, indent: indent)
        out += comment("回答 Answer: " + answerSummary(indicator), indent: indent)
        for level in indicator.answer.levels {
            out += comment(
                "  \(level.value) — \(level.meaning.zh) / \(level.meaning.en)", indent: indent,
                continuation: "      ")
        }
        if let when = indicator.notApplicable {
            out += comment("可不适用 not-applicable: \(when.zh) / \(when.en)", indent: indent)
        }
        var facts: [String] = []
        if indicator.critical { facts.append("关键指标 critical") }
        facts.append("权重 weight \(DecimalText.plain(indicator.weight))")
        let evidence = [
            "required": "证据必填 evidence required", "optional": "证据可选 evidence optional",
            "none": "无需证据 no evidence",
        ]
        facts.append(evidence[indicator.evidence.rawValue] ?? indicator.evidence.rawValue)
        out += comment(facts.joined(separator: " · "), indent: indent)
        if !indicator.rules.isEmpty {
            let rules = indicator.rules.map { citation in
                [citation.ref, citation.provision].compactMap { $0 }.joined(separator: " ")
            }
            out += comment("依据 Rules: " + rules.joined(separator: "; "), indent: indent)
        }
        return out
    }

    private func answerSummary(_ indicator: Indicator) -> String {
        var text: String
        switch indicator.answer.type {
        case .yesNo: text = "yes | no"
        case .yesPartialNo: text = "yes | partial | no"
        case .maturity: text = "0–4 (成熟度 maturity level)"
        case .number(let rule):
            let direction =
                rule.better == .higher ? "越高越好 higher is better" : "越低越好 lower is better"
            text =
                "数字 a number in \(rule.unit.zh) / \(rule.unit.en); 目标 target \(DecimalText.plain(rule.target)), \(direction)"
        case .date(let months):
            text = "日期 a date YYYY-MM-DD"
            if let months {
                text +=
                    "; 满分须在报告年度末前 \(months) 个月内 / full credit within \(months) months of the year's end"
            }
        case .text: text = "文字 text (不计分 not scored)"
        }
        if indicator.allowsNotApplicable { text += " | not-applicable" }
        return text
    }

    private func indicatorEntry(
        _ indicator: Indicator, carried: IndicatorAnswer?, from year: Int?
    ) -> [String] {
        var out = ["  \(indicator.id):"]
        guard let carried else {
            out += ["    answer:", "    evidence:", "    note:"]
            return out
        }
        out.append("    answer: " + answerText(carried.value))
        if carried.evidence.isEmpty {
            out.append("    evidence:")
        } else {
            out.append("    evidence:")
            for item in carried.evidence {
                if item.date == nil, item.description == nil {
                    out.append("      - \(YAMLWriter.scalar(item.path))")
                } else {
                    out.append("      - path: \(YAMLWriter.scalar(item.path))")
                    if let date = item.date { out.append("        date: \(date)") }
                    if let description = item.description {
                        out.append("        description: \(YAMLWriter.scalar(description))")
                    }
                }
            }
        }
        out.append("    note:" + value(carried.note, indent: "      "))
        if let justification = carried.justification {
            out.append("    justification:" + value(justification, indent: "      "))
        }
        if let year {
            out.append("    carried-forward: \(year)    # 复核后删除此行 · delete this line once reviewed")
        }
        return out
    }

    private func answerText(_ value: AnswerValue) -> String {
        switch value {
        case .maturity, .number, .date, .yes, .partial, .no, .notApplicable: value.text
        case .text(let text): YAMLWriter.scalar(text)
        }
    }

    /// " value" for a key line, or "" when there is no value; multi-line text becomes a block.
    private func value(_ text: String?, indent: String = "    ") -> String {
        guard let text, !text.isEmpty else { return "" }
        if text.contains("\n"), !text.hasPrefix(" "),
            !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" })
        {
            let body = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? "" : indent + $0
            }
            let chomp = text.hasSuffix("\n") ? "" : "-"
            return " |\(chomp)\n"
                + body.dropLast(text.hasSuffix("\n") ? 1 : 0).joined(separator: "\n")
        }
        return " " + YAMLWriter.scalar(text)
    }

    /// Wraps text into comment lines.
    private func comment(_ text: String, indent: String, continuation: String = "") -> [String] {
        let prefix = indent + "# "
        let available = max(40, width - DisplayWidth.of(prefix) - DisplayWidth.of(continuation))
        let lines = DisplayWidth.wrap(text, width: available)
        return lines.enumerated().map { index, line in
            let body = index == 0 ? line : continuation + line
            return (prefix + body).trailingSpacesTrimmed
        }
    }

    /// 一, 二 … 十 for article headings.
    static func chineseNumeral(_ number: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        if number >= 0, number <= 10 { return digits[number] }
        if number < 20 { return "十" + digits[number - 10] }
        return String(number)
    }
}

extension String {
    var trailingSpacesTrimmed: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
