import Dispatch
import SelfAssessKit
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes the temporary files being written (``TemporaryFiles``) when the tool is interrupted by
/// SIGINT or SIGTERM, then ends the process by the same signal, so the shell still sees an
/// interrupted command (status 130 or 143).
///
/// An interrupted `bundle` left `.NAME.sabundle.unverified-…` beside its output.
///
/// The signals are received by Dispatch signal sources on a queue of their own, so the cleanup
/// runs as ordinary code (not in a signal handler) while the command's own thread is busy. That
/// thread may notice its file gone before the signal ends the process: ``holdIfInterrupted()``,
/// called before anything is printed and at exit, parks it until then, so no error is printed
/// and the status stays the signal's. SIGKILL cannot be caught: a killed run can still leave a
/// temporary file, always a dot-file next to the output.
enum InterruptCleanup {
    private static let queue = DispatchQueue(label: "selfassess.interrupt-cleanup")
    private static let interrupted = Atomic<Bool>(false)

    nonisolated(unsafe) private static let sources: [any DispatchSourceSignal] = {
        atexit { InterruptCleanup.holdIfInterrupted() }
        return [SIGINT, SIGTERM].compactMap { number in
            // The default action would end the process before the source sees the signal.
            let previous = signal(number, SIG_IGN)
            // A signal ignored when the tool started (a background job of a shell script) stays
            // ignored, as it would without this handler.
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                return nil
            }
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                interrupted.store(true, ordering: .sequentiallyConsistent)
                TemporaryFiles.shared.removeAll()
                signal(number, SIG_DFL)
                // To the process, not this thread: Dispatch's threads block signals.
                kill(getpid(), number)
            }
            source.resume()
            return source
        }
    }()

    /// Starts listening for the signals; calling it again does nothing.
    static func install() {
        _ = sources
    }

    /// Stops listening, for `serve`, whose own graceful stop (ServiceLifecycle) takes SIGINT and
    /// SIGTERM instead: the signals stay ignored by default and no temporary file is being written.
    static func handOver() {
        for source in sources { source.cancel() }
    }

    /// Parks the calling thread for good when an interrupt is being handled: its signal is about
    /// to end the process.
    static func holdIfInterrupted() {
        guard interrupted.load(ordering: .sequentiallyConsistent) else { return }
        while true { pause() }
    }
}
