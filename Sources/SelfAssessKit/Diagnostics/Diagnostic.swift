/// A problem found in a user's input: a value that the caller collects, sorts and renders.
///
/// Diagnostics never stop the work; every problem in every file is reported in one run. Only
/// failures that make further work impossible (an unreadable folder, say) are thrown as errors.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// A position in a file: 1-based line and 1-based column counted in Unicode scalars.
    public struct Location: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The file's path, as given by the user or relative to the folder being checked.
        public var file: String
        /// The 1-based line number.
        public var line: Int
        /// The 1-based column, counted in Unicode scalars (code points), as editors count them.
        public var column: Int

        /// Creates a location.
        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }

        /// A location naming only a file (line and column 0: the file as a whole).
        public static func file(_ path: String) -> Location {
            Location(file: path, line: 0, column: 0)
        }

        /// Whether the location points into the file (false for a whole-file location).
        public var hasPosition: Bool { line > 0 }

        public var description: String {
            hasPosition ? "\(file):\(line):\(column)" : file
        }

        public static func < (lhs: Location, rhs: Location) -> Bool {
            (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
        }
    }

    /// A secondary location that helps explain a diagnostic ("first defined here").
    public struct Note: Sendable, Hashable {
        /// Where the note points.
        public var location: Location
        /// What the note says about that place, as a catalog wording.
        public var wording: Message

        /// What the note says about that place, in English.
        public var message: String { wording.text(in: .english) }

        /// Creates a note from a catalog wording.
        public init(location: Location, _ wording: Message) {
            self.location = location
            self.wording = wording
        }

        /// Creates a note whose text is not a catalog wording.
        public init(location: Location, message: String) {
            self.init(location: location, .verbatim(message))
        }

        /// What the note says in a language.
        public func message(in language: Language) -> String { wording.text(in: language) }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The stable code, such as `SA003`, documented in docs/diagnostics.md.
    public var code: Code
    /// What is wrong: a catalog wording with its arguments.
    public var wording: Message
    /// Where the problem is.
    public var location: Location
    /// The unambiguous path of the value inside its file, such as `indicators["A2.1"].answer`.
    public var path: String?
    /// How to fix it: the allowed values, the expected type, or a did-you-mean suggestion.
    public var hintWording: Message?
    /// Other places that explain the problem.
    public var notes: [Note]

    /// What is wrong, in plain English words, on one line.
    public var message: String { message(in: .english) }

    /// How to fix it, in English.
    public var hint: String? { hint(in: .english) }

    /// What is wrong, in a language, on one line.
    public func message(in language: Language) -> String {
        Self.oneLine(wording.text(in: language))
    }

    /// How to fix it, in a language.
    public func hint(in language: Language) -> String? {
        hintWording?.text(in: language)
    }

    /// A message is one line, as compilers and editors expect: a line break quoted from the input
    /// (a block scalar's `yes\n`) is shown as `\n`.
    static func oneLine(_ message: String) -> String {
        guard message.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else {
            return message
        }
        var result = ""
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Creates a diagnostic from catalog wordings; the severity defaults to the code's own.
    public init(
        _ code: Code,
        _ wording: Message,
        at location: Location,
        path: String? = nil,
        hint: Message? = nil,
        severity: Severity? = nil,
        notes: [Note] = []
    ) {
        self.code = code
        self.severity = severity ?? code.severity
        self.wording = wording
        self.location = location
        self.path = path
        self.hintWording = hint
        self.notes = notes
    }

    /// Creates a diagnostic whose text is not a catalog wording (a test's, or a tool's own words).
    public init(
        _ code: Code,
        _ message: String,
        at location: Location,
        path: String? = nil,
        hint: String? = nil,
        severity: Severity? = nil,
        notes: [Note] = []
    ) {
        self.init(
            code, .verbatim(message), at: location, path: path, hint: hint.map { .verbatim($0) },
            severity: severity, notes: notes)
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by file, position, then code.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }
}

extension Diagnostic: CustomStringConvertible {
    /// `file:line:column: severity: message [code]`, the form compilers and editors understand.
    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}

extension Array where Element == Diagnostic {
    /// The number of diagnostics with error severity.
    public var errorCount: Int { count { $0.severity == .error } }
    /// The number of diagnostics with warning severity.
    public var warningCount: Int { count { $0.severity == .warning } }
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

extension Diagnostic {
    /// The most findings reported for one file; the rest are counted in one
    /// ``Code/tooManyFindings`` diagnostic.
    ///
    /// Beyond it a reader learns nothing more, and a bundle holding such a file would be slow for
    /// everyone to verify, so `bundle` refuses it (the count is an error).
    public static let maxPerFile = 1_000
}

extension Array where Element == Diagnostic {
    /// At most `limit` diagnostics per file, in the order given (sorted, as reports are), each
    /// file's run followed by one ``Diagnostic/Code/tooManyFindings`` error counting the ones left
    /// out, placed where the first of them was.
    ///
    /// Capping a capped list changes nothing.
    ///
    /// - Parameters:
    ///   - limit: The most diagnostics kept per file.
    ///   - refusing: Whether a file with more is refused (an assessment file: the count is an
    ///     error); otherwise (a keyring) the count has the gravest severity of those left out.
    /// - Returns: The diagnostics kept, with the counts.
    public func cappedPerFile(
        _ limit: Int = Diagnostic.maxPerFile, refusing: Bool = true
    ) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        var omitted:
            [String: (count: Int, from: Diagnostic.Location, severity: Diagnostic.Severity)] = [:]
        var result: [Diagnostic] = []
        var current: String?
        func flush(_ file: String?) {
            guard let file, let left = omitted.removeValue(forKey: file) else { return }
            result.append(
                Diagnostic(
                    .tooManyFindings,
                    .tooManyFindings(count: left.count, limit: limit, refusing: refusing),
                    at: left.from, hint: refusing ? .tooManyFindingsHint : nil,
                    severity: refusing ? nil : left.severity))
        }
        for diagnostic in self {
            let file = diagnostic.location.file
            if file != current {
                flush(current)
                current = file
            }
            // A count made by an earlier pass is kept and not counted, so capping twice (a
            // report sorted again after a merge) changes nothing.
            if diagnostic.code == .tooManyFindings {
                result.append(diagnostic)
                continue
            }
            let seen = counts[file, default: 0]
            counts[file] = seen + 1
            if seen < limit {
                result.append(diagnostic)
            } else {
                var left = omitted[file] ?? (0, diagnostic.location, diagnostic.severity)
                left.count += 1
                left.severity = Swift.min(left.severity, diagnostic.severity)
                omitted[file] = left
            }
        }
        flush(current)
        for file in omitted.keys.sorted() { flush(file) }
        return result
    }
}
