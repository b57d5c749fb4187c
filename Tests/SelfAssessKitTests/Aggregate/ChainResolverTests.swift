import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Which of a signatory's verified bundles are used: replays, forks, gaps and superseded
/// duplicates on constructed chains.
@Suite(.tags(.small))
struct ChainResolverTests {
    /// A bundle: its manifest hash is its name's, its predecessor another bundle's name.
    static func bundle(
        _ name: String, year: Int, sequence: Int, after previous: String? = nil,
        previousSequence: Int? = nil,
        day: Int = 1, hash: String? = nil
    ) -> ChainResolver.Candidate {
        let created =
            BundleTimestamp("\(year + 1)-02-\(String(format: "%02d", day))T00:00:00Z") ?? .earliest
        return ChainResolver.Candidate(
            bundle: SubmittedBundle(
                file: "\(name).sabundle", signatory: "acme", year: year, sequence: sequence,
                manifestSHA256: hash ?? digest(name),
                previous: previous.map {
                    .init(manifestSHA256: digest($0), sequence: previousSequence ?? sequence - 1)
                },
                createdAt: created),
            record: AggregateFixtures.accepted("acme", year: year, overall: "80.00"))
    }

    static func digest(_ name: String) -> String {
        String(repeating: "0", count: 64 - name.utf8.count * 2)
            + name.utf8.map { String(format: "%02x", $0) }.joined()
    }

    static func resolve(_ candidates: [ChainResolver.Candidate]) -> ChainResolver.Resolution {
        let resolution = ChainResolver.resolve(candidates)
        // The order of the candidates never matters.
        #expect(ChainResolver.resolve(candidates.reversed()) == resolution)
        #expect(ChainResolver.resolve(candidates.shuffled()) == resolution)
        return resolution
    }

    static func used(_ resolution: ChainResolver.Resolution) -> [String] {
        resolution.accepted.map(\.bundle.file)
    }

    static func refused(_ resolution: ChainResolver.Resolution) -> [String] {
        resolution.rejections.map { "\($0.file) \($0.reason.name) \($0.code)" }
    }

    @Test func anUnbrokenChainIsUsedWhole() {
        let resolution = Self.resolve([
            Self.bundle("a24", year: 2024, sequence: 1),
            Self.bundle("a25", year: 2025, sequence: 2, after: "a24"),
            Self.bundle("a26", year: 2026, sequence: 3, after: "a25"),
        ])
        #expect(Self.used(resolution) == ["a24.sabundle", "a25.sabundle", "a26.sabundle"])
        #expect(resolution.rejections.isEmpty && resolution.findings.isEmpty)
    }

    @Test func theFirstYearInTheInputNeedsNoPredecessor() {
        // The 2024 bundle named in `previous` was not given: nothing to compare with.
        let resolution = Self.resolve([Self.bundle("a25", year: 2025, sequence: 2, after: "a24")])
        #expect(Self.used(resolution) == ["a25.sabundle"])
        #expect(resolution.findings.isEmpty)
    }

    @Test func aCopyOfTheSameBundleIsAReplay() {
        let original = Self.bundle("a24", year: 2024, sequence: 1)
        var copy = Self.bundle("b-copy", year: 2024, sequence: 1, hash: Self.digest("a24"))
        copy.bundle.file = "z/a25.sabundle"
        let resolution = Self.resolve([
            original, copy, Self.bundle("a25", year: 2025, sequence: 2, after: "a24"),
        ])
        #expect(Self.used(resolution) == ["a24.sabundle", "a25.sabundle"])
        #expect(Self.refused(resolution) == ["z/a25.sabundle broken-chain SB703"])
        #expect(resolution.findings.map(\.kind) == [.replay])
    }

    @Test func aLaterBundleOfTheSameYearSupersedesTheEarlier() {
        let resolution = Self.resolve([
            Self.bundle("a24", year: 2024, sequence: 1),
            Self.bundle("a25-first", year: 2025, sequence: 2, after: "a24", day: 1),
            Self.bundle("a25-again", year: 2025, sequence: 2, after: "a24", day: 20),
        ])
        #expect(Self.used(resolution) == ["a24.sabundle", "a25-again.sabundle"])
        #expect(Self.refused(resolution) == ["a25-first.sabundle superseded SB706"])
        #expect(resolution.findings.isEmpty)
        #expect(
            resolution.rejections.first?.message.contains("superseded by a25-again.sabundle")
                == true)
    }

    @Test(arguments: [
        // A new chain after the head.
        ("restart", Self.bundle("a25", year: 2025, sequence: 1)),
        // Follows another known bundle than the head: the 2024 one, skipping 2025.
        ("skips a year", Self.bundle("a26", year: 2026, sequence: 2, after: "a24")),
        // Claims the head's next place after a bundle that did not arrive.
        ("unknown predecessor", Self.bundle("a26", year: 2026, sequence: 3, after: "x25")),
        // Names the head but not with the next sequence.
        (
            "wrong sequence",
            Self.bundle("a26", year: 2026, sequence: 5, after: "a25", previousSequence: 2)
        ),
    ])
    func aBundleThatDoesNotFollowTheHeadIsAFork(_ name: String, _ fork: ChainResolver.Candidate) {
        var chain = [Self.bundle("a24", year: 2024, sequence: 1)]
        if fork.bundle.year == 2026 {
            chain.append(Self.bundle("a25", year: 2025, sequence: 2, after: "a24"))
        }
        let resolution = Self.resolve(chain + [fork])
        #expect(Self.refused(resolution) == ["\(fork.bundle.file) broken-chain SB705"], "\(name)")
        #expect(resolution.findings.map(\.kind) == [.fork], "\(name)")
        #expect(Self.used(resolution) == chain.map(\.bundle.file), "\(name)")
    }

    @Test func aForkLosesToALinkedBundleOfTheSameYear() {
        // The linked bundle is used even though the fork is later.
        let resolution = Self.resolve([
            Self.bundle("a24", year: 2024, sequence: 1),
            Self.bundle("a25", year: 2025, sequence: 2, after: "a24", day: 1),
            Self.bundle("a25-new-chain", year: 2025, sequence: 1, day: 28),
        ])
        #expect(Self.used(resolution) == ["a24.sabundle", "a25.sabundle"])
        #expect(Self.refused(resolution) == ["a25-new-chain.sabundle broken-chain SB705"])
    }

    @Test func bundlesMissingBetweenTwoAreAGap() {
        // 2025 (sequence 2) was made but not sent; 2026 follows it.
        let resolution = Self.resolve([
            Self.bundle("a24", year: 2024, sequence: 1),
            Self.bundle("a26", year: 2026, sequence: 3, after: "a25"),
        ])
        #expect(Self.used(resolution) == ["a24.sabundle", "a26.sabundle"])
        #expect(resolution.rejections.isEmpty)
        #expect(resolution.findings.map(\.kind) == [.gap])
        #expect(
            resolution.findings.first?.message.contains("1 bundle of the chain did not arrive")
                == true)
    }

    @Test func afterAForkTheChainContinuesFromTheLastBundleUsed() {
        let resolution = Self.resolve([
            Self.bundle("a24", year: 2024, sequence: 1),
            Self.bundle("a25", year: 2025, sequence: 1),
            Self.bundle("a26", year: 2026, sequence: 2, after: "a24"),
        ])
        #expect(Self.used(resolution) == ["a24.sabundle", "a26.sabundle"])
        #expect(Self.refused(resolution) == ["a25.sabundle broken-chain SB705"])
    }
}
