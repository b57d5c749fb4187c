/// The wordings around diagnostics for people.
///
/// The labels of a diagnostic's lines, the summary line, and the SARIF rules' help. The
/// diagnostics' own messages live in their concerns' catalogs; machine words (severities, SARIF
/// levels, workflow commands) are not wordings.
enum DiagnosticRenderMessages: String, MessageCatalog {
    case at = "diagnostic-text.at"
    case note = "diagnostic-text.note"
    case hint = "diagnostic-text.hint"
    case summary = "diagnostic-text.summary"
    case filesOne = "diagnostic-text.files.one"
    case files = "diagnostic-text.files"
    case errorsOne = "diagnostic-text.errors.one"
    case errors = "diagnostic-text.errors"
    case warningsOne = "diagnostic-text.warnings.one"
    case warnings = "diagnostic-text.warnings"
    case sarifHelp = "diagnostic-text.sarif-help"
    case githubHint = "diagnostic-text.github-hint"
    case severityError = "diagnostic-text.severity.error"
    case severityWarning = "diagnostic-text.severity.warning"
    case severityNote = "diagnostic-text.severity.note"

    var english: String {
        switch self {
        case .at: "at "
        case .note: "note:"
        case .hint: "hint:"
        case .summary: "Checked {files}: {errors}, {warnings}."
        case .filesOne: "{count} file"
        case .files: "{count} files"
        case .errorsOne: "{count} error"
        case .errors: "{count} errors"
        case .warningsOne: "{count} warning"
        case .warnings: "{count} warnings"
        case .sarifHelp: "See docs/diagnostics.md#{anchor} or run `selfassess explain {code}`."
        case .githubHint: "hint: {hint}"
        case .severityError: "error"
        case .severityWarning: "warning"
        case .severityNote: "note"
        }
    }

    var chinese: String? {
        switch self {
        case .at: "位于 "
        case .note: "提示："
        case .hint: "建议："
        case .summary: "已检查 {files}：{errors}，{warnings}。"
        case .filesOne: "{count} 个文件"
        case .files: "{count} 个文件"
        case .errorsOne: "{count} 个错误"
        case .errors: "{count} 个错误"
        case .warningsOne: "{count} 个警告"
        case .warnings: "{count} 个警告"
        case .sarifHelp: "见 docs/diagnostics.md#{anchor}，或运行 `selfassess explain {code}`。"
        case .githubHint: "建议：{hint}"
        case .severityError: "错误"
        case .severityWarning: "警告"
        case .severityNote: "提示"
        }
    }

}

extension Diagnostic.Severity {
    /// The severity as a word for people, in a language ("warning", "警告"); machine formats
    /// keep ``rawValue``.
    package func word(in language: Language) -> String {
        switch self {
        case .error: DiagnosticRenderMessages.severityError.text(language)
        case .warning: DiagnosticRenderMessages.severityWarning.text(language)
        case .note: DiagnosticRenderMessages.severityNote.text(language)
        }
    }
}
