extension BundleManifest {
    /// Reads a manifest strictly: canonical JSON of the subset (``CanonicalJSON/parseCanonical(_:file:maxSize:)``),
    /// the schema checked first, no unknown, missing or mistyped fields, every value within the
    /// format's rules, and finally the decoded manifest written again must give the same bytes.
    ///
    /// Call it only after the manifest's signature has verified.
    ///
    /// - Parameters:
    ///   - bytes: The manifest's bytes.
    ///   - file: The name for messages, such as `acme-2025.sabundle/manifest.json`.
    /// - Returns: The manifest.
    /// - Throws: ``ManifestError`` naming the first problem.
    public static func decode(
        _ bytes: [UInt8], file: String
    ) throws(ManifestError) -> BundleManifest {
        let value: JSONValue
        do {
            value = try CanonicalJSON.parseCanonical(bytes, file: file, maxSize: maxSize)
        } catch {
            throw .json(error)
        }
        let reader = FieldReader(file: file)
        let manifest = try reader.manifest(value)
        guard (try? manifest.encoded()) == bytes else { throw .notReproducible(file: file) }
        return manifest
    }
}

/// Reads the manifest's fields, naming each one in errors.
private struct FieldReader {
    let file: String

    func manifest(_ value: JSONValue) throws(ManifestError) -> BundleManifest {
        let root = try object(value, "manifest")
        let schema = try checkSchema(root)
        let tool = try self.tool(root)
        let signatory = try self.signatory(root)
        let year = try self.year(root)
        let sequence = try self.sequence(root)
        let createdAt = try self.createdAt(root)
        let framework = try self.framework(root)
        let signerKeyID = try self.signerKeyID(root)
        let files = try self.files(try field(root, "files", at: nil))
        let summary = try self.summary(try field(root, "summary", at: nil))
        let previous = try self.previous(root, sequence: sequence)
        let unreviewed =
            schema == BundleManifest.unreviewedSchema
            ? try self.unreviewed(try field(root, "unreviewed", at: nil)) : []
        return BundleManifest(
            tool: tool, signatory: signatory, year: year, sequence: sequence, createdAt: createdAt,
            framework: framework,
            signerKeyID: signerKeyID, files: files, summary: summary, previous: previous,
            unreviewed: unreviewed)
    }

    /// Checks `schema` first, then that no top-level field is unknown: `unreviewed` is known
    /// in a v2 manifest only.
    ///
    /// - Returns: The schema, one of ``BundleManifest/schemas``.
    private func checkSchema(_ root: [String: JSONValue]) throws(ManifestError) -> String {
        guard let schema = root["schema"] else { throw .missingField(file: file, field: "schema") }
        let schemaText = try string(schema, "schema")
        guard BundleManifest.schemas.contains(schemaText) else {
            throw .unsupportedSchema(file: file, found: schemaText)
        }
        var known = [
            "schema", "tool", "signatory", "year", "sequence", "created_at", "framework",
            "signer_key_id", "files", "summary", "previous",
        ]
        if schemaText == BundleManifest.unreviewedSchema { known.append("unreviewed") }
        try only(root, known, at: nil)
        return schemaText
    }

    /// Reads `unreviewed` (v2): at least one indicator id, each once.
    private func unreviewed(_ value: JSONValue) throws(ManifestError) -> [String] {
        let elements = try array(value, "unreviewed")
        guard !elements.isEmpty else {
            throw .invalidValue(
                file: file, field: "unreviewed",
                reason:
                    "empty; a manifest without unreviewed indicators is \(BundleManifest.schema)")
        }
        var ids: [String] = []
        for (index, element) in elements.enumerated() {
            let at = "unreviewed[\(index)]"
            let id = try string(element, at)
            guard (1...99).contains(where: { Identifiers.isIndicatorID(id, article: $0) }) else {
                throw .invalidValue(
                    file: file, field: at, reason: "\"\(id)\" is not an indicator id A<n>.<m>")
            }
            guard !ids.contains(id) else {
                throw .invalidValue(file: file, field: at, reason: "\(id) is listed twice")
            }
            ids.append(id)
        }
        return ids
    }

    private func tool(_ root: [String: JSONValue]) throws(ManifestError) -> BundleManifest.Tool {
        let toolFields = try object(try field(root, "tool", at: nil), "tool")
        try only(toolFields, ["name", "version"], at: "tool")
        return BundleManifest.Tool(
            name: try label(try field(toolFields, "name", at: "tool"), "tool.name"),
            version: try label(try field(toolFields, "version", at: "tool"), "tool.version"))

    }

