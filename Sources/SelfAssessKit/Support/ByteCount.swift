/// Human-readable byte counts.
public enum ByteCount {
    /// A size beside the limit it broke: in exact bytes when the rounded figure would equal the
    /// limit's ("8 MiB, over the 8 MiB limit" says nothing): "8,391,731 bytes".
    public static func describe(_ count: Int, beside limit: Int) -> String {
        guard describe(count) == describe(limit) else { return describe(count) }
        var digits = String(count)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped + " bytes"
    }

    /// "812 bytes", "3.2 KiB", "8 MiB".
    public static func describe(_ count: Int) -> String {
        if count < 1024 { return "\(count) byte\(count == 1 ? "" : "s")" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(count) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(units[unit])"
    }
}
