import Foundation

/// Renders diagnostics for people (text with caret lines), for programs (JSON, SARIF) and for
/// GitHub Actions (workflow commands).
public enum DiagnosticRenderer {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case text
        case json
        case sarif
        case github
    }

    // MARK: Text

    /// Renders one diagnostic as text: the compiler-style first line, the path, the source line
    /// with a caret under the column (wide characters counted twice), and the hint.
    public static func text(
        _ diagnostic: Diagnostic, sources: [String: SourceText], style: TextStyle,
        language: Language = .english
    ) -> String {
        typealias Words = DiagnosticRenderMessages
        var lines: [String] = []
        lines.append(
            style.bold("\(diagnostic.location):") + " " + style.severity(diagnostic.severity)
                + style.bold(": ")
                + style.bold(diagnostic.message(in: language)) + " "
                + style.dim("[\(diagnostic.code.rawValue)]"))
        if let path = diagnostic.path, !path.isEmpty {
            lines.append("  " + style.dim(Words.at.text(language)) + path)
        }
        if diagnostic.location.hasPosition,
            let line = sources[diagnostic.location.file]?.line(diagnostic.location.line)
        {
            lines += sourceExcerpt(
                line: line, number: diagnostic.location.line, column: diagnostic.location.column,
                style: style)
        }
        let note = Words.note.text(language)
        for entry in diagnostic.notes {
            lines.append(
                "  " + style.cyan(note) + Language.gap(after: note)
                    + "\(entry.location): \(entry.message(in: language))")
        }
        if let hint = diagnostic.hint(in: language) {
            let label = Words.hint.text(language)
            lines.append("  " + style.green(label) + Language.gap(after: label) + hint)
        }
        return lines.joined(separator: "\n")
    }

    /// The source line and a caret line under `column` (1-based, in Unicode scalars).
    static func sourceExcerpt(line: String, number: Int, column: Int, style: TextStyle) -> [String]
    {
        let gutter = String(number)
        let pad = String(repeating: " ", count: gutter.count)
        let shown = line.replacingOccurrences(of: "\t", with: "→")
        let before = String(
            String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, column - 1))))
        let caretOffset = DisplayWidth.of(before.replacingOccurrences(of: "\t", with: "→"))
        return [
            "  " + style.dim("\(gutter) |") + " " + shown,
            "  " + style.dim("\(pad) |") + " " + String(repeating: " ", count: caretOffset)
                + style.green("^"),
        ]
    }

    /// The one-line summary, such as "Checked 8 files: 2 errors, 1 warning.".
    public static func summary(
        _ report: ValidationReport, language: Language = .english
    )
        -> String
    {
        typealias Words = DiagnosticRenderMessages
        return Words.summary.text(
            language,
            [
                "files": Words.count(report.filesChecked, one: .filesOne, many: .files),
                "errors": Words.count(
                    report.diagnostics.errorCount, one: .errorsOne, many: .errors),
                "warnings": Words.count(
                    report.diagnostics.warningCount, one: .warningsOne, many: .warnings),
            ])
    }

    /// The whole report as text, diagnostics separated by blank lines, then the summary.
    public static func text(
        _ report: ValidationReport, style: TextStyle, language: Language = .english
    ) -> String {
        var blocks = report.diagnostics.map {
            text($0, sources: report.sources, style: style, language: language)
        }
        blocks.append(style.bold(summary(report, language: language)))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: JSON

    struct JSONReport: Encodable {
        struct Summary: Encodable {
            var filesChecked: Int
            var errors: Int
            var warnings: Int
            var valid: Bool
        }

        struct Item: Encodable {
            struct Note: Encodable {
                var file: String
                var line: Int?
                var column: Int?
                var message: String
            }

            var severity: String
            var code: String
            var message: String
            var file: String
            var line: Int?
            var column: Int?
            var path: String?
            var hint: String?
            var notes: [Note]?
        }

        var schemaVersion = 1
        var tool = "selfassess"
        var toolVersion = SelfAssessVersion.current
        var summary: Summary
        var diagnostics: [Item]
    }

    /// The report as JSON (documented in docs/validate-json.md): stable codes and severities, the
    /// messages, hints and notes in a language (English by default).
    public static func json(_ report: ValidationReport, language: Language = .english) -> String {
        let items = report.diagnostics.map { diagnostic in
            JSONReport.Item(
                severity: diagnostic.severity.rawValue, code: diagnostic.code.rawValue,
                message: diagnostic.message(in: language),
                file: diagnostic.location.file,
                line: diagnostic.location.hasPosition ? diagnostic.location.line : nil,
                column: diagnostic.location.hasPosition ? diagnostic.location.column : nil,
                path: diagnostic.path, hint: diagnostic.hint(in: language),
                notes: diagnostic.notes.isEmpty
                    ? nil
                    : diagnostic.notes.map {
                        JSONReport.Item.Note(
                            file: $0.location.file,
                            line: $0.location.hasPosition ? $0.location.line : nil,
                            column: $0.location.hasPosition ? $0.location.column : nil,
                            message: $0.message(in: language))
                    })
        }
        let value = JSONReport(
            summary: .init(
                filesChecked: report.filesChecked, errors: report.diagnostics.errorCount,
                warnings: report.diagnostics.warningCount, valid: !report.hasErrors),
            diagnostics: items)
        return JSONOutput.encode(value)
    }

    // MARK: SARIF

    /// The report as SARIF 2.1.0, for code-scanning tools: stable rule ids, names and levels, the
    /// descriptions and messages in a language (English by default).
    public static func sarif(_ report: ValidationReport, language: Language = .english) -> String {
        let usedCodes = Set(report.diagnostics.map(\.code))
        let codes = Diagnostic.Code.allCases.filter { usedCodes.contains($0) }
        let rules: [[String: Any]] = codes.map { code in
            [
                "id": code.rawValue,
                "name": code.title.replacingOccurrences(of: " ", with: ""),
                "shortDescription": ["text": code.title(in: language)],
                "fullDescription": ["text": code.explanation(in: language)],
                "defaultConfiguration": ["level": sarifLevel(code.severity)],
                "help": [
                    "text": DiagnosticRenderMessages.sarifHelp.text(
                        language,
                        ["anchor": .text(code.rawValue.lowercased()), "code": .text(code.rawValue)])
                ],
            ]
        }
        let results: [[String: Any]] = report.diagnostics.map { diagnostic in
            var physical: [String: Any] = [
                "artifactLocation": ["uri": sarifURI(diagnostic.location.file)]
            ]
            if diagnostic.location.hasPosition {
                physical["region"] = [
                    "startLine": diagnostic.location.line,
                    "startColumn": diagnostic.location.column,
                ]
            }
            var text = diagnostic.message(in: language)
            if let hint = diagnostic.hint(in: language) {
                text += language == .chinese ? "（\(hint)）" : " (\(hint))"
            }
            var result: [String: Any] = [
                "ruleId": diagnostic.code.rawValue,
                "ruleIndex": codes.firstIndex(of: diagnostic.code) ?? 0,
                "level": sarifLevel(diagnostic.severity),
                "message": ["text": text],
                "locations": [["physicalLocation": physical]],
            ]
            if let path = diagnostic.path {
                result["properties"] = ["path": path]
            }
            return result
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                [
                    "tool": [
                        "driver": [
                            "name": "selfassess",
                            "version": SelfAssessVersion.current,
                            "rules": rules,
                        ] as [String: Any]
                    ],
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                ] as [String: Any]
            ],
        ]
        return JSONOutput.serialize(log)
    }

    private static func sarifLevel(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    private static func sarifURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    // MARK: GitHub

    /// The report as GitHub Actions workflow commands (`::error file=…,line=…::message`), the
    /// titles and messages in a language (English by default).
    public static func github(_ report: ValidationReport, language: Language = .english) -> String {
        var lines = report.diagnostics.map { diagnostic -> String in
            let command =
                diagnostic.severity == .error
                ? "error" : diagnostic.severity == .warning ? "warning" : "notice"
            var properties = ["file=\(escapeProperty(diagnostic.location.file))"]
            if diagnostic.location.hasPosition {
                properties.append("line=\(diagnostic.location.line)")
                properties.append("col=\(diagnostic.location.column)")
            }
            properties.append(
                "title=\(escapeProperty("\(diagnostic.code.rawValue) \(diagnostic.code.title(in: language))"))"
            )
            var message = diagnostic.message(in: language)
            if let hint = diagnostic.hint(in: language) {
                message +=
                    "\n" + DiagnosticRenderMessages.githubHint.text(language, ["hint": .text(hint)])
            }
            return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
        }
        lines.append(summary(report, language: language))
        return lines.joined(separator: "\n") + "\n"
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(
            of: ",", with: "%2C")
    }
}
