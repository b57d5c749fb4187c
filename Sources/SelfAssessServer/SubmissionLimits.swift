import Foundation
import Synchronization

/// How many submissions one address may make: `count` per `seconds`, refilled steadily (a token
/// bucket that holds at most `count`).
///
/// Written `60/min`, `10/s`, `1000/h`, or `off`.
public struct SubmissionRate: Sendable, Equatable, CustomStringConvertible {
    /// Submissions allowed per period (and the largest burst).
    public var count: Int
    /// The period, in seconds.
    public var seconds: Int

    /// A rate of `count` per `seconds`.
    public init(count: Int, seconds: Int) {
        self.count = count
        self.seconds = seconds
    }

    /// The default: 60 submissions a minute from one address.
    public static let standard = SubmissionRate(count: 60, seconds: 60)

    /// Reads `N/s`, `N/min` or `N/h` (N at least 1); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let count = Int(parts[0]), count >= 1 else { return nil }
        switch parts[1] {
        case "s", "sec", "second": seconds = 1
        case "m", "min", "minute": seconds = 60
        case "h", "hour": seconds = 3600
        default: return nil
        }
        self.count = count
    }

    /// `60/min`.
    public var description: String {
        switch seconds {
        case 1: "\(count)/s"
        case 60: "\(count)/min"
        case 3600: "\(count)/h"
        default: "\(count)/\(seconds)s"
        }
    }
}

/// The per-address rate limit: one token bucket per address, kept while it is not full.
///
/// It is the first check of a submission, before its body is read, so a flood from one address
/// costs a dictionary look-up per request. Time comes from the caller (seconds on any monotonic
/// clock), so the tests decide it.
package final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    package let rate: SubmissionRate
    private let buckets = Mutex<[String: Bucket]>([:])

    package init(rate: SubmissionRate) {
        self.rate = rate
    }

    /// Takes one token for an address at a time; nil when taken, or the whole seconds to wait
    /// until one is free.
    package func take(for address: String, at now: Double) -> Int? {
        let perSecond = Double(rate.count) / Double(rate.seconds)
        let capacity = Double(rate.count)
        return buckets.withLock { buckets in
            var bucket = buckets[address] ?? Bucket(tokens: capacity, updated: now)
            bucket.tokens = min(capacity, bucket.tokens + (now - bucket.updated) * perSecond)
            bucket.updated = now
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                buckets[address] = bucket
                // Full buckets are forgotten from time to time: memory follows active addresses.
                if buckets.count > 10_000 {
                    buckets = buckets.filter {
                        min(capacity, $0.value.tokens + (now - $0.value.updated) * perSecond)
                            < capacity
                    }
                }
                return nil
            }
            buckets[address] = bucket
            // A whole number of seconds, not rounded up past one by floating-point noise.
            return max(1, Int(((1 - bucket.tokens) / perSecond - 1e-9).rounded(.up)))
        }
    }
}

/// At most `limit` verifications at once, and at most `queue` more waiting for a slot; beyond
/// that a submission is refused at once (503) instead of holding its body in memory.
package final class VerificationGate: Sendable {
    private struct State {
        var running = 0
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    package let limit: Int
    package let queue: Int
    private let state = Mutex(State())

    package init(limit: Int, queue: Int) {
        self.limit = max(1, limit)
        self.queue = max(0, queue)
    }

    /// The verifications running now.
    package var running: Int { state.withLock { $0.running } }

    /// The submissions waiting for a slot.
    package var waiting: Int { state.withLock { $0.waiting.count } }

    /// Waits for a slot; false, at once, when the slots and the queue are full.
    package func enter() async -> Bool {
        enum Decision { case entered, wait, refuse }
        let decision: Decision = state.withLock { state in
            if state.running < limit {
                state.running += 1
                return .entered
            }
            return state.waiting.count < queue ? .wait : .refuse
        }
        switch decision {
        case .entered: return true
        case .refuse: return false
        case .wait:
            await withCheckedContinuation { continuation in
                let enteredNow: Bool = state.withLock { state in
                    // A slot may have been freed between the two locks.
                    if state.running < limit {
                        state.running += 1
                        return true
                    }
                    state.waiting.append(continuation)
                    return false
                }
                if enteredNow { continuation.resume() }
            }
            return true
        }
    }

    /// Gives a slot back: to the first waiting submission, or free.
    package func leave() {
        let next: CheckedContinuation<Void, Never>? = state.withLock { state in
            if state.waiting.isEmpty {
                state.running -= 1
                return nil
            }
            // The slot passes to the waiter: `running` stays the same.
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
