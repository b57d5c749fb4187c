/// Renders `selfassess inspect`: what a bundle claims, headed by a plain statement that none of
/// it has been verified.
public enum InspectionRenderer {
    /// The inspection as text.
    public static func text(
        _ inspection: BundleInspection, style: TextStyle, language: Language = .english
    ) -> String {
        typealias Words = InspectionMessages
        func word(_ key: Words, _ arguments: [String: String] = [:]) -> String {
            key.text(language, arguments.mapValues { .text($0) })
        }
        let name = inspection.displayName
        var out =
            style.yellow(word(.notVerified)) + word(.notVerifiedText, ["bundle": name]) + "\n\n"

        var rows: [(String, String)] = []
        switch inspection.manifest {
        case .success(let manifest):
            rows.append(
                (
                    word(.claimedSignatory),
                    "\(manifest.signatory.id) (\(manifest.signatory.name))"
                ))
            rows.append((word(.year), String(manifest.year)))
            let sequence =
                manifest.previous.map {
                    word(
                        .follows,
                        [
                            "sequence": String(manifest.sequence),
                            "previous": String($0.sequence), "sha": $0.manifestSHA256,
                        ])
                } ?? word(.firstInChain, ["sequence": String(manifest.sequence)])
            rows.append((word(.sequence), sequence))
            rows.append((word(.created), manifest.createdAt.description))
            rows.append((word(.signerKeyID), manifest.signerKeyID.description))
            rows.append(
                (
                    word(.framework),
                    word(
                        .frameworkValue,
                        [
                            "framework": "\(manifest.framework.reference)",
                            "sha": manifest.framework.sha256,
                        ])
                ))
            rows.append((word(.madeBy), "\(manifest.tool.name) \(manifest.tool.version)"))
            let summary = manifest.summary
            rows.append(
                (
                    word(.overall),
                    word(
                        .overallValue,
                        [
                            "overall": summary.overall ?? word(.notAvailable),
                            "rating": summary.rating ?? word(.noRating),
                        ])
                ))
            rows.append(
                (
                    word(.articles),
                    summary.articles.map {
                        "\($0.number): \($0.score ?? word(.notAvailable)) \($0.rating ?? "")"
                            .trimmingTrailingSpace
                    }
                    .joined(separator: " · ")
                ))
            rows.append(
                (
                    word(.criticalFailures),
                    summary.criticalFailures.isEmpty
                        ? word(.none) : summary.criticalFailures.joined(separator: ", ")
                ))
            if !manifest.unreviewed.isEmpty {
                rows.append(
                    (
                        word(.unreviewed),
                        word(
                            .unreviewedValue,
                            [
                                "count": String(manifest.unreviewed.count),
                                "ids": manifest.unreviewed.joined(separator: ", "),
                            ])
                    ))
            }
        case .failure(let failure):
            rows.append(
                (
                    word(.manifest),
                    word(
                        .cannotBeRead,
                        ["code": "\(failure.code)", "reason": failure.description])
                ))
        }
        if let digest = inspection.manifestSHA256 { rows.append((word(.manifestSHA256), digest)) }
        switch inspection.signature {
        case .success(let signature):
            rows.append((word(.signatureKeyNumber), signature.keynum.hexString))
            rows.append((word(.trustedComment), signature.trustedComment))
        case .failure(let failure):
            rows.append(
                (
                    word(.signature),
                    word(
                        .cannotBeRead,
                        ["code": "\(failure.code)", "reason": failure.description])
                ))
        }
        // Labels are aligned by terminal columns: a Chinese character takes two.
        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (label, value) in rows {
            out +=
                style.bold(label + word(.labelEnd))
                + String(repeating: " ", count: width - DisplayWidth.of(label) + 2)
                + value + "\n"
        }

        let total = inspection.entries.reduce(0) { $0 + $1.size }
        out +=
            "\n" + style.bold(word(.entries))
            + word(
                .entriesCount,
                ["count": String(inspection.entries.count), "size": ByteCount.describe(total)])
            + "\n"
        let sizeWidth = inspection.entries.map { String($0.size).count }.max() ?? 1
        for entry in inspection.entries {
            let size = String(entry.size)
            out +=
                "  " + String(repeating: " ", count: sizeWidth - size.count) + size
                + "  \(entry.path)\n"
        }
        if inspection.entries.contains(where: { $0.path == BundleLayout.reportHTMLPath }) {
            out +=
                "\n" + word(.report, ["path": BundleLayout.reportHTMLPath, "bundle": name]) + "\n"
        }
        return out
    }
}

extension String {
    fileprivate var trimmingTrailingSpace: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
