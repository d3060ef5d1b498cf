/// A point in time after which a wait gives up. Every wait of the PDF subsystem has one, so that a
/// hung browser or tool can slow a build down but never hang it.
package struct Deadline: Sendable, Comparable {
    package let instant: ContinuousClock.Instant

    package init(after duration: Duration) {
        instant = ContinuousClock.now.advanced(by: duration)
    }

    package var hasPassed: Bool { ContinuousClock.now >= instant }

    /// What is left, in the millisecond units `poll` takes: rounded up, so that a wait never ends
    /// just before its deadline and spins once more for nothing, and capped to fit an `Int32`.
    package var remainingMilliseconds: Int32 {
        let left = ContinuousClock.now.duration(to: instant)
        guard left > .zero else { return 0 }
        let (seconds, attoseconds) = left.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }

    package static func < (lhs: Deadline, rhs: Deadline) -> Bool { lhs.instant < rhs.instant }
}
