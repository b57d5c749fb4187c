import Foundation

/// Reads the `evidence` list of an answer and checks each cited path.
enum EvidenceCheck {
    /// Decodes and checks the list; `claims` says whether the answer claims something that
    /// needs evidence (any answer but not-applicable, even one that is itself invalid).
    static func decode(
        _ node: YAMLNode?, at path: FieldPath, indicator: Indicator, claims: Bool,
        today: CalendarDate,
        anchor: Diagnostic.Location, source: any AssessmentSource, decoder: inout NodeDecoder
    ) -> [EvidenceItem] {
        let items = decoder.list(node, at: path) ?? []
        var evidence: [EvidenceItem] = []
        var seen: [String: Diagnostic.Location] = [:]
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            var pathNode = item
            var date: CalendarDate?
            var description: String?
            if item.entries != nil {
                guard
                    let fields = decoder.mapping(
                        item, at: itemPath, known: ["path", "date", "description"],
                        required: ["path"]),
                    let node = fields["path"]
                else { continue }
                pathNode = node
                date = fields["date"].flatMap { decoder.date($0, at: itemPath.key("date")) }
                if let date, date > today, let node = fields["date"] {
                    decoder.report(
                        .invalidDate, .evidenceInFuture(date), at: node.location,
                        path: itemPath.key("date"), hint: .evidenceInFutureHint)
                }
                description = fields["description"].flatMap {
                    decoder.text($0, at: itemPath.key("description"))
                }
            }
            let valuePath = item.entries != nil ? itemPath.key("path") : itemPath
            guard let text = decoder.text(pathNode, at: valuePath), !text.isEmpty else {
                decoder.report(
                    .invalidValue, .emptyEvidencePath, at: pathNode.location,
                    path: valuePath)
                continue
            }
            guard check(text, node: pathNode, path: valuePath, source: source, decoder: &decoder)
            else { continue }
            let normalized = EvidencePath.normalize(text) ?? text
            if let first = seen[normalized] {
                decoder.report(
                    .evidenceDuplicate, .evidenceDuplicate(text, firstLine: first.line),
                    at: pathNode.location, path: valuePath)
                continue
            }
            seen[normalized] = pathNode.location
            evidence.append(EvidenceItem(path: normalized, date: date, description: description))
        }
        if indicator.evidence == .required, items.isEmpty, claims {
            decoder.report(
                .evidenceRequired, .evidenceRequired(indicator.id), at: node?.location ?? anchor,
                path: path, hint: .evidenceRequiredHint)
        }
        return evidence
    }

    /// The text with each control character written as `\u{1B}`.
    private static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Checks one path as written, then on disk; returns whether it can be used.
    private static func check(
        _ text: String, node: YAMLNode, path: FieldPath, source: any AssessmentSource,
        decoder: inout NodeDecoder
    ) -> Bool {
        if text.hasPrefix("/") || text.hasPrefix("~") || EvidencePath.hasDriveLetter(text) {
            decoder.report(
                .evidenceAbsolute, .evidenceAbsolute(text), at: node.location, path: path,
                hint: .evidenceAbsoluteHint)
            return false
        }
        // The manifest records a cited path as its original name: one line of at most 1,024
        // bytes. A path it cannot record is refused here, not when the bundle is written.
        if text.utf8.count > 1024
            || text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        {
            decoder.report(
                .evidenceNameUnusable,
                text.utf8.count > 1024
                    ? .evidencePathTooLong(bytes: text.utf8.count)
                    : .evidenceControlCharacter(escaped(text)),
                at: node.location, path: path, hint: .evidenceNameHint)
            return false
        }
        if text.contains("\\") {
            decoder.report(
                .invalidValue, .evidenceBackslashes(text), at: node.location, path: path,
                hint: .evidenceBackslashesHint(
                    fixed: text.replacingOccurrences(of: "\\", with: "/")))
            return false
        }
        guard let normalized = EvidencePath.normalize(text) else {
            decoder.report(
                .evidenceEscapes, .evidenceEscapes(text), at: node.location, path: path,
                hint: .evidenceEscapesHint)
            return false
        }
        return exists(
            normalized, as: text, node: node, path: path, source: source, decoder: &decoder)
    }

    /// Checks that a cited path names a regular file inside the folder, small enough to bundle.
    private static func exists(
        _ normalized: String, as text: String, node: YAMLNode, path: FieldPath,
        source: any AssessmentSource, decoder: inout NodeDecoder
    ) -> Bool {
        switch source.evidence(normalized) {
        case .file:
            return true
        case .escapes:
            decoder.report(
                .evidenceEscapes, .evidenceLinkEscapes(text), at: node.location, path: path,
                hint: .evidenceLinkEscapesHint)
        case .notRegularFile(let kind):
            decoder.report(
                .evidenceNotFile, .evidenceNotFile(text, kind: kind),
                at: node.location, path: path)
        case .tooLarge(let size, let limit):
            decoder.report(
                .evidenceTooLarge,
                .evidenceTooLarge(
                    text, size: ByteCount.describe(size, beside: limit),
                    limit: ByteCount.describe(limit)),
                at: node.location, path: path, hint: .evidenceTooLargeHint)
        case .missing(let siblings):
            let name = normalized.split(separator: "/").last.map(String.init) ?? normalized
            var hint: Diagnostic.Message?
            if let suggestion = Suggestions.closest(to: name, in: siblings)
                ?? EvidencePath.sameDocument(as: name, in: siblings)
            {
                let folder = normalized.split(separator: "/").dropLast().joined(separator: "/")
                hint = .evidenceDidYouMean(folder.isEmpty ? suggestion : folder + "/" + suggestion)
            }
            decoder.report(
                .evidenceMissing, .evidenceMissing(text), at: node.location,
                path: path, hint: hint)
        }
        return false
    }
}

/// Lexical checks of evidence paths.
enum EvidencePath {
    /// Removes `.` segments and resolves `..`; nil when the path leaves the folder or is empty.
    static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(segment)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// Whether the path starts with a Windows drive letter (`C:`).
    static func hasDriveLetter(_ path: String) -> Bool {
        let scalars = Array(path.unicodeScalars.prefix(2))
        return scalars.count == 2 && scalars[0].isASCII && scalars[0].properties.isAlphabetic
            && scalars[1] == ":"
    }

    /// The one sibling that is the same document once the extension and a version suffix
    /// (`-v6`, `_2`, ` 2025`) are set aside: `privacy-policy-v6.pdf` → `privacy-policy.md`, a
    /// renamed or re-exported file that spelling distance alone does not find.
    static func sameDocument(as name: String, in siblings: [String]) -> String? {
        let base = baseName(name)
        guard !base.isEmpty else { return nil }
        let matches = siblings.filter { $0 != name && baseName($0) == base }
        return matches.count == 1 ? matches[0] : nil
    }

    /// A file name in lower case without its extension and without trailing version segments.
    static func baseName(_ name: String) -> String {
        var stem = Substring(name.lowercased())
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        while let separator = stem.lastIndex(where: { "-_ ".contains($0) }) {
            let tail = stem[stem.index(after: separator)...]
            let digits = tail.hasPrefix("v") ? tail.dropFirst() : tail
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { break }
            stem = stem[..<separator]
        }
        return String(stem)
    }
}
