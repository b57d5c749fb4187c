extension Diagnostic {
    /// A stable diagnostic code such as `SA003`, with its default severity and documentation.
    ///
    /// Codes never change meaning once released; docs/diagnostics.md is generated from ``all``.
    public struct Code: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
        /// The code as printed, such as `SA003`.
        public let rawValue: String
        /// The severity a diagnostic with this code has unless it says otherwise.
        public let severity: Severity
        /// A short title for the documentation table.
        public let title: String
        /// A longer explanation: what triggers the code and how to fix it.
        public let explanation: String
        /// Whether the code reports a failure to read input rather than a problem in it (exit code 2).
        public let isInputFailure: Bool

        public init?(rawValue: String) {
            guard let code = Self.all.first(where: { $0.rawValue == rawValue }) else { return nil }
            self = code
        }

        init(
            _ rawValue: String, _ severity: Severity, _ title: String, _ explanation: String,
            inputFailure: Bool = false
        ) {
            self.rawValue = rawValue
            self.severity = severity
            self.title = title
            self.explanation = explanation
            self.isInputFailure = inputFailure
        }

        public var description: String { rawValue }

        public static func == (lhs: Code, rhs: Code) -> Bool { lhs.rawValue == rhs.rawValue }
        public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
    }
}

// MARK: - Reading files and YAML (SA0xx)

extension Diagnostic.Code {
    public static let syntax = Self(
        "SA001", .error, "YAML syntax error",
        "libyaml could not parse the file. The message gives libyaml's own words and position; the "
            + "hint explains the usual cause.")
    public static let tabIndentation = Self(
        "SA002", .error, "Tab used for indentation",
        "YAML indents with spaces only. Replace the tab characters at the start of the line with spaces."
    )
    public static let duplicateKey = Self(
        "SA003", .error, "Duplicate key",
        "The same key appears twice in one mapping. Keys are compared by value, so `\"A2.1\"` and "
            + "`A2.1` are the same key. Both places are named; keep one.")
    public static let aliasOrAnchor = Self(
        "SA004", .error, "Anchor or alias",
        "Anchors (`&name`) and aliases (`*name`) are refused: an assessment needs none, and refusing "
            + "them closes alias-expansion attacks. Write the value out in full.")
    public static let mergeKey = Self(
        "SA005", .error, "Merge key",
        "The merge key `<<` is refused, like aliases. Write the keys out in full.")
    public static let explicitTag = Self(
        "SA006", .error, "Explicit tag",
        "Explicit tags such as `!!str` or `!!python/object` are refused. Values are typed by the "
            + "assessment format, not by tags; quote a value if it must stay text.")
    public static let multipleDocuments = Self(
        "SA007", .error, "More than one document",
        "A file holds exactly one YAML document. Remove the extra `---` separator or split the file."
    )
    public static let emptyFile = Self(
        "SA008", .error, "Empty file",
        "The file holds no content (it is empty or has only comments).")
    public static let invalidUTF8 = Self(
        "SA009", .error, "Not valid UTF-8",
        "The file must be UTF-8. The position of the first byte that is not valid UTF-8 is given; "
            + "re-save the file as UTF-8.")
    public static let wrongEncoding = Self(
        "SA010", .error, "UTF-16 or UTF-32 text",
        "The file is UTF-16 or UTF-32 (libyaml would accept UTF-16 silently). Re-save it as UTF-8.")
    public static let controlCharacter = Self(
        "SA011", .error, "Control character",
        "The text holds an invisible control character (other than tab, line feed and carriage "
            + "return). Delete it; it usually comes from copying out of another program.")
    public static let lineSeparator = Self(
        "SA012", .error, "Unicode line separator",
        "NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) are refused: YAML "
            + "counts them as line breaks and editors do not, so line numbers would disagree. "
            + "Replace them with a normal line break or a space.")
    public static let fileTooLarge = Self(
        "SA013", .error, "File too large",
        "The file is larger than the size limit (8 MiB by default) and was not read.")
    public static let nestingTooDeep = Self(
        "SA014", .error, "Nesting too deep",
        "Collections are nested deeper than the limit (64 levels); reading stopped there.")
    public static let complexKey = Self(
        "SA015", .error, "Key is not text",
        "A mapping key is itself a mapping or a list. Keys must be plain text.")
    public static let unreadable = Self(
        "SA016", .error, "File cannot be read",
        "The file or folder does not exist, is not a regular file, or cannot be read.",
        inputFailure: true)
    public static let tooManyFindings = Self(
        "SA017", .error, "Too many findings in one file",
        "At most 1,000 findings are reported per file; this one says how many more were left out. "
            + "A file with that many problems is refused by `bundle` (and counts as an error), "
            + "because checking it would make every reader of the bundle slow. Fix the first "
            + "findings and run `validate` again.")
    public static let fileOutsideFolder = Self(
        "SA018", .error, "File outside the assessment folder",
        "`assessment.yaml` or an article file is a symbolic link leading outside the assessment "
            + "folder. The bundle takes files from inside the folder only, the same rule as for "
            + "evidence: copy the file into the folder in place of the link.")
}

