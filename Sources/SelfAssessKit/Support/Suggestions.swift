/// "Did you mean …?" suggestions for misspelt keys and values.
package enum Suggestions {
    /// The candidate closest to `word` by edit distance (case-insensitive), when it is close enough
    /// to be a likely misspelling.
    package static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = Array(word.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            // The distance is at least the difference in length, and more than 3 is never close
            // enough: skipping those keeps a long word from costing time (word × candidate).
            guard abs(other.count - lowered.count) <= 3 else { continue }
            let distance = editDistance(lowered, other)
            if distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, max(lowered.count, best.candidate.count) / 3))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// The Damerau–Levenshtein (optimal string alignment) distance between two sequences.
    static func editDistance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// "a, b or c" for listing allowed values in a hint.
    static func list(_ values: [String], conjunction: String = "or") -> String {
        switch values.count {
        case 0: return ""
        case 1: return values[0]
        default:
            return values.dropLast().joined(separator: ", ") + " \(conjunction) "
                + values[values.count - 1]
        }
    }
}