    private func signatory(
        _ root: [String: JSONValue]
    ) throws(ManifestError) -> BundleManifest.Signatory {
        let signatoryFields = try object(try field(root, "signatory", at: nil), "signatory")
        try only(signatoryFields, ["id", "name"], at: "signatory")
        let signatoryID = try string(
            try field(signatoryFields, "id", at: "signatory"), "signatory.id")
        guard Identifiers.isSignatoryID(signatoryID) else {
            throw .invalidValue(
                file: file, field: "signatory.id",
                reason: "\"\(signatoryID)\" is not a signatory id (2–63 of a-z, 0-9 and -)")
        }
        return BundleManifest.Signatory(
            id: signatoryID,
            name: try text(
                try field(signatoryFields, "name", at: "signatory"), "signatory.name", limit: 512))

    }

    private func year(_ root: [String: JSONValue]) throws(ManifestError) -> Int {
        let year = try integer(try field(root, "year", at: nil), "year")
        guard (2014...9999).contains(year) else {
            throw .invalidValue(
                file: file, field: "year", reason: "\(year) is not a reporting year")
        }
        return year
    }

    private func sequence(_ root: [String: JSONValue]) throws(ManifestError) -> Int {
        let sequence = try integer(try field(root, "sequence", at: nil), "sequence")
        guard sequence >= 1 else {
            throw .invalidValue(file: file, field: "sequence", reason: "sequences start at 1")
        }
        return sequence
    }

    private func createdAt(_ root: [String: JSONValue]) throws(ManifestError) -> BundleTimestamp {
        let createdText = try string(try field(root, "created_at", at: nil), "created_at")
        guard let createdAt = BundleTimestamp(createdText) else {
            throw .invalidValue(
                file: file, field: "created_at",
                reason: "\"\(createdText)\" is not a time YYYY-MM-DDThh:mm:ssZ from 1980 on")
        }
        return createdAt
    }

    private func framework(
        _ root: [String: JSONValue]
    ) throws(ManifestError) -> BundleManifest.FrameworkIdentity {
        let frameworkFields = try object(try field(root, "framework", at: nil), "framework")
        try only(frameworkFields, ["id", "version", "sha256"], at: "framework")
        let frameworkID = try string(
            try field(frameworkFields, "id", at: "framework"), "framework.id")
        guard Identifiers.isFrameworkID(frameworkID) else {
            throw .invalidValue(
                file: file, field: "framework.id",
                reason: "\"\(frameworkID)\" is not a framework id")
        }
        return BundleManifest.FrameworkIdentity(
            id: frameworkID,
            version: try label(
                try field(frameworkFields, "version", at: "framework"), "framework.version"),
            sha256: try digest(
                try field(frameworkFields, "sha256", at: "framework"), "framework.sha256"))

    }

    private func signerKeyID(_ root: [String: JSONValue]) throws(ManifestError) -> KeyID {
        let keyText = try string(try field(root, "signer_key_id", at: nil), "signer_key_id")
        guard let signerKeyID = KeyID(keyText) else {
            throw .invalidValue(
                file: file, field: "signer_key_id",
                reason: "\"\(keyText)\" is not a key id sha256:<64 lower-case hex>")
        }
        return signerKeyID
    }

    /// Reads `previous`: the link to the bundle before, which every bundle but the first has.
    private func previous(
        _ root: [String: JSONValue], sequence: Int
    ) throws(ManifestError) -> BundleManifest.Previous? {
        var previous: BundleManifest.Previous?
        let previousValue = try field(root, "previous", at: nil)
        if !previousValue.isNull {
            let fields = try object(previousValue, "previous", nullable: true)
            try only(fields, ["manifest_sha256", "sequence"], at: "previous")
            let link = BundleManifest.Previous(
                manifestSHA256: try digest(
                    try field(fields, "manifest_sha256", at: "previous"), "previous.manifest_sha256"
                ),
                sequence: try integer(
                    try field(fields, "sequence", at: "previous"), "previous.sequence"))
            guard link.sequence >= 1, link.sequence < sequence else {
                throw .invalidValue(
                    file: file, field: "previous.sequence",
                    reason: "\(link.sequence) is not before this bundle's sequence \(sequence)")
            }
            previous = link
        } else if sequence != 1 {
            // A later bundle always names its predecessor; only the first has none.
            throw .invalidValue(
                file: file, field: "previous",
                reason: "null, but sequence \(sequence) is not the first")
        }
        return previous
    }

    // MARK: - Files

