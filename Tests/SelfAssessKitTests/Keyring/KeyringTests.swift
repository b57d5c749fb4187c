import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The keyring as the verifier sees it: candidates by key number, each key's signatory, and
/// validity on a bundle's creation date.
@Suite(.tags(.small))
struct KeyringTests {
    typealias F = KeyringFixtures

    static func keyring(_ keys: [Keyring.Key], signatory: String = "acme") -> Keyring {
        Keyring(signatories: [Keyring.Signatory(id: signatory, name: "Acme", keys: keys)])
    }

    // MARK: Validity

    /// (creation date, expected validity) for a key valid 2024-01-01…2025-12-31.
    static let windowCases: [(String, String)] = [
        ("2023-12-31", "notYetValid"), ("2024-01-01", "valid"), ("2025-06-30", "valid"),
        ("2025-12-31", "valid"),
        ("2026-01-01", "expired"),
    ]

    @Test(arguments: windowCases)
    func validFromAndUntilAreInclusive(_ date: String, _ expected: String) {
        let key = Keyring.Key(
            publicKey: F.publicKey(1), validFrom: F.date("2024-01-01"),
            validUntil: F.date("2025-12-31"))
        let validity = key.validity(on: F.date(date))
        switch (validity, expected) {
        case (.valid, "valid"): break
        case (.notYetValid(let from), "notYetValid"): #expect(from == F.date("2024-01-01"))
        case (.expired(let until), "expired"): #expect(until == F.date("2025-12-31"))
        default: Issue.record("\(date): \(validity), expected \(expected)")
        }
    }

    /// (creation date, revoked?) for a key revoked on 2025-03-01.
    static let revocationCases: [(String, Bool)] = [
        ("2025-02-28", false), ("2025-03-01", true), ("2025-03-02", true), ("2030-01-01", true),
    ]

    @Test(arguments: revocationCases)
    func aRevokedKeySignsOnlyBeforeTheRevocationDay(_ date: String, _ revoked: Bool) throws {
        let revocation = TrustedKey.Revocation(date: F.date("2025-03-01"), reason: "laptop stolen")
        let keyring = Self.keyring([
            Keyring.Key(
                publicKey: F.publicKey(1), validFrom: F.date("2024-01-01"), revocation: revocation)
        ])
        let trusted = try #require(keyring.candidates(keynum: F.publicKey(1).keyID.keynum).first)
        #expect(trusted.validity(on: F.date(date)) == (revoked ? .revoked(revocation) : .valid))
    }

    @Test func revocationWinsOverExpiry() {
        let revocation = TrustedKey.Revocation(date: F.date("2025-03-01"), reason: "r")
        let key = Keyring.Key(
            publicKey: F.publicKey(1), validFrom: F.date("2024-01-01"),
            validUntil: F.date("2024-12-31"), revocation: revocation)
        #expect(key.validity(on: F.date("2026-01-01")) == .revoked(revocation))
        #expect(key.validity(on: F.date("2025-01-15")) == .expired(until: F.date("2024-12-31")))
    }

    // MARK: Candidates

    @Test func candidatesCarryTheSignatoryTheKeyIsListedUnder() throws {
        let keyring = Keyring(signatories: [
            Keyring.Signatory(
                id: "acme", name: "Acme",
                keys: [Keyring.Key(publicKey: F.publicKey(1), validFrom: F.date("2024-01-01"))]),
            Keyring.Signatory(
                id: "huabei-news", name: "华北",
                keys: [Keyring.Key(publicKey: F.publicKey(2), validFrom: F.date("2024-06-01"))]),
        ])
        let found = keyring.candidates(keynum: F.publicKey(2).keyID.keynum)
        #expect(found.count == 1)
        #expect(found.first?.signatory == "huabei-news")
        #expect(found.first?.publicKey == F.publicKey(2))
        #expect(found.first?.validFrom == F.date("2024-06-01"))
        #expect(keyring.candidates(keynum: F.publicKey(3).keyID.keynum).isEmpty)
        #expect(keyring.candidates(keynum: []).isEmpty)
        #expect(keyring.entry(for: F.publicKey(1).keyID)?.signatory.id == "acme")
        #expect(keyring.entry(for: F.publicKey(3).keyID) == nil)
        #expect(keyring.signatory("huabei-news")?.name == "华北")
        #expect(keyring.keyCount == 2)
    }

    @Test func twoKeysSharingAKeynumAreBothCandidatesAndOnlyTheRightOneVerifies() throws {
        let real = F.publicKey(1)
        let other = F.publicKey(2)
        // Another key whose id starts with the same 8 bytes (a collision, forced for the test).
        let collidingID = try #require(
            KeyID("sha256:" + real.keyID.keynum.hexString + String(repeating: "ab", count: 24)))
        let keyring = Keyring(signatories: [
            Keyring.Signatory(
                id: "acme", name: "Acme",
                keys: [Keyring.Key(publicKey: real, validFrom: F.date("2024-01-01"))]),
            Keyring.Signatory(
                id: "mallory", name: "M",
                keys: [
                    Keyring.Key(
                        testingPublicKey: other, keyID: collidingID, validFrom: F.date("2024-01-01")
                    )
                ]),
        ])
        let candidates = keyring.candidates(keynum: real.keyID.keynum)
        #expect(candidates.map(\.signatory) == ["acme", "mallory"])
        // The verifier tries each: only the signer's key verifies, and it names its signatory.
        let message = Array("manifest".utf8)
        let signature = try MinisignSignature.sign(
            message, with: F.signingKey(1), trustedComment: "t", file: "m.minisig")
        let verified = candidates.filter {
            (try? signature.verify(message, with: $0.publicKey, file: "m.minisig")) != nil
        }
        #expect(verified.map(\.signatory) == ["acme"])
    }

    @Test func aKeyringIsTrustedKeys() {
        let keyring: any TrustedKeys = Self.keyring([
            Keyring.Key(publicKey: F.publicKey(1), validFrom: F.date("2024-01-01"))
        ])
        #expect(
            keyring.candidates(keynum: F.publicKey(1).keyID.keynum).map(\.signatory) == ["acme"])
    }

    @Test func equalityIgnoresTheFileHash() {
        var a = Self.keyring([
            Keyring.Key(publicKey: F.publicKey(1), validFrom: F.date("2024-01-01"))
        ])
        let b = a
        a.sha256 = "00"
        #expect(a == b)
    }
}
