public import Foundation
public import SelfAssessKit

/// What `aggregate --registry` reads from a registry: every stored bundle, named by where the
/// registry keeps it, with the registry's on time or late decision, and the years the registry
/// received bundles for.
///
/// The bundles are handed to ``SelfAssessKit``'s ``SectorAggregator`` as files, one at a time, as
/// a folder's are: the aggregator verifies and resolves them exactly as it does a folder's, so
/// the outcome is the folder run's over `DATA/bundles` (the chain resolver picks the superseding
/// bundle of a corrected chain, as the registry's supersession does). Only the paths are held in
/// memory, never the bundles.
///
/// What the registry adds:
/// - the years held are the years the registry received bundles for (its entries' years, refused
///   ones included when their signature verified), never the years of the files alone;
/// - each accepted bundle carries the lateness of its signatory-year: that of the first accepted
///   submission the registry received for it (a correction after the due date does not make an
///   on-time year late), so the policy's `lateness:` rules apply;
/// - a bundle whose signer the keyring did not know has no stored body and is not read.
public struct RegistryAggregateSource: Sendable {
    /// The bundles, for ``SectorAggregator/aggregate(_:year:since:openedYears:progress:)``.
    public var found: InputDiscovery.Found
    /// The years the registry received bundles for.
    public var openedYears: Set<Int>
    /// Every entry, in the order received.
    public var entries: [RegistryEntry]

    /// Reads a registry's entries (not its bundles).
    ///
    /// - Parameters:
    ///   - store: The registry.
    ///   - displayName: The data folder as given (`--data`, `--registry`): bundles are named
    ///     `DISPLAY/bundles/ab/<sha256>.sabundle`, as a folder run over `DISPLAY/bundles` names them.
    ///   - deadlines: The policy's deadlines, for how many days late is very late.
    /// - Throws: A storage failure.
    public static func read(
        _ store: any RegistryStore, displayName: String, deadlines: Policy.Deadlines
    ) throws(RegistryError) -> RegistryAggregateSource {
        let entries = try store.entries()
        var opened = Set<Int>()
        var firstAccepted: [String: RegistryReceipt] = [:]
        for entry in entries {
            let receipt = entry.receipt
            guard let year = receipt.year else { continue }
            opened.insert(year)
            guard receipt.outcome == .accepted, let signatory = receipt.signatory else { continue }
            // Entries come in the order received: the first one seen is the first received.
            let key = "\(signatory)\u{0}\(year)"
            if firstAccepted[key] == nil { firstAccepted[key] = receipt }
        }
        let folder = displayName.hasSuffix("/") ? displayName : displayName + "/"
        let inputs = entries.filter(\.bodyStored).map { entry -> BundleInput in
            let receipt = entry.receipt
            let sha = receipt.bundleSHA256
            var lateness: Policy.Lateness?
            if receipt.outcome == .accepted, let signatory = receipt.signatory,
                let year = receipt.year,
                let first = firstAccepted["\(signatory)\u{0}\(year)"]
            {
                lateness = Self.lateness(of: first, deadlines: deadlines)
            }
            return BundleInput(
                url: store.bundleFile(sha256: sha),
                displayName: "\(folder)bundles/\(sha.prefix(2))/\(sha).sabundle",
                lateness: lateness)
        }
        return RegistryAggregateSource(
            found: InputDiscovery.Found(bundles: inputs), openedYears: opened, entries: entries)
    }

    /// The registry's decision as the policy reads it: on time, or late and very late by the
    /// policy's number of days after the due date the receipt states; nil when the registry
    /// judged nothing.
    static func lateness(
        of receipt: RegistryReceipt, deadlines: Policy.Deadlines
    ) -> Policy.Lateness? {
        guard let onTime = receipt.onTime, let year = receipt.year else { return nil }
        if onTime { return .onTime }
        let due = receipt.due ?? deadlines.due(for: year)
        let judged = deadlines.lateness(receivedOn: receipt.receivedAt.date, due: due)
        // The registry said late: never on time here, whatever the policy's dates say now.
        return judged == .onTime ? .late : judged
    }
}
