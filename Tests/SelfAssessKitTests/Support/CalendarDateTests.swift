import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct CalendarDateTests {
    @Test(arguments: [
        (0, "1970-01-01"), (-1, "1969-12-31"), (59, "1970-03-01"), (10_956, "1999-12-31"),
        (11_016, "2000-02-29"), (19_782, "2024-02-29"), (20_454, "2026-01-01"),
        (-719_162, "0001-01-01"), (2_932_896, "9999-12-31"),
        (-800_000, "0001-01-01"), (3_000_000, "9999-12-31"),
    ])
    func daysSince1970(days: Int, expected: String) {
        #expect(CalendarDate(daysSince1970: days).description == expected)
    }

    @Test func everyDayAgreesWithFoundationsGregorianCalendarInUTC() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        // 1600-01-01 to 2400-12-31, one day in 7 (and so every weekday and leap rule).
        for days in stride(from: -135_140, through: 157_000, by: 7) {
            let instant = Date(timeIntervalSince1970: Double(days) * 86_400 + 43_200)
            let components = calendar.dateComponents([.year, .month, .day], from: instant)
            let date = CalendarDate(utc: instant)
            #expect(
                [date.year, date.month, date.day]
                    == [components.year, components.month, components.day], "day \(days)")
        }
    }

    @Test(arguments: [
        (0.0, "1970-01-01"), (-0.5, "1969-12-31"), (86_399.9, "1970-01-01"),
        (86_400, "1970-01-02"), (1_767_225_599, "2025-12-31"), (1_767_225_600, "2026-01-01"),
        (-1e300, "0001-01-01"), (1e300, "9999-12-31"), (.infinity, "9999-12-31"),
        (.nan, "1970-01-01"),
    ])
    func dayOfAnInstantInUTC(seconds: Double, expected: String) {
        #expect(CalendarDate(utc: Date(timeIntervalSince1970: seconds)).description == expected)
    }

    @Test func todayIsTheSystemClocksDayInUTC() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let before = calendar.dateComponents([.year, .month, .day], from: Date())
        let today = CalendarDate.today
        let after = calendar.dateComponents([.year, .month, .day], from: Date())
        let seen = [today.year, today.month, today.day]
        #expect(
            seen == [before.year, before.month, before.day]
                || seen == [after.year, after.month, after.day])
    }

    @Test(arguments: ["2025-06-30", "2024-02-29"])
    func parsesADate(text: String) throws {
        #expect(try CalendarDate.parse(text).description == text)
    }

    @Test(arguments: ["2025-02-29", "2025/06/30", "", "tomorrow"])
    func refusesWhatIsNotADate(text: String) {
        let error = #expect(throws: CalendarDate.ParseError.self) { try CalendarDate.parse(text) }
        #expect(error == CalendarDate.ParseError(text: text))
        #expect(
            error?.description == "'\(text)' is not a date; write YYYY-MM-DD, such as 2026-01-01.")
    }
}
