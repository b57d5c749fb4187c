/// A small deterministic random number generator (SplitMix64), so that the same seed gives the same
/// sector on every machine and every run.
///
/// Not for secrets: the sample keys it seeds are for demonstrations and tests only.
public struct SampleRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator from a seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// An independent generator for one purpose, derived from a seed and labels (such as the
    /// signatory's index and the year).
    public init(seed: UInt64, _ labels: UInt64...) {
        var mixed = seed
        for label in labels { mixed = Self.mix(mixed ^ Self.mix(label &+ 0x9E37_79B9_7F4A_7C15)) }
        state = mixed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A number in 0..<1.
    public mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// Whether an event of probability `p` happens.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// `count` random bytes.
    public mutating func bytes(_ count: Int) -> [UInt8] {
        var out: [UInt8] = []
        while out.count < count {
            var word = next()
            for _ in 0..<8 where out.count < count {
                out.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return out
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
