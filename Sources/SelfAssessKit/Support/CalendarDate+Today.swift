public import Foundation

extension CalendarDate {
    /// Today's date in UTC, from the system clock.
    ///
    /// Dates in assessments, keyrings and bundles carry no time zone; the tool reads them all as
    /// UTC days, so that a bundle verifies the same on every machine.
    public static var today: CalendarDate { CalendarDate(utc: Date()) }

    /// The day an instant falls on in UTC.
    ///
    /// The proleptic Gregorian calendar is counted directly from the days since 1970-01-01, so no
    /// calendar or time-zone database is consulted and nothing can fail. Instants before
    /// 0001-01-01 or after 9999-12-31 give those days.
    ///
    /// - Parameter instant: The instant.
    public init(utc instant: Date) {
        let first = -719_162.0  // 0001-01-01
        let last = 2_932_896.0  // 9999-12-31
        let seconds = instant.timeIntervalSince1970
        let days = seconds.isNaN ? 0 : min(max((seconds / 86_400).rounded(.down), first), last)
        self.init(daysSince1970: Int(days))
    }

    /// The date a number of days after 1970-01-01 (before it, when negative), in the proleptic
    /// Gregorian calendar; clamped to 0001-01-01…9999-12-31.
    ///
    /// - Parameter days: Days since 1970-01-01.
    public init(daysSince1970 days: Int) {
        // Eras of 400 years (146,097 days) starting on 0000-03-01, so that the leap day is the
        // last day of its year.
        let shifted = min(max(days, -719_162), 2_932_896) + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra =
            (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self = CalendarDate(year: year, month: month, day: day) ?? .startOfYear(year)
    }
}
