extension Policy {
    /// The submission window of each reporting year (`deadlines:` in the policy file): when a
    /// year's bundle is due, and after how many days a late one is very late.
    ///
    /// A policy without `deadlines:` has the default: due 31 March of the following year, very
    /// late 90 days after that.
    public struct Deadlines: Sendable, Equatable {
        /// The default day of the due date, in the year after the reporting year.
        public static let defaultDue = (month: 3, day: 31)
        /// The default number of days after the due date from which a submission is very late.
        public static let defaultVeryLateDays = 90

        /// The month and day a year's bundle is due, in the year after the reporting year.
        public var dueMonth: Int
        /// The day of ``dueMonth``.
        public var dueDay: Int
        /// Due dates that differ from the rule, by reporting year.
        public var overrides: [Int: CalendarDate]
        /// A submission received more than this many days after its due date is very late.
        public var veryLateDays: Int

        /// A submission window.
        public init(
            dueMonth: Int = defaultDue.month, dueDay: Int = defaultDue.day,
            overrides: [Int: CalendarDate] = [:], veryLateDays: Int = defaultVeryLateDays
        ) {
            self.dueMonth = dueMonth
            self.dueDay = dueDay
            self.overrides = overrides
            self.veryLateDays = veryLateDays
        }

        /// The last day on which a reporting year's bundle is on time.
        ///
        /// - Parameter year: The reporting year.
        /// - Returns: Its override, or ``dueMonth``-``dueDay`` of the following year.
        public func due(for year: Int) -> CalendarDate {
            overrides[year]
                ?? CalendarDate(year: year + 1, month: dueMonth, day: dueDay)
                ?? .endOfYear(year + 1)
        }

        /// Whether a bundle for a year received on a day was on time, late or very late.
        ///
        /// - Parameters:
        ///   - received: The day the registry received it, by its own clock (UTC).
        ///   - year: The bundle's reporting year.
        /// - Returns: On time up to and including the due date; very late more than
        ///   ``veryLateDays`` days after it; late in between.
        public func lateness(receivedOn received: CalendarDate, year: Int) -> Lateness {
            lateness(receivedOn: received, due: due(for: year))
        }

        /// Whether a bundle received on a day was on time, late or very late against a due date
        /// already decided (the one a registry's receipt states).
        ///
        /// - Parameters:
        ///   - received: The day it was received (UTC).
        ///   - due: The due date.
        /// - Returns: On time up to and including `due`; very late more than ``veryLateDays``
        ///   days after it; late in between.
        public func lateness(receivedOn received: CalendarDate, due: CalendarDate) -> Lateness {
            guard received > due else { return .onTime }
            let days = Self.dayNumber(received) - Self.dayNumber(due)
            return days > veryLateDays ? .veryLate : .late
        }

        /// Days since 1970-01-01 of a date in the proleptic Gregorian calendar.
        static func dayNumber(_ date: CalendarDate) -> Int {
            let year = date.month <= 2 ? date.year - 1 : date.year
            let era = (year >= 0 ? year : year - 399) / 400
            let yearOfEra = year - era * 400
            let month = date.month > 2 ? date.month - 3 : date.month + 9
            let dayOfYear = (153 * month + 2) / 5 + date.day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }
    }

    /// Whether a year's submission arrived by its due date.
    public enum Lateness: String, Sendable, Equatable, CaseIterable {
        /// By the due date.
        case onTime = "on-time"
        /// After the due date.
        case late
        /// More than ``Deadlines/veryLateDays`` days after the due date.
        case veryLate = "very-late"
    }
}
