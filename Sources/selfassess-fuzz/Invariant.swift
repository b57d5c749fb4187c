import Foundation

/// A broken invariant stops the process with a message on standard error: libFuzzer then keeps
/// the input as a crash, and a replay exits non-zero.
enum Invariant {
    /// The input being replayed, named in the message (libFuzzer names its own).
    nonisolated(unsafe) static var currentInput: String?

    static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        target: FuzzTarget = FuzzTarget.selected
    ) {
        guard !condition() else { return }
        let input = currentInput.map { " (input \($0))" } ?? ""
        FileHandle.standardError.write(
            Data(
                "selfassess-fuzz: \(target.rawValue): invariant broken\(input): \(message())\n".utf8
            ))
        abort()
    }
}
