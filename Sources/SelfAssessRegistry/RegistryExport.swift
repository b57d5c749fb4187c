internal import Foundation
public import SelfAssessKit

/// `registry export`: the registry's history, one row per signatory and reporting year, as CSV
/// (RFC 4180, a header, CR LF) that DuckDB and pandas read with the right types.
///
/// The status, score, rating, action and reason are the aggregate's own (the same evaluation as
/// `aggregate --registry` over every year the registry holds); received at, on time and the
/// bundle's SHA-256 are the registry's, for the bundle that decided the row
/// (``SectorAggregate/Standing/file``): the accepted bundle used, else a refused one claiming the
/// year. A missing year has them empty.
///
/// Columns: `signatory`, `category`, `year` (integer), `status`, `received_at` (ISO 8601 UTC),
/// `on_time` (`true`/`false`), `score` (a plain decimal with two places), `rating`, `action`,
/// `reason`, `bundle_sha256`. Empty where there is nothing.
public enum RegistryExport {
    /// The header.
    public static let header = [
        "signatory", "category", "year", "status", "received_at", "on_time", "score", "rating",
        "action", "reason", "bundle_sha256",
    ]

    /// The CSV document.
    ///
    /// - Parameters:
    ///   - standings: The aggregate's ``SectorAggregate/standings``.
    ///   - entries: The registry's entries.
    /// - Returns: The header and one record per standing, in year then signatory order.
    public static func csv(
        standings: [SectorAggregate.Standing], entries: [RegistryEntry]
    ) -> String {
        var bySHA: [String: RegistryReceipt] = [:]
        for entry in entries { bySHA[entry.receipt.bundleSHA256] = entry.receipt }
        let records = standings.map { standing -> [String] in
            // Bundles are named `…/bundles/ab/<sha256>.sabundle` (RegistryAggregateSource).
            let receipt = standing.file.flatMap { file -> RegistryReceipt? in
                let name = file.split(separator: "/").last.map(String.init) ?? file
                return bySHA[String(name.prefix { $0 != "." })]
            }
            return [
                standing.signatory, standing.category, String(standing.year), standing.status,
                receipt?.receivedAt.description ?? "",
                receipt?.onTime.map { $0 ? "true" : "false" } ?? "",
                standing.score.map(twoPlaces) ?? "", standing.rating ?? "",
                standing.action ?? "", standing.reason ?? "", receipt?.bundleSHA256 ?? "",
            ]
        }
        return CSV.document(header: header, records: records)
    }

    /// A score as a plain decimal with two places (`87.50`), no sign for a positive number.
    static func twoPlaces(_ value: Decimal) -> String {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 2, .plain)
        let hundredths = NSDecimalNumber(decimal: rounded * 100).int64Value
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
