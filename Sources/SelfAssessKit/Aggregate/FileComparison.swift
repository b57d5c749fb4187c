import Foundation

/// Compares files byte for byte, for `aggregate`'s duplicates.
enum FileComparison {
    /// Whether two files hold the same bytes; false when either cannot be read.
    static func sameBytes(_ lhs: URL, _ rhs: URL) -> Bool {
        guard let left = try? FileHandle(forReadingFrom: lhs),
            let right = try? FileHandle(forReadingFrom: rhs)
        else { return false }
        defer {
            try? left.close()
            try? right.close()
        }
        let chunk = 1 << 20
        do {
            while true {
                let a = try left.read(upToCount: chunk) ?? Data()
                let b = try right.read(upToCount: chunk) ?? Data()
                if a != b { return false }
                if a.isEmpty { return true }
            }
        } catch {
            return false
        }
    }
}
