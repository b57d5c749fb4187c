extension Diagnostic {
    /// A stable diagnostic code such as `SA003`; its raw value is the code as printed.
    ///
    /// Codes never change meaning once released. The cases are in documentation order:
    /// docs/diagnostics.md is generated from ``allCases``, so the list cannot go stale. Each
    /// code's severity, title and explanation are in `Diagnostic.Code+Catalog.swift`.
    public enum Code: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        // MARK: Reading files and YAML (SA0xx)

        case syntax = "SA001"
        case tabIndentation = "SA002"
        case duplicateKey = "SA003"
        case aliasOrAnchor = "SA004"
        case mergeKey = "SA005"
        case explicitTag = "SA006"
        case multipleDocuments = "SA007"
        case emptyFile = "SA008"
        case invalidUTF8 = "SA009"
        case wrongEncoding = "SA010"
        case controlCharacter = "SA011"
        case lineSeparator = "SA012"
        case fileTooLarge = "SA013"
        case nestingTooDeep = "SA014"
        case complexKey = "SA015"
        case unreadable = "SA016"
        case tooManyFindings = "SA017"
        case fileOutsideFolder = "SA018"

        // MARK: Structure (SA1xx)

        case missingKey = "SA101"
        case unknownKey = "SA102"
        case wrongNodeType = "SA103"
        case missingArticleFile = "SA104"
        case articleMismatch = "SA105"
        case unexpectedFile = "SA106"
        case frameworkMismatch = "SA107"
        case unknownFramework = "SA108"
        case unknownIndicator = "SA109"
        case missingIndicator = "SA110"
        case invalidValue = "SA111"

        // MARK: Answers (SA2xx)

        case unanswered = "SA201"
        case invalidAnswer = "SA202"
        case maturityOutOfRange = "SA203"
        case invalidNumber = "SA204"
        case invalidDate = "SA205"
        case emptyText = "SA206"
        case notApplicableNotAllowed = "SA207"
        case missingJustification = "SA208"
        case strayJustification = "SA209"
        case carriedForward = "SA210"
        case evidenceNameUnusable = "SA211"
        case evidenceTooLarge = "SA212"
        case implausibleNumber = "SA213"
        case staleEvidence = "SA214"
        case staleDate = "SA215"
        case staleJustification = "SA216"

        // MARK: Evidence (SA3xx)

        case evidenceRequired = "SA301"
        case evidenceAbsolute = "SA302"
        case evidenceEscapes = "SA303"
        case evidenceMissing = "SA304"
        case evidenceNotFile = "SA305"
        case evidenceDuplicate = "SA306"

        // MARK: assessment.yaml (SA4xx)

        case missingAssessmentFile = "SA401"
        case invalidSignatoryID = "SA402"
        case implausibleYear = "SA403"
        case unknownCategory = "SA404"
        case invalidEmail = "SA405"
        case declarationDate = "SA406"

        // MARK: Framework, policy and keyring files (SA9xx)

        case invalidFramework = "SA901"
        case invalidPolicy = "SA902"
        case invalidKeyring = "SA903"

        public var description: String { rawValue }

        /// Whether the code reports a failure to read input rather than a problem in it (exit
        /// code 2).
        public var isInputFailure: Bool { self == .unreadable }
    }
}
