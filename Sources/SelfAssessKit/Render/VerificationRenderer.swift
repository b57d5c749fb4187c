/// Renders `selfassess verify`'s verdicts: one line per bundle as text, or a JSON document.
public enum VerificationRenderer {
    /// The version of the JSON document's layout.
    public static let jsonSchemaVersion = 1

    /// One line per bundle, in the order given:
    /// `OK   FILE: SIGNATORY YEAR, sequence N, key sha256:…, overall 83.50 (rating)` or
    /// `FAIL CODE reason naming the file`; a bundle signed with answers still carried forward
    /// gets a second line naming them.
    public static func text(
        _ report: BundleVerificationReport, style: TextStyle, language: Language = .english
    ) -> String {
        typealias Words = VerificationMessages
        var out = ""
        for entry in report.entries {
            switch entry.outcome {
            case .success(let bundle):
                let manifest = bundle.manifest
                let line = Words.verified.text(
                    language,
                    [
                        "file": .text(entry.file), "signatory": .text(manifest.signatory.id),
                        "year": .integer(manifest.year), "sequence": .integer(manifest.sequence),
                        "key": .text("\(bundle.key.publicKey.keyID)"),
                        "overall": .text(
                            manifest.summary.overall ?? Words.notAvailable.text(language)),
                        "rating": .text(manifest.summary.rating ?? Words.noRating.text(language)),
                    ])
                out += style.green(Words.ok.text(language)) + line + "\n"
                let unreviewed = bundle.unreviewed
                if !unreviewed.isEmpty {
                    out +=
                        style.yellow(
                            Words.unreviewed.text(
                                language,
                                [
                                    "count": .integer(unreviewed.count),
                                    "ids": .list(unreviewed.map { .text($0) }, .and),
                                ])) + "\n"
                }
            case .failure(let failure):
                out +=
                    style.red(Words.fail.text(language))
                    + Words.failed.text(
                        language,
                        ["code": .text(failure.code), "reason": .wording(failure.wording)])
                    + "\n"
            }
        }
        return out
    }

    /// The verdicts as JSON (``JSONValue``).
    ///
    /// Its shape:
    ///
    /// ```
    /// {"schemaVersion": 1, "verified": 1, "failed": 1, "bundles": [
    ///   {"file", "status": "ok", "signatory": {"id", "name"}, "year", "sequence", "createdAt",
    ///    "keyId", "manifestSha256", "previous": null | {"manifestSha256", "sequence"},
    ///    "framework": {"id", "version", "sha256"},
    ///    "summary": {"overall", "rating", "criticalFailures"}, "unreviewed": ["A1.2", …]},
    ///   {"file", "status": "failed", "code": "SB504", "reason": "…", "inputOutput": false}],
    ///  "keyring": {"file", "sha256", "signedBy": null | "sha256:…", "signatureChecked": false}}
    /// ```
    ///
    /// `keyring` is there only when the keys came from a keyring; `unreviewed` only for a bundle
    /// signed with answers still carried forward and unreviewed.
    public static func json(
        _ report: BundleVerificationReport, keyring: KeyringProvenance? = nil,
        language: Language = .english
    ) -> String {
        jsonValue(report, keyring: keyring, language: language).rendered()
    }

    /// The JSON document as a value.
    public static func jsonValue(
        _ report: BundleVerificationReport, keyring: KeyringProvenance? = nil,
        language: Language = .english
    ) -> JSONValue {
        var members: [String: JSONValue] = [
            "schemaVersion": .integer(jsonSchemaVersion),
            "verified": .integer(report.verifiedCount),
            "failed": .integer(report.failedCount),
            "bundles": .array(report.entries.map { entryValue($0, language: language) }),
        ]
        if let keyring { members["keyring"] = keyring.jsonValue }
        return .object(members)
    }

    private static func entryValue(
        _ entry: BundleVerificationReport.Entry, language: Language
    ) -> JSONValue {
        switch entry.outcome {
        case .success(let bundle):
            let manifest = bundle.manifest
            var members: [String: JSONValue] = [
                "file": .string(entry.file),
                "status": .string("ok"),
                "signatory": .object([
                    "id": .string(manifest.signatory.id), "name": .string(manifest.signatory.name),
                ]),
                "year": .integer(manifest.year),
                "sequence": .integer(manifest.sequence),
                "createdAt": .string(manifest.createdAt.description),
                "keyId": .string(bundle.key.publicKey.keyID.description),
                "manifestSha256": .string(bundle.manifestSHA256),
                "previous": manifest.previous.map {
                    .object([
                        "manifestSha256": .string($0.manifestSHA256),
                        "sequence": .integer($0.sequence),
                    ])
                } ?? .null,
                "framework": .object([
                    "id": .string(manifest.framework.id),
                    "version": .string(manifest.framework.version),
                    "sha256": .string(manifest.framework.sha256),
                ]),
                "summary": .object([
                    "overall": .optional(manifest.summary.overall),
                    "rating": .optional(manifest.summary.rating),
                    "criticalFailures": .array(
                        manifest.summary.criticalFailures.map(JSONValue.string)),
                ]),
            ]
            if !bundle.unreviewed.isEmpty {
                members["unreviewed"] = .array(bundle.unreviewed.map(JSONValue.string))
            }
            return .object(members)
        case .failure(let failure):
            return .object([
                "file": .string(entry.file),
                "status": .string("failed"),
                "code": .string(failure.code),
                "reason": .string(failure.wording.text(in: language)),
                "inputOutput": .bool(failure.isInputOutputFailure),
            ])
        }
    }
}
