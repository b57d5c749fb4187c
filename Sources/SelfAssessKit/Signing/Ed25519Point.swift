/// Checks a 32-byte Ed25519 point encoding (RFC 8032 §5.1.2: y in little-endian, the sign of x
/// in the top bit) before it is trusted as a public key or accepted as a signature's R.
///
/// Refused, as libsodium refuses them: every encoding of the 8 points of order dividing 8 (with
/// such a key anyone can make a signature, R of small order and S = 0, that verifies for any
/// message; swift-crypto/BoringSSL, OpenSSL and signify accept it), and every encoding whose y
/// is not below p = 2^255 − 19 (a second spelling of a point, with another key id). The test is
/// on the bytes alone: y with the sign bit cleared, compared with fixed values.
///
/// The small-order points were derived with field arithmetic mod p (Python; the x coordinate
/// from x² = (y² − 1)/(d·y² + 1), d = −121665/121666). Multiplying random curve points by
/// the prime order L = 2^252 + 27742317777372353535851937790883648493 leaves their component in
/// the 8-torsion, and eight distinct results are the whole subgroup:
///
/// ```python
/// p = 2**255 - 19; d = -121665 * pow(121666, p - 2, p) % p
/// L = 2**252 + 27742317777372353535851937790883648493
/// def add(P, Q):
///     (x1, y1), (x2, y2) = P, Q; t = d * x1 * x2 * y1 * y2 % p
///     return ((x1*y2 + x2*y1) * pow(1 + t, p - 2, p) % p, (y1*y2 + x1*x2) * pow(1 - t, p - 2, p) % p)
/// def mul(k, P):
///     R = (0, 1)
///     while k:
///         if k & 1: R = add(R, P)
///         P, k = add(P, P), k >> 1
///     return R
/// def x_of(y):  # p = 5 mod 8
///     a = (y*y - 1) * pow(d*y*y + 1, p - 2, p) % p; x = pow(a, (p + 3) // 8, p)
///     if x * x % p != a: x = x * pow(2, (p - 1) // 4, p) % p
///     return x if x * x % p == a else None
/// torsion, y = set(), 2
/// while len(torsion) < 8:
///     if (x := x_of(y)) is not None: torsion.add(mul(L, (x, y)))
///     y += 1
/// ```
///
/// Their y values: 1 (the identity, order 1), p − 1 (order 2), 0 (order 4, both signs of x),
/// and the two ``order8`` values (order 8, both signs of x each). The identity and the point of
/// order 2 have x = 0, so their encodings with the sign bit set are refused too. Of these y
/// values only 0 and 1 have a second, non-canonical spelling below 2^255: p and p + 1.
/// `Ed25519PointTests` checks each encoding against the signature library: a signature with
/// S = 0 verifies for such a key.
public enum Ed25519Point {
    /// Why an encoding is refused, or nil when it may be used.
    ///
    /// - Parameter encoding: The 32 bytes of the point; any other length is not an encoding and
    ///   gives nil (the callers check lengths with their own messages).
    /// - Returns: ``Weakness/smallOrder`` for any encoding of a point of order 1, 2, 4 or 8
    ///   (canonical or not, either sign bit), ``Weakness/nonCanonical`` for any other encoding
    ///   with y ≥ p, nil otherwise.
    public static func weakness(of encoding: some Collection<UInt8>) -> Weakness? {
        guard encoding.count == 32 else { return nil }
        var y = Array(encoding)
        y[31] &= 0x7F  // the sign of x
        if smallOrderY.contains(y) { return .smallOrder }
        if !isBelowP(y) { return .nonCanonical }
        return nil
    }

    /// p = 2^255 − 19, little-endian.
    static let p = littleEndian("7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed")

    /// The y coordinates of the two pairs of points of order 8, as derived above.
    static let order8 = [
        littleEndian("7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7"),
        littleEndian("05fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826"),
    ]

    /// Every y (sign bit cleared) that encodes a point of small order: 0, 1, p − 1, the two
    /// order-8 values, and the non-canonical p (≡ 0) and p + 1 (≡ 1).
    static let smallOrderY: Set<[UInt8]> = {
        let zero = [UInt8](repeating: 0, count: 32)
        var one = zero
        one[0] = 1
        var pMinusOne = p
        pMinusOne[0] -= 1
        var pPlusOne = p
        pPlusOne[0] += 1
        return Set([zero, one, pMinusOne, p, pPlusOne] + order8)
    }()

    /// Whether a little-endian 255-bit value is below p: it is not when bytes 1…30 are all 0xFF,
    /// byte 31 is 0x7F and byte 0 is at least 0xED.
    private static func isBelowP(_ y: [UInt8]) -> Bool {
        for index in stride(from: 31, through: 0, by: -1) where y[index] != p[index] {
            return y[index] < p[index]
        }
        return false
    }

    /// 32 bytes, little-endian, from 64 hexadecimal digits written most significant first.
    private static func littleEndian(_ hex: String) -> [UInt8] {
        Array((HexDigits.decode(Array(hex.utf8)) ?? []).reversed())
    }
}
