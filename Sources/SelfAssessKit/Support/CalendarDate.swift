/// A calendar date without time or zone, written `YYYY-MM-DD`.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The year (1…9999).
    public var year: Int
    /// The month (1…12).
    public var month: Int
    /// The day of the month (1…31, as the month allows).
    public var day: Int

    /// Creates a date, or nil when it is not a real calendar date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (four, two and two digits), or returns nil.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    /// The date meant by a text written in another common form, for a hint: `2027年1月20日`,
    /// `2027/1/20`, `2027.1.20` or `2027-1-20` (full-width digits too); nil when the text is no
    /// such form or names no real day.
    ///
    /// - Parameter text: The text as written, without surrounding spaces.
    public static func meant(by text: String) -> CalendarDate? {
        var fields: [Int] = []
        var digits = ""
        var separators: [Character] = []
        for character in text {
            if let value = character.wholeNumberValue, character.isNumber,
                character.isASCII || ("０"..."９").contains(character)
            {
                digits.append(String(value))
                continue
            }
            guard !digits.isEmpty, let number = Int(digits) else { return nil }
            fields.append(number)
            separators.append(character)
            digits = ""
        }
        if !digits.isEmpty, let number = Int(digits) { fields.append(number) }
        guard fields.count == 3, (1000...9999).contains(fields[0]) else { return nil }
        let forms: [[Character]] = [
            ["年", "月", "日"], ["年", "月"], ["/", "/"], [".", "."], ["-", "-"],
        ]
        guard forms.contains(separators) else { return nil }
        return CalendarDate(year: fields[0], month: fields[1], day: fields[2])
    }

    /// The last day of a year.
    public static func endOfYear(_ year: Int) -> CalendarDate {
        CalendarDate(checkedYear: year, month: 12, day: 31)
    }

    /// The first day of a year.
    public static func startOfYear(_ year: Int) -> CalendarDate {
        CalendarDate(checkedYear: year, month: 1, day: 1)
    }

    private init(checkedYear year: Int, month: Int, day: Int) {
        self.year = max(1, min(9999, year))
        self.month = month
        self.day = day
    }

    /// Whether a year is a leap year in the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether the date falls in the `months` months up to the end of `year` (both ends
    /// included): the window of a date indicator with a `max-age`.
    public func isWithin(months: Int, beforeEndOf year: Int) -> Bool {
        let end = CalendarDate.endOfYear(year)
        return self >= end.subtractingMonths(months) && self <= end
    }

    /// The date a number of whole months earlier, the day clamped to the month's length
    /// (2025-03-31 minus one month is 2025-02-28).
    public func subtractingMonths(_ months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) - months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let newDay = min(day, Self.daysIn(month: newMonth, year: newYear))
        return CalendarDate(checkedYear: newYear, month: newMonth, day: newDay)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