// MARK: - Structure (SA1xx)

extension Diagnostic.Code {
    public static let missingKey = Self(
        "SA101", .error, "Required key missing",
        "A key the format requires is absent. The hint names it.")
    public static let unknownKey = Self(
        "SA102", .error, "Unknown key",
        "A key the format does not define. Usually a misspelling: the hint suggests the closest "
            + "known key.")
    public static let wrongNodeType = Self(
        "SA103", .error, "Wrong kind of value",
        "A mapping, list or single value was expected and something else was found.")
    public static let missingArticleFile = Self(
        "SA104", .error, "Article file missing",
        "An assessment folder holds `article-1.yaml` to `article-7.yaml`; one of them is absent.")
    public static let articleMismatch = Self(
        "SA105", .error, "Article number does not match the file",
        "`article:` inside `article-N.yaml` must be N.")
    public static let unexpectedFile = Self(
        "SA106", .warning, "Unexpected file",
        "A YAML file in the assessment folder that is not part of the format (for example "
            + "`article-8.yaml` or `article-2.yml`). It is not read.")
    public static let frameworkMismatch = Self(
        "SA107", .error, "Framework differs between files",
        "Every file of an assessment must name the same framework id and version.")
    public static let unknownFramework = Self(
        "SA108", .error, "Unknown framework",
        "The framework id or version named in the file is not the one loaded. Use `--framework` "
            + "to load the framework the assessment answers, or update the assessment.")
    public static let unknownIndicator = Self(
        "SA109", .error, "Unknown indicator",
        "The indicator id is not one of this article's indicators. The hint suggests the closest id "
            + "or names the article it belongs to.")
    public static let missingIndicator = Self(
        "SA110", .error, "Indicator missing",
        "An indicator of the article has no entry. Every indicator must be answered (or marked "
            + "`not-applicable` where the framework allows it).")
    public static let invalidValue = Self(
        "SA111", .error, "Invalid value",
        "A value does not have the expected form (a date, a number, an e-mail address, an id).")
}

// MARK: - Answers (SA2xx)

extension Diagnostic.Code {
    public static let unanswered = Self(
        "SA201", .error, "Not answered",
        "The indicator is present but its `answer` is empty.")
    public static let invalidAnswer = Self(
        "SA202", .error, "Answer not allowed for this indicator",
        "The answer is not one the indicator's answer type allows. The hint lists the allowed answers."
    )
    public static let maturityOutOfRange = Self(
        "SA203", .error, "Maturity level out of range",
        "A maturity answer is a whole number from 0 to 4.")
    public static let invalidNumber = Self(
        "SA204", .error, "Invalid number",
        "A number answer must be a plain decimal number in the indicator's unit (no unit, no %), "
            + "within its valid range.")
    public static let invalidDate = Self(
        "SA205", .error, "Invalid date",
        "A date must be a real calendar date written YYYY-MM-DD, and not after the end of the "
            + "reporting year; an evidence file cannot be dated in the future.")
    public static let emptyText = Self(
        "SA206", .error, "Empty text answer",
        "A text answer must not be empty.")
    public static let notApplicableNotAllowed = Self(
        "SA207", .error, "not-applicable not allowed",
        "The framework does not allow `not-applicable` for this indicator.")
    public static let missingJustification = Self(
        "SA208", .error, "not-applicable without justification",
        "`not-applicable` always needs a `justification` saying why the indicator does not apply.")
    public static let strayJustification = Self(
        "SA209", .warning, "Justification on an applicable answer",
        "A `justification` is only read with `not-applicable`. Move the text to `note`.")
    public static let carriedForward = Self(
        "SA210", .warning, "Carried-forward answer not reviewed",
        "`init --from` copied this answer from last year's assessment. Check it, then delete the "
            + "`carried-forward` line.")
    public static let evidenceNameUnusable = Self(
        "SA211", .error, "Evidence path cannot be recorded",
        "The cited evidence path holds a control character (a line break, a tab, ESC …) or is "
            + "longer than 1,024 bytes, so the bundle's manifest cannot record it. Rename the file "
            + "and cite the new name.")
    public static let evidenceTooLarge = Self(
        "SA212", .error, "Evidence file too large",
        "The cited evidence file is larger than a bundle entry may be (100 MiB by default); "
            + "its size is read from the file system, the file is not read. Cite a smaller "
            + "extract, or split the document.")
}

