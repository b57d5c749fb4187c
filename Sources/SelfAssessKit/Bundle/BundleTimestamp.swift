/// A bundle's creation time, to the second, in UTC, written `YYYY-MM-DDThh:mm:ssZ`.
///
/// The conversion is done here, by arithmetic on the proleptic Gregorian calendar, so the text
/// never depends on the locale, the time zone or Foundation's formatters.
public struct BundleTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSince1970: Int

    /// The earliest time a bundle may carry: 1980-01-01T00:00:00Z (the ZIP epoch).
    public static let earliest = BundleTimestamp(uncheckedSeconds: 315_532_800)
    /// The latest: 9999-12-31T23:59:59Z.
    public static let latest = BundleTimestamp(uncheckedSeconds: 253_402_300_799)

    /// A time from seconds since 1970, or nil outside ``earliest`` … ``latest``.
    ///
    /// - Parameter secondsSince1970: Seconds since 1970-01-01T00:00:00Z, as `SOURCE_DATE_EPOCH`
    ///   gives them.
    public init?(secondsSince1970: Int) {
        guard
            (Self.earliest.secondsSince1970...Self.latest.secondsSince1970).contains(
                secondsSince1970)
        else {
            return nil
        }
        self.secondsSince1970 = secondsSince1970
    }

    private init(uncheckedSeconds: Int) {
        secondsSince1970 = uncheckedSeconds
    }

    /// Parses exactly `YYYY-MM-DDThh:mm:ssZ` (a real date, hours 00–23, minutes and seconds
    /// 00–59); nil for anything else, including other spellings of the same time.
    ///
    /// - Parameter text: The timestamp as the manifest writes it.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
            let date = CalendarDate(String(decoding: bytes[0..<10], as: UTF8.self)),
            let hour = Self.number(bytes[11..<13]), let minute = Self.number(bytes[14..<16]),
            let second = Self.number(bytes[17..<19]), hour < 24, minute < 60, second < 60
        else { return nil }
        let days = Self.days(from: date)
        self.init(secondsSince1970: days * 86_400 + hour * 3_600 + minute * 60 + second)
    }

    /// The calendar day in UTC, for key validity.
    public var date: CalendarDate {
        let (year, month, day) = Self.civil(fromDays: secondsSince1970 / 86_400)
        return CalendarDate(year: year, month: month, day: day) ?? .startOfYear(year)
    }

    /// `YYYY-MM-DDThh:mm:ssZ`.
    public var description: String {
        let seconds = secondsSince1970 % 86_400
        return
            "\(date)T\(Self.two(seconds / 3_600)):\(Self.two(seconds / 60 % 60)):\(Self.two(seconds % 60))Z"
    }

    public static func < (lhs: BundleTimestamp, rhs: BundleTimestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Days since 1970-01-01 of a date (Howard Hinnant's `days_from_civil`).
    private static func days(from date: CalendarDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = year / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`), for days ≥ 0.
    private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