    private func files(_ value: JSONValue) throws(ManifestError) -> [BundleManifest.File] {
        let elements = try array(value, "files")
        guard elements.count <= BundleManifest.maxFiles else {
            throw .invalidValue(
                file: file, field: "files",
                reason: "\(elements.count) files, over the limit of \(BundleManifest.maxFiles)")
        }
        var result: [BundleManifest.File] = []
        var cited: Set<[UInt8]> = []
        for (index, element) in elements.enumerated() {
            let at = "files[\(index)]"
            let fields = try object(element, at)
            try only(fields, ["path", "role", "size", "sha256", "original_name"], at: at)
            let path = try string(try field(fields, "path", at: at), "\(at).path")
            let roleText = try string(try field(fields, "role", at: at), "\(at).role")
            guard let role = BundleManifest.File.Role(rawValue: roleText) else {
                throw .invalidValue(
                    file: file, field: "\(at).role",
                    reason: "\"\(roleText)\" is not assessment, evidence, results or report")
            }
            try check(path: path, role: role, at: "\(at).path")
            let size = try integer(try field(fields, "size", at: at), "\(at).size")
            let sha256 = try digest(try field(fields, "sha256", at: at), "\(at).sha256")
            var originalName: String?
            if let value = fields["original_name"] {
                let name = try string(value, "\(at).original_name")
                try check(originalName: name, path: path, role: role, at: "\(at).original_name")
                originalName = name
            }
            if let last = result.last, !last.path.utf8.lexicographicallyPrecedes(path.utf8) {
                let reason =
                    Array(last.path.utf8) == Array(path.utf8)
                    ? "\"\(path)\" is listed twice"
                    : "not sorted by path: \"\(path)\" follows \"\(last.path)\""
                throw .fileOrder(file: file, field: "\(at).path", reason: reason)
            }
            let listed = BundleManifest.File(
                path: path, role: role, size: size, sha256: sha256, originalName: originalName)
            if role == .evidence {
                guard cited.insert(Array(listed.citedPath.utf8)).inserted else {
                    throw .fileOrder(
                        file: file, field: at,
                        reason:
                            "two evidence files stand for the cited path \"\(listed.citedPath)\"")
                }
            }
            result.append(listed)
        }
        return result
    }

    private func check(
        path: String, role: BundleManifest.File.Role, at field: String
    ) throws(ManifestError) {
        if let problem = BundlePath.problem(in: Array(path.utf8)) {
            throw .invalidValue(file: file, field: field, reason: "\"\(path)\": \(problem)")
        }
        let segments = path.split(separator: "/")
        guard segments.count >= 2 else {
            throw .invalidValue(
                file: file, field: field,
                reason: "\"\(path)\" is not inside assessment/, evidence/, results/ or report/")
        }
        guard segments[0] == role.rawValue else {
            throw .invalidValue(
                file: file, field: field,
                reason: "\"\(path)\" is not under \(role.rawValue)/, as its role says")
        }
        if role == .assessment, segments.count != 2 {
            throw .invalidValue(
                file: file, field: field, reason: "assessment files lie directly in assessment/")
        }
    }

    private func check(
        originalName name: String, path: String, role: BundleManifest.File.Role, at field: String
    ) throws(ManifestError) {
        guard role == .evidence else {
            throw .invalidValue(
                file: file, field: field, reason: "only evidence files carry an original name")
        }
        guard !name.isEmpty, name.utf8.count <= 1024,
            !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
            !name.hasPrefix("/"), !name.contains("\\"), !EvidencePath.hasDriveLetter(name),
            EvidencePath.normalize(name) == name
        else {
            throw .invalidValue(
                file: file, field: field, reason: "not a relative path inside the assessment folder"
            )
        }
        guard name != path else {
            throw .invalidValue(
                file: file, field: field,
                reason: "equals the path; an original name is given only when they differ")
        }
    }

    // MARK: - Summary

    private func summary(_ value: JSONValue) throws(ManifestError) -> BundleManifest.Summary {
        let fields = try object(value, "summary")
        try only(fields, ["overall", "rating", "articles", "critical_failures"], at: "summary")
        let overall = try points(try field(fields, "overall", at: "summary"), "summary.overall")
        let rating = try optionalLabel(try field(fields, "rating", at: "summary"), "summary.rating")
        var articles: [BundleManifest.Summary.Article] = []
        for (index, element) in try array(
            try field(fields, "articles", at: "summary"), "summary.articles"
        ).enumerated() {
            let at = "summary.articles[\(index)]"
            let article = try object(element, at)
            try only(article, ["number", "score", "rating"], at: at)
            articles.append(
                BundleManifest.Summary.Article(
                    number: try integer(try field(article, "number", at: at), "\(at).number"),
                    score: try points(try field(article, "score", at: at), "\(at).score"),
                    rating: try optionalLabel(try field(article, "rating", at: at), "\(at).rating"))
            )
        }
        var failures: [String] = []
        for (index, element) in try array(
            try field(fields, "critical_failures", at: "summary"), "summary.critical_failures"
        ).enumerated() {
            failures.append(try label(element, "summary.critical_failures[\(index)]"))
        }
        return BundleManifest.Summary(
            overall: overall, rating: rating, articles: articles, criticalFailures: failures)
    }

