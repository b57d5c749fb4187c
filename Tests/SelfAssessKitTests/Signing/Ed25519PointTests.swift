import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// ``Ed25519Point/weakness(of:)``, the one check every public key and every signature's R goes
/// through, and the signature checks around it.
@Suite(.tags(.small))
struct Ed25519PointTests {
    @Test(arguments: WeakKeys.smallOrder)
    func smallOrderEncodingsAreWeak(_ encoding: WeakKeys.Encoding) {
        #expect(Ed25519Point.weakness(of: encoding.bytes) == .smallOrder)
        #expect(PublicKey(rawRepresentation: encoding.bytes) == nil)
    }

    @Test(arguments: WeakKeys.nonCanonical)
    func nonCanonicalEncodingsAreWeak(_ encoding: WeakKeys.Encoding) {
        #expect(Ed25519Point.weakness(of: encoding.bytes) == .nonCanonical)
        #expect(PublicKey(rawRepresentation: encoding.bytes) == nil)
    }

    /// The derivation's claim, checked against the signature library: for every encoding of a
    /// point of small order, some signature R ‖ 0 with R of small order verifies with it as the
    /// key, which no strong key allows. (R must equal −[k]A with k the message's hash, so for a
    /// key of order 8 about one message in eight works for each R; 64 messages are plenty.)
    @Test(arguments: WeakKeys.smallOrder)
    func theLibraryAcceptsForgeriesForEverySmallOrderKey(_ encoding: WeakKeys.Encoding) {
        let candidates = WeakKeys.smallOrder.prefix(10).map(\.bytes)
        var forged = 0
        for index in 0..<64 {
            let message = Array("message \(index)".utf8)
            if candidates.contains(where: {
                PublicKey.libraryAccepts(
                    $0 + [UInt8](repeating: 0, count: 32), for: message, key: encoding.bytes)
            }) {
                forged += 1
            }
        }
        #expect(forged > 0, "no forgery verified with \(encoding.name)")
    }

    @Test func theIdentityKeyForgesEveryMessageUnderTheLibraryAloneButNotHere() {
        let message = Array("any message at all".utf8)
        #expect(
            PublicKey.libraryAccepts(
                WeakKeys.forgedSignature, for: message, key: WeakKeys.identity))
        // Even a key that got past parsing (PublicKey's internal initializer) does not verify it.
        let key = PublicKey(verifiedRaw: WeakKeys.identity)
        #expect(!key.isValidSignature(WeakKeys.forgedSignature, for: message))
    }

    @Test func strongKeysAndOrdinaryValuesAreNotWeak() throws {
        var keys = (1...40).map { KeyringFixtures.publicKey(UInt8($0)).rawRepresentation }
        keys.append(BundleFixtures.signer.publicKey.rawRepresentation)
        for raw in keys {
            #expect(Ed25519Point.weakness(of: raw) == nil)
            #expect(PublicKey(rawRepresentation: raw) != nil)
        }
        // Just below p, y = p − 2 (not a point of small order), with either sign bit.
        #expect(Ed25519Point.weakness(of: WeakKeys.encoding(y: WeakKeys.pHex, plus: -2)) == nil)
        #expect(
            Ed25519Point.weakness(
                of: WeakKeys.encoding(y: WeakKeys.pHex, plus: -2, signBit: true)) == nil)
        // y = 2, the smallest y that is neither of small order nor above p.
        #expect(
            Ed25519Point.weakness(
                of: WeakKeys.encoding(y: String(repeating: "0", count: 64), plus: 2)) == nil)
        // Not 32 bytes: not an encoding (lengths are checked with their own messages).
        #expect(Ed25519Point.weakness(of: [UInt8](repeating: 0, count: 31)) == nil)
    }

    @Test func theConstantsAreThirtyTwoBytes() {
        #expect(Ed25519Point.p.count == 32)
        #expect(Ed25519Point.order8.allSatisfy { $0.count == 32 })
        #expect(Ed25519Point.smallOrderY.count == 7)
        #expect(Ed25519Point.smallOrderY.allSatisfy { $0.count == 32 })
        #expect(PublicKey.groupOrder.count == 32)
    }

    /// S must be below the group order L: BoringSSL checks it, and so does the kit.
    @Test func aSignatureWithSAtOrAboveTheGroupOrderIsRefused() throws {
        let key = BundleFixtures.signer
        let message = Array("hello".utf8)
        let signature = try key.signature(for: message)
        #expect(key.publicKey.isValidSignature(signature, for: message))
        let s = Array(signature.suffix(32))
        let withL = Array(signature.prefix(32)) + Self.add(s, PublicKey.groupOrder)
        #expect(!key.publicKey.isValidSignature(withL, for: message))
        #expect(
            !PublicKey.libraryAccepts(withL, for: message, key: key.publicKey.rawRepresentation))

        var minusOne = PublicKey.groupOrder
        minusOne[0] -= 1
        #expect(PublicKey.isBelowGroupOrder(minusOne))
        #expect(!PublicKey.isBelowGroupOrder(PublicKey.groupOrder))
        #expect(PublicKey.isBelowGroupOrder([UInt8](repeating: 0, count: 32)))
        #expect(!PublicKey.isBelowGroupOrder([UInt8](repeating: 0xFF, count: 32)))
    }

    /// Little-endian addition of two 32-byte numbers whose sum fits.
    static func add(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var carry = 0
        for index in 0..<32 {
            let sum = Int(a[index]) + Int(b[index]) + carry
            result.append(UInt8(sum & 0xFF))
            carry = sum >> 8
        }
        return result
    }

    /// The R of a real signature replaced by a weak point: refused before the library is asked.
    @Test(arguments: WeakKeys.all)
    func aSignatureWithAWeakRIsRefused(_ encoding: WeakKeys.Encoding) throws {
        let key = BundleFixtures.signer
        let message = Array("hello".utf8)
        let signature = try key.signature(for: message)
        #expect(
            !key.publicKey.isValidSignature(encoding.bytes + signature.suffix(32), for: message))
    }
}
