import Foundation
import SelfAssessKit
import Synchronization

/// A progress line on standard error, rewritten in place at most ten times a second: `aggregate:
/// 523/1000 bundles, 87.2/s, 3 failed verification` (forks and replays are found after the last
/// bundle, so the summary may refuse more).
///
/// Used only when standard error is a terminal.
final class ProgressLine: Sendable {
    private struct State {
        var started = ContinuousClock.now
        var lastShown: ContinuousClock.Instant?
        var shown = false
    }

    private let state = Mutex(State())
    private let terminal: Terminal

    /// A progress line on the terminal's standard error.
    init(_ terminal: Terminal) {
        self.terminal = terminal
    }

    /// Shows a progress report (skipped when the last one is less than 0.1 s old, except the last).
    func show(_ progress: AggregateProgress) {
        let now = ContinuousClock.now
        let line: String? = state.withLock { state in
            if let last = state.lastShown, now - last < .milliseconds(100),
                progress.done < progress.total
            {
                return nil
            }
            state.lastShown = now
            state.shown = true
            let seconds =
                Double((now - state.started).components.attoseconds) / 1e18
                + Double((now - state.started).components.seconds)
            let rate = seconds > 0 ? Double(progress.done) / seconds : 0
            return CLIMessages.aggregateProgress.text([
                "progress": SectorSummaryRenderer.progress(progress, perSecond: rate)
            ])
        }
        if let line {
            terminal.errControl("\r\u{1B}[2K")
            terminal.err(line)
        }
    }

    /// Ends the line.
    func finish() {
        let shown = state.withLock { $0.shown }
        if shown { terminal.err("\n") }
    }
}
