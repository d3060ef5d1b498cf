import Dispatch
import Synchronization

/// The one way Relance shares work between the cores: a fixed pool of `concurrentPerform`
/// workers, each value written to its own place, so that the result is the same as a sequential
/// run in the same order. Shared state between workers goes behind a `Mutex` (Synchronization),
/// the one kind of lock.
///
/// The debtors' assessments, the case files and the letters are independent of one another and
/// are the larger part of a large build. Small inputs stay on one thread, where waking the
/// workers would cost more than it saves.
public enum Parallel {
    public static let sequentialBelow = 256

    /// `count` independent values. `sequentialBelow`: fewer values than this are computed on the
    /// calling thread (each value cheap: waking the workers would cost more); lower it for a few
    /// expensive values.
    public static func map<Value: Sendable>(count: Int, sequentialBelow: Int = Parallel.sequentialBelow,
                                            _ transform: @Sendable (Int) -> Value) -> [Value] {
        guard count >= sequentialBelow else { return (0..<count).map(transform) }
        // Contiguous chunks handed out as workers free up: big accounts do not hold one worker back.
        let chunks = min(count, 64)
        return [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = Output(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (chunk * count / chunks)..<((chunk + 1) * count / chunks) {
                    (output.base + index).initialize(to: transform(index))
                }
            }
            initialized = count
        }
    }

    /// Runs `body` for every index in `0..<count`, on every core for a large count. `body` must only
    /// touch what belongs to its index.
    public static func forEach(count: Int, sequentialBelow: Int = Parallel.sequentialBelow, _ body: @Sendable (Int) -> Void) {
        guard count >= sequentialBelow else {
            for index in 0..<count { body(index) }
            return
        }
        let chunks = min(count, 64)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in (chunk * count / chunks)..<((chunk + 1) * count / chunks) { body(index) }
        }
    }

    /// Runs `body` for every index, in groups taking every 64th index (so that pages of different
    /// weights spread evenly over the cores), and stops every group at its next index once one has
    /// failed. Throws the first error.
    public static func forEachUntilError(count: Int, _ body: @Sendable (Int) throws -> Void) throws {
        let failure = Mutex<(any Error)?>(nil)
        let groups = min(count, 64)
        DispatchQueue.concurrentPerform(iterations: groups) { group in
            for index in stride(from: group, to: count, by: groups) {
                if failure.withLock({ $0 != nil }) { return }
                do {
                    try body(index)
                } catch {
                    failure.withLock { if $0 == nil { $0 = error } }
                }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
    }

    /// Two different jobs at once, one per core. `sequentially`: one after the other on the calling
    /// thread, for small inputs, as `map` and `forEach` do (a debtor's past account, computed once
    /// per letter date inside the case files' own parallel loop, has a few dozen rows).
    public static func both<A, B>(sequentially: Bool = false, _ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        if sequentially { return (first(), second()) }
        let results = Pair<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { job in
            if job == 0 { results.first = first() } else { results.second = second() }
        }
        return (results.first!, results.second!)
    }

    /// The result's storage; each index is written by exactly one worker, and `concurrentPerform`
    /// returns only once all of them are done.
    private struct Output<Value>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Value>
    }

    /// Each property is written by one job, and read once `concurrentPerform` has returned.
    private final class Pair<A, B>: @unchecked Sendable {
        var first: A?
        var second: B?
    }
}
