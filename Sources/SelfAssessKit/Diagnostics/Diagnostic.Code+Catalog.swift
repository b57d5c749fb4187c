extension Diagnostic.Code {
    /// The severity a diagnostic with this code has unless it says otherwise.
    public var severity: Diagnostic.Severity {
        switch self {
        case .unexpectedFile, .strayJustification, .carriedForward, .evidenceDuplicate,
            .declarationDate:
            .warning
        default: .error
        }
    }

    /// A short title for the documentation table, in English.
    public var title: String { title(in: .english) }

    /// A longer explanation in English: what triggers the code and how to fix it.
    public var explanation: String { explanation(in: .english) }

    /// The code's title in a language (English until the codes' table is translated).
    public func title(in language: Language) -> String {
        switch language {
        case .english, .chinese: englishEntry.title
        }
    }

    /// The code's explanation in a language (English until the codes' table is translated).
    public func explanation(in language: Language) -> String {
        switch language {
        case .english, .chinese: englishEntry.explanation
        }
    }

    /// The English catalog of codes: title and explanation.
    private var englishEntry: (title: String, explanation: String) {
        switch self {
        case .syntax:
            (
                "YAML syntax error",
                "libyaml could not parse the file. The message gives libyaml's own words and position; the "
                    + "hint explains the usual cause."
            )
        case .tabIndentation:
            (
                "Tab used for indentation",
                "YAML indents with spaces only. Replace the tab characters at the start of the line with spaces."
            )
        case .duplicateKey:
            (
                "Duplicate key",
                "The same key appears twice in one mapping. Keys are compared by value, so `\"A2.1\"` and "
                    + "`A2.1` are the same key. Both places are named; keep one."
            )
        case .aliasOrAnchor:
            (
                "Anchor or alias",
                "Anchors (`&name`) and aliases (`*name`) are refused: an assessment needs none, and refusing "
                    + "them closes alias-expansion attacks. Write the value out in full."
            )
        case .mergeKey:
            (
                "Merge key",
                "The merge key `<<` is refused, like aliases. Write the keys out in full."
            )
        case .explicitTag:
            (
                "Explicit tag",
                "Explicit tags such as `!!str` or `!!python/object` are refused. Values are typed by the "
                    + "assessment format, not by tags; quote a value if it must stay text."
            )
        case .multipleDocuments:
            (
                "More than one document",
                "A file holds exactly one YAML document. Remove the extra `---` separator or split the file."
            )
        case .emptyFile:
            (
                "Empty file",
                "The file holds no content (it is empty or has only comments)."
            )
        case .invalidUTF8:
            (
                "Not valid UTF-8",
                "The file must be UTF-8. The position of the first byte that is not valid UTF-8 is given; "
                    + "re-save the file as UTF-8."
            )
        case .wrongEncoding:
            (
                "UTF-16 or UTF-32 text",
                "The file is UTF-16 or UTF-32 (libyaml would accept UTF-16 silently). Re-save it as UTF-8."
            )
        case .controlCharacter:
            (
                "Control character",
                "The text holds an invisible control character (other than tab, line feed and carriage "
                    + "return). Delete it; it usually comes from copying out of another program."
            )
        case .lineSeparator:
            (
                "Unicode line separator",
                "NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) are refused: YAML "
                    + "counts them as line breaks and editors do not, so line numbers would disagree. "
                    + "Replace them with a normal line break or a space."
            )
        case .fileTooLarge:
            (
                "File too large",
                "The file is larger than the size limit (8 MiB by default) and was not read."
            )
        case .nestingTooDeep:
            (
                "Nesting too deep",
                "Collections are nested deeper than the limit (64 levels); reading stopped there."
            )
        case .complexKey:
            (
                "Key is not text",
                "A mapping key is itself a mapping or a list. Keys must be plain text."
            )
        case .unreadable:
            (
                "File cannot be read",
                "The file or folder does not exist, is not a regular file, or cannot be read."
            )
        case .tooManyFindings:
            (
                "Too many findings in one file",
                "At most 1,000 findings are reported per file; this one says how many more were left out. "
                    + "A file with that many problems is refused by `bundle` (and counts as an error), "
                    + "because checking it would make every reader of the bundle slow. Fix the first "
                    + "findings and run `validate` again."
            )
        case .fileOutsideFolder:
            (
                "File outside the assessment folder",
                "`assessment.yaml` or an article file is a symbolic link leading outside the assessment "
                    + "folder. The bundle takes files from inside the folder only, the same rule as for "
                    + "evidence: copy the file into the folder in place of the link."
            )
        case .missingKey:
            (
                "Required key missing",
                "A key the format requires is absent. The hint names it."
            )
        case .unknownKey:
            (
                "Unknown key",
                "A key the format does not define. Usually a misspelling: the hint suggests the closest "
                    + "known key."
            )
        case .wrongNodeType:
            (
                "Wrong kind of value",
                "A mapping, list or single value was expected and something else was found."
            )
        case .missingArticleFile:
            (
                "Article file missing",
                "An assessment folder holds `article-1.yaml` to `article-7.yaml`; one of them is absent."
            )
        case .articleMismatch:
            (
                "Article number does not match the file",
                "`article:` inside `article-N.yaml` must be N."
            )
        case .unexpectedFile:
            (
                "Unexpected file",
                "A YAML file in the assessment folder that is not part of the format (for example "
                    + "`article-8.yaml` or `article-2.yml`). It is not read."
            )
        case .frameworkMismatch:
            (
                "Framework differs between files",
                "Every file of an assessment must name the same framework id and version."
            )
        case .unknownFramework:
            (
                "Unknown framework",
                "The framework id or version named in the file is not the one loaded. Use `--framework` "
                    + "to load the framework the assessment answers, or update the assessment."
            )
        case .unknownIndicator:
            (
                "Unknown indicator",
                "The indicator id is not one of this article's indicators. The hint suggests the closest id "
                    + "or names the article it belongs to."
            )
        case .missingIndicator:
            (
                "Indicator missing",
                "An indicator of the article has no entry. Every indicator must be answered (or marked "
                    + "`not-applicable` where the framework allows it)."
            )
        case .invalidValue:
            (
                "Invalid value",
                "A value does not have the expected form (a date, a number, an e-mail address, an id)."
            )
        case .unanswered:
            (
                "Not answered",
                "The indicator is present but its `answer` is empty."
            )
        case .invalidAnswer:
            (
                "Answer not allowed for this indicator",
                "The answer is not one the indicator's answer type allows. The hint lists the allowed answers."
            )
        case .maturityOutOfRange:
            (
                "Maturity level out of range",
                "A maturity answer is a whole number from 0 to 4."
            )
        case .invalidNumber:
            (
                "Invalid number",
                "A number answer must be a plain decimal number in the indicator's unit (no unit, no %), "
                    + "within its valid range."
            )
        case .invalidDate:
            (
                "Invalid date",
                "A date must be a real calendar date written YYYY-MM-DD, and not after the end of the "
                    + "reporting year; an evidence file cannot be dated in the future."
            )
        case .emptyText:
            (
                "Empty text answer",
                "A text answer must not be empty."
            )
        case .notApplicableNotAllowed:
            (
                "not-applicable not allowed",
                "The framework does not allow `not-applicable` for this indicator."
            )
        case .missingJustification:
            (
                "not-applicable without justification",
                "`not-applicable` always needs a `justification` saying why the indicator does not apply."
            )
        case .strayJustification:
            (
                "Justification on an applicable answer",
                "A `justification` is only read with `not-applicable`. Move the text to `note`."
            )
        case .carriedForward:
            (
                "Carried-forward answer not reviewed",
                "`init --from` copied this answer from last year's assessment. Check it, then delete the "
                    + "`carried-forward` line."
            )
        case .evidenceNameUnusable:
            (
                "Evidence path cannot be recorded",
                "The cited evidence path holds a control character (a line break, a tab, ESC …) or is "
                    + "longer than 1,024 bytes, so the bundle's manifest cannot record it. Rename the file "
                    + "and cite the new name."
            )
        case .evidenceTooLarge:
            (
                "Evidence file too large",
                "The cited evidence file is larger than a bundle entry may be (100 MiB by default); "
                    + "its size is read from the file system, the file is not read. Cite a smaller "
                    + "extract, or split the document."
            )
        case .evidenceRequired:
            (
                "Evidence required",
                "The framework requires evidence for this indicator and none is cited."
            )
        case .evidenceAbsolute:
            (
                "Absolute evidence path",
                "Evidence paths are relative to the assessment folder."
            )
        case .evidenceEscapes:
            (
                "Evidence path leaves the folder",
                "The evidence path leads outside the assessment folder (through `..` or a symbolic link)."
            )
        case .evidenceMissing:
            (
                "Evidence file not found",
                "The cited evidence file does not exist."
            )
        case .evidenceNotFile:
            (
                "Evidence is not a regular file",
                "The cited evidence path is a folder, a device, a pipe or otherwise not a regular file."
            )
        case .evidenceDuplicate:
            (
                "Evidence cited twice",
                "The same evidence file is listed twice for one indicator."
            )
        case .missingAssessmentFile:
            (
                "assessment.yaml missing",
                "An assessment folder needs an `assessment.yaml` naming the signatory, year and framework."
            )
        case .invalidSignatoryID:
            (
                "Invalid signatory id",
                "A signatory id is 2–63 characters of lower-case letters, digits and hyphens, starting with "
                    + "a letter or digit, as registered with the society."
            )
        case .implausibleYear:
            (
                "Implausible reporting year",
                "The reporting year must be a four-digit year from 2014 (the Convention's year) to next year."
            )
        case .unknownCategory:
            (
                "Unknown category",
                "The signatory's category must be one of the framework's categories."
            )
        case .invalidEmail:
            (
                "Invalid e-mail address",
                "The contact e-mail does not look like an e-mail address."
            )
        case .declarationDate:
            (
                "Unusual declaration date",
                "The declaration is dated before the reporting year began, or too far after it."
            )
        case .invalidFramework:
            (
                "Invalid framework",
                "The framework file breaks a rule of the framework format (duplicate ids, zero weights, "
                    + "bands out of order, a missing article …)."
            )
        case .invalidPolicy:
            (
                "Invalid policy",
                "The policy file breaks a rule of the policy format: a duplicate rule id, a rule without "
                    + "conditions, contradictory conditions, an escalation that does not raise the step, or an "
                    + "indicator or rating the framework does not define. docs/policy.md describes the format."
            )
        case .invalidKeyring:
            (
                "Invalid keyring",
                "The keyring file breaks a rule of the keyring format: a key that is not an Ed25519 public "
                    + "key (X25519, RSA, a private key, damaged PEM or base64), a fingerprint that does not "
                    + "match its key, a key registered twice (for one signatory or for two), a signatory "
                    + "without keys, `valid-until` before `valid-from`, or an unsupported schema. A "
                    + "revocation dated before the key's `valid-from` is a warning. docs/keyring.md "
                    + "describes the format."
            )
        }
    }
}
