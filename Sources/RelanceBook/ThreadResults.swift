/// One result per thread of a `DispatchQueue.concurrentPerform`, each written by its own thread.
/// Unchecked Sendable: no two threads write the same index, and the results are read only once
/// `concurrentPerform` has returned. A raw buffer, since an Array's storage cannot be written from
/// two threads at once.
final class ThreadResults<Value>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Value>
    let count: Int

    init(count: Int, initial: Value) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: initial, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    subscript(index: Int) -> Value {
        get { base[index] }
        set { base[index] = newValue }
    }

    var values: [Value] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