// MARK: - Evidence (SA3xx)

extension Diagnostic.Code {
    public static let evidenceRequired = Self(
        "SA301", .error, "Evidence required",
        "The framework requires evidence for this indicator and none is cited.")
    public static let evidenceAbsolute = Self(
        "SA302", .error, "Absolute evidence path",
        "Evidence paths are relative to the assessment folder.")
    public static let evidenceEscapes = Self(
        "SA303", .error, "Evidence path leaves the folder",
        "The evidence path leads outside the assessment folder (through `..` or a symbolic link).")
    public static let evidenceMissing = Self(
        "SA304", .error, "Evidence file not found",
        "The cited evidence file does not exist.")
    public static let evidenceNotFile = Self(
        "SA305", .error, "Evidence is not a regular file",
        "The cited evidence path is a folder, a device, a pipe or otherwise not a regular file.")
    public static let evidenceDuplicate = Self(
        "SA306", .warning, "Evidence cited twice",
        "The same evidence file is listed twice for one indicator.")
}

// MARK: - assessment.yaml (SA4xx)

extension Diagnostic.Code {
    public static let missingAssessmentFile = Self(
        "SA401", .error, "assessment.yaml missing",
        "An assessment folder needs an `assessment.yaml` naming the signatory, year and framework.")
    public static let invalidSignatoryID = Self(
        "SA402", .error, "Invalid signatory id",
        "A signatory id is 2–63 characters of lower-case letters, digits and hyphens, starting with "
            + "a letter or digit, as registered with the society.")
    public static let implausibleYear = Self(
        "SA403", .error, "Implausible reporting year",
        "The reporting year must be a four-digit year from 2014 (the Convention's year) to next year."
    )
    public static let unknownCategory = Self(
        "SA404", .error, "Unknown category",
        "The signatory's category must be one of the framework's categories.")
    public static let invalidEmail = Self(
        "SA405", .error, "Invalid e-mail address",
        "The contact e-mail does not look like an e-mail address.")
    public static let declarationDate = Self(
        "SA406", .warning, "Unusual declaration date",
        "The declaration is dated before the reporting year began, or too far after it.")
}

// MARK: - Framework files (SA9xx)

extension Diagnostic.Code {
    public static let invalidFramework = Self(
        "SA901", .error, "Invalid framework",
        "The framework file breaks a rule of the framework format (duplicate ids, zero weights, "
            + "bands out of order, a missing article …).")
}

extension Diagnostic.Code {
    /// Every code, in order, for documentation and lookup.
    public static let all: [Diagnostic.Code] = [
        .syntax, .tabIndentation, .duplicateKey, .aliasOrAnchor, .mergeKey, .explicitTag,
        .multipleDocuments, .emptyFile, .invalidUTF8, .wrongEncoding, .controlCharacter,
        .lineSeparator, .fileTooLarge, .nestingTooDeep, .complexKey, .unreadable,
        .tooManyFindings, .fileOutsideFolder,
        .missingKey, .unknownKey, .wrongNodeType, .missingArticleFile, .articleMismatch,
        .unexpectedFile, .frameworkMismatch, .unknownFramework, .unknownIndicator,
        .missingIndicator, .invalidValue,
        .unanswered, .invalidAnswer, .maturityOutOfRange, .invalidNumber, .invalidDate, .emptyText,
        .notApplicableNotAllowed, .missingJustification, .strayJustification, .carriedForward,
        .evidenceNameUnusable, .evidenceTooLarge,
        .evidenceRequired, .evidenceAbsolute, .evidenceEscapes, .evidenceMissing, .evidenceNotFile,
        .evidenceDuplicate,
        .missingAssessmentFile, .invalidSignatoryID, .implausibleYear, .unknownCategory,
        .invalidEmail, .declarationDate,
        .invalidFramework, .invalidPolicy, .invalidKeyring,
    ]
}
