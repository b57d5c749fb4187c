internal import Foundation
public import SelfAssessKit

/// Where the registry's time comes from: the time a bundle is received, and the day keys are
/// checked on.
///
/// The registry decides from its own clock, never from the bundle's.
public protocol RegistryClock: Sendable {
    /// The current time, to the second, in UTC.
    func now() -> BundleTimestamp
}

/// The system's clock.
public struct SystemClock: RegistryClock {
    /// The system's clock.
    public init() {}

    public func now() -> BundleTimestamp {
        BundleTimestamp(secondsSince1970: Int(Date().timeIntervalSince1970)) ?? .earliest
    }
}

/// A clock that always reads the same time, for tests and for replaying an intake.
public struct FixedClock: RegistryClock {
    /// The time it reads.
    public var time: BundleTimestamp

    /// A clock stopped at a time.
    public init(_ time: BundleTimestamp) {
        self.time = time
    }

    public func now() -> BundleTimestamp { time }
}
