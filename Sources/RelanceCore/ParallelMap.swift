import Dispatch

/// Computes `count` independent values on every core, each written to its own place, so the result
/// is the same array in the same order as a sequential map.
///
/// The debtors' assessments are independent of one another and are the larger part of the
/// computation of a large book: they are shared out between the cores. Small inputs stay on one
/// thread, where waking the workers would cost more than it saves.
public enum ParallelMap {
    public static let sequentialBelow = 256

    /// `sequentialBelow`: fewer values than this are computed on the calling thread (each value
    /// cheap: waking the workers would cost more); lower it for a few expensive values.
    public static func map<Value: Sendable>(count: Int, sequentialBelow: Int = ParallelMap.sequentialBelow,
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
    static func forEach(count: Int, _ body: @Sendable (Int) -> Void) {
        guard count >= sequentialBelow else {
            for index in 0..<count { body(index) }
            return
        }
        let chunks = min(count, 64)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in (chunk * count / chunks)..<((chunk + 1) * count / chunks) { body(index) }
        }
    }

    /// The result's storage; each index is written by exactly one worker, and `concurrentPerform`
    /// returns only once all of them are done.
    private struct Output<Value>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Value>
    }
}
