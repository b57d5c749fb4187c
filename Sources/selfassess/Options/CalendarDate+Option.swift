import ArgumentParser
import SelfAssessKit

extension CalendarDate {
    /// Parses a `YYYY-MM-DD` option value, or throws a usage error naming the option.
    ///
    /// - Parameters:
    ///   - text: The value given.
    ///   - option: The option, such as `--valid-from`.
    static func option(_ text: String, name option: String) throws -> CalendarDate {
        do throws(CalendarDate.ParseError) {
            return try CalendarDate.parse(text)
        } catch {
            throw ValidationError(
                CLIMessages.optionValue.text([
                    "option": option, "reason": CLILanguage.text(of: error),
                ]))
        }
    }
}
