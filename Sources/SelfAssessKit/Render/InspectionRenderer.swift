/// Renders `selfassess inspect`: what a bundle claims, headed by a plain statement that none of
/// it has been verified.
public enum InspectionRenderer {
    /// The inspection as text.
    public static func text(_ inspection: BundleInspection, style: TextStyle) -> String {
        let name = inspection.displayName
        var out =
            style.yellow("NOT VERIFIED:")
            + " \(name) has not been verified. Everything below is what the bundle\n"
        out +=
            "claims about itself; check it with `selfassess verify \(name) --key KEY` (or --keyring) first.\n\n"

        var rows: [(String, String)] = []
        switch inspection.manifest {
        case .success(let manifest):
            rows.append(
                ("Claimed signatory", "\(manifest.signatory.id) (\(manifest.signatory.name))"))
            rows.append(("Year", String(manifest.year)))
            var sequence = String(manifest.sequence)
            if let previous = manifest.previous {
                sequence +=
                    " (follows sequence \(previous.sequence), manifest sha256 \(previous.manifestSHA256))"
            } else {
                sequence += " (first in its chain)"
            }
            rows.append(("Sequence", sequence))
            rows.append(("Created", manifest.createdAt.description))
            rows.append(("Signer key id", manifest.signerKeyID.description))
            rows.append(
                (
                    "Framework",
                    "\(manifest.framework.reference) (sha256 \(manifest.framework.sha256))"
                ))
            rows.append(("Made by", "\(manifest.tool.name) \(manifest.tool.version)"))
            let summary = manifest.summary
            rows.append(
                ("Overall", "\(summary.overall ?? "n/a") (\(summary.rating ?? "no rating"))"))
            rows.append(
                (
                    "Articles",
                    summary.articles.map {
                        "\($0.number): \($0.score ?? "n/a") \($0.rating ?? "")"
                            .trimmingTrailingSpace
                    }
                    .joined(separator: " · ")
                ))
            rows.append(
                (
                    "Critical failures",
                    summary.criticalFailures.isEmpty
                        ? "none" : summary.criticalFailures.joined(separator: ", ")
                ))
        case .failure(let failure):
            rows.append(("Manifest", "cannot be read: [\(failure.code)] \(failure.description)"))
        }
        if let digest = inspection.manifestSHA256 { rows.append(("Manifest sha256", digest)) }
        switch inspection.signature {
        case .success(let signature):
            rows.append(("Signature key number", signature.keynum.hexString))
            rows.append(("Trusted comment", signature.trustedComment))
        case .failure(let failure):
            rows.append(("Signature", "cannot be read: [\(failure.code)] \(failure.description)"))
        }
        let width = rows.map(\.0.count).max() ?? 0
        for (label, value) in rows {
            out +=
                style.bold(label + ":") + String(repeating: " ", count: width - label.count + 2)
                + value + "\n"
        }

        let total = inspection.entries.reduce(0) { $0 + $1.size }
        out +=
            "\n" + style.bold("Entries")
            + " (\(inspection.entries.count), \(ByteCount.describe(total))):\n"
        let sizeWidth = inspection.entries.map { String($0.size).count }.max() ?? 1
        for entry in inspection.entries {
            let size = String(entry.size)
            out +=
                "  " + String(repeating: " ", count: sizeWidth - size.count) + size
                + "  \(entry.path)\n"
        }
        if inspection.entries.contains(where: { $0.path == BundleLayout.reportHTMLPath }) {
            out += "\nThe report for people is \(BundleLayout.reportHTMLPath): "
            out += "unzip -p \(name) \(BundleLayout.reportHTMLPath) > report.html\n"
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