    /// A score with two decimal places (`83.50`), or null.
    private func points(_ value: JSONValue, _ field: String) throws(ManifestError) -> String? {
        if value.isNull { return nil }
        let text = try string(value, field, nullable: true)
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let digits = { (part: Substring) in
            !part.isEmpty
                && part.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
        guard parts.count == 2, digits(parts[0]), parts[0].count <= 3, digits(parts[1]),
            parts[1].count == 2
        else {
            throw .invalidValue(
                file: file, field: field,
                reason: "\"\(text)\" is not a score with two decimal places")
        }
        return text
    }

    // MARK: - Values

    private func field(
        _ members: [String: JSONValue], _ name: String, at parent: String?
    ) throws(ManifestError) -> JSONValue {
        let path = parent.map { "\($0).\(name)" } ?? name
        guard let value = members[name] else { throw .missingField(file: file, field: path) }
        return value
    }

    private func only(
        _ members: [String: JSONValue], _ known: [String], at parent: String?
    ) throws(ManifestError) {
        if let unknown = members.keys.sorted().first(where: { !known.contains($0) }) {
            throw .unknownField(file: file, field: parent.map { "\($0).\(unknown)" } ?? unknown)
        }
    }

    private func object(
        _ value: JSONValue, _ field: String, nullable: Bool = false
    ) throws(ManifestError) -> [String: JSONValue] {
        guard let members = value.objectValue else {
            throw wrongType(field, nullable ? "object or null" : "object", value)
        }
        return members
    }

    private func array(_ value: JSONValue, _ field: String) throws(ManifestError) -> [JSONValue] {
        guard let elements = value.arrayValue else { throw wrongType(field, "array", value) }
        return elements
    }

    private func string(
        _ value: JSONValue, _ field: String, nullable: Bool = false
    ) throws(ManifestError) -> String {
        guard let text = value.stringValue else {
            throw wrongType(field, nullable ? "string or null" : "string", value)
        }
        return text
    }

    private func integer(_ value: JSONValue, _ field: String) throws(ManifestError) -> Int {
        guard let number = value.integerValue else { throw wrongType(field, "integer", value) }
        return number
    }

    /// Free text on one line: not empty, no control characters, at most `limit` bytes.
    private func text(
        _ value: JSONValue, _ field: String, limit: Int
    ) throws(ManifestError) -> String {
        let text = try string(value, field)
        guard !text.isEmpty, text.utf8.count <= limit,
            !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else {
            throw .invalidValue(
                file: file, field: field,
                reason: "empty, longer than \(limit) bytes, or holding a control character")
        }
        return text
    }

    /// A short printable ASCII label: an id, a version, a band.
    private func label(_ value: JSONValue, _ field: String) throws(ManifestError) -> String {
        let text = try string(value, field)
        guard (1...64).contains(text.utf8.count),
            text.utf8.allSatisfy({ (0x21..<0x7F).contains($0) })
        else {
            throw .invalidValue(
                file: file, field: field,
                reason: "\"\(text)\" is not 1–64 printable ASCII characters without spaces")
        }
        return text
    }

    private func optionalLabel(_ value: JSONValue, _ field: String) throws(ManifestError) -> String?
    {
        if value.isNull { return nil }
        guard value.stringValue != nil else { throw wrongType(field, "string or null", value) }
        return try label(value, field)
    }

    /// A SHA-256 digest: 64 lower-case hex digits.
    private func digest(_ value: JSONValue, _ field: String) throws(ManifestError) -> String {
        let text = try string(value, field)
        guard text.utf8.count == 64, HexDigits.decode(Array(text.utf8)) != nil else {
            throw .invalidValue(
                file: file, field: field,
                reason: "\"\(text)\" is not a SHA-256 digest (64 lower-case hex digits)")
        }
        return text
    }

    private func wrongType(_ field: String, _ expected: String, _ value: JSONValue) -> ManifestError
    {
        .wrongType(file: file, field: field, expected: expected, found: value.kind)
    }
}
