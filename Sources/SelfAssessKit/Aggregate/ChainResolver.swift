/// Decides which of a signatory's verified bundles `aggregate` uses: one per reporting year,
/// along an unbroken chain.
///
/// For one signatory, in this order:
/// 1. **Replays**: bundles with the same manifest (the same signed bundle in several files) are
///    one bundle; the copies after the first (by file name) are refused as `broken-chain`
///    (SB703).
/// 2. Years are taken oldest first. The first year's bundles are all eligible. In a later year,
///    each bundle is compared with the bundle used for the latest earlier year (the *head*):
///    - it names the head as its `previous`, with the next sequence: **linked**, eligible;
///    - it names an unknown predecessor with a sequence beyond the next: a **gap** (bundles were
///      made that did not arrive); eligible, and reported;
///    - otherwise (it starts a new chain, names another bundle of the signatory, or claims the
///      head's next place after an unknown predecessor): a **fork**, refused as `broken-chain`
///      (SB705).
/// 3. Of a year's eligible bundles the latest is used (``SubmittedBundle/supersedes(_:)``): a
///    higher sequence, then a later creation time. The others are **superseded** (SB706). When
///    no bundle of a year is eligible, the head stays and the year has no accepted bundle.
///
/// The outcome does not depend on the order of the candidates.
enum ChainResolver {
    /// Resolves one signatory's verified bundles.
    ///
    /// - Parameter candidates: Every verified bundle of one signatory, with its record.
    /// - Returns: The bundles used (one per year at most, oldest first), the rest with their
    ///   reasons, and the breaks found.
    static func resolve(_ candidates: [Candidate]) -> Resolution {
        var resolution = Resolution()
        let byName = candidates.sorted {
            $0.bundle.file.utf8.lexicographicallyPrecedes($1.bundle.file.utf8)
        }
        var distinct: [String: Candidate] = [:]
        for candidate in byName {
            let bundle = candidate.bundle
            guard let first = distinct[bundle.manifestSHA256] else {
                distinct[bundle.manifestSHA256] = candidate
                continue
            }
            let message =
                "\(bundle.file): replay: the same signed bundle as \(first.bundle.file) "
                + "(\(bundle.signatory) \(bundle.year), sequence \(bundle.sequence))"
            resolution.rejections.append(
                rejection(
                    bundle, .refused(.brokenChain), code: ChainFinding.Kind.replay.code, message))
            resolution.findings.append(
                ChainFinding(
                    signatory: bundle.signatory, kind: .replay, file: bundle.file,
                    year: bundle.year, message: message))
        }

        let byYear = Dictionary(grouping: distinct.values, by: \.bundle.year)
        var head: SubmittedBundle?
        for year in byYear.keys.sorted() {
            let bundles = (byYear[year] ?? []).sorted {
                $0.bundle.file.utf8.lexicographicallyPrecedes($1.bundle.file.utf8)
            }
            var eligible: [(candidate: Candidate, gap: String?)] = []
            for candidate in bundles {
                guard let head else {
                    eligible.append((candidate, nil))
                    continue
                }
                switch link(candidate.bundle, to: head, known: distinct) {
                case .linked: eligible.append((candidate, nil))
                case .gap(let message): eligible.append((candidate, message))
                case .fork(let message):
                    let bundle = candidate.bundle
                    resolution.rejections.append(
                        rejection(
                            bundle, .refused(.brokenChain), code: ChainFinding.Kind.fork.code,
                            message))
                    resolution.findings.append(
                        ChainFinding(
                            signatory: bundle.signatory, kind: .fork, file: bundle.file, year: year,
                            message: message))
                }
            }
            guard
                let winner = eligible.max(by: {
                    $1.candidate.bundle.supersedes($0.candidate.bundle)
                })
            else { continue }
            for other in eligible where other.candidate.bundle.file != winner.candidate.bundle.file
            {
                let bundle = other.candidate.bundle
                let latest = winner.candidate.bundle
                resolution.rejections.append(
                    rejection(
                        bundle, .superseded, code: "SB706",
                        "\(bundle.file): superseded by \(latest.file), a later bundle for \(bundle.signatory) \(year) "
                            + "(sequence \(latest.sequence), created \(latest.createdAt); this one: sequence "
                            + "\(bundle.sequence), created \(bundle.createdAt))"))
            }
            if let gap = winner.gap {
                let bundle = winner.candidate.bundle
                resolution.findings.append(
                    ChainFinding(
                        signatory: bundle.signatory, kind: .gap, file: bundle.file, year: year,
                        message: gap))
            }
            resolution.accepted.append(winner.candidate)
            head = winner.candidate.bundle
        }
        resolution.rejections.sort { $0.file.utf8.lexicographicallyPrecedes($1.file.utf8) }
        resolution.findings.sort { ($0.year, $0.file) < ($1.year, $1.file) }
        return resolution
    }

    private enum Link {
        case linked
        case gap(String)
        case fork(String)
    }

    private static func link(
        _ bundle: SubmittedBundle, to head: SubmittedBundle, known: [String: Candidate]
    ) -> Link {
        let file = bundle.file
        let headText = "\(head.file) (\(head.year), sequence \(head.sequence))"
        guard let previous = bundle.previous else {
            return .fork(
                "\(file): fork: starts a new chain (sequence \(bundle.sequence), no previous bundle) after \(headText)"
            )
        }
        if previous.manifestSHA256 == head.manifestSHA256 {
            if bundle.sequence == head.sequence + 1, previous.sequence == head.sequence {
                return .linked
            }
            return .fork(
                "\(file): fork: follows \(headText) but claims sequence \(bundle.sequence) (previous \(previous.sequence))"
            )
        }
        if let other = known[previous.manifestSHA256] {
            let otherBundle = other.bundle
            return .fork(
                "\(file): fork: follows \(otherBundle.file) (\(otherBundle.year), sequence \(otherBundle.sequence)), "
                    + "not the bundle used before it, \(headText)")
        }
        if bundle.sequence > head.sequence + 1 {
            let missing = bundle.sequence - head.sequence - 1
            return .gap(
                "\(file): gap: sequence \(bundle.sequence) after \(headText); \(missing) bundle"
                    + "\(missing == 1 ? "" : "s") of the chain did not arrive (previous manifest "
                    + "\(previous.manifestSHA256.prefix(12))…)")
        }
        return .fork(
            "\(file): fork: claims sequence \(bundle.sequence) after a bundle that did not arrive (manifest "
                + "\(previous.manifestSHA256.prefix(12))…), not after \(headText)")
    }

    private static func rejection(
        _ bundle: SubmittedBundle, _ reason: BundleRejection.Reason, code: String, _ message: String
    ) -> BundleRejection {
        BundleRejection(
            file: bundle.file, signatory: bundle.signatory, year: bundle.year,
            sequence: bundle.sequence, reason: reason,
            code: code, message: message)
    }
}
