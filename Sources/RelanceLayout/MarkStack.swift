/// Where each node written in an open sibling list starts, and whether it is blank text: what the
/// compiled renderer needs to drop an element with the blank text before it, as the DOM path does.
///
/// Pushed for every node of every page and popped a sibling list at a time: as an `Array`, each
/// push tested uniqueness and capacity and each pop went through the generic `removeLast(_:)`.
struct MarkStack: ~Copyable {
    struct Mark {
        /// Offset of the node's first byte in the page.
        let start: Int
        let whitespace: Bool
    }

    private var storage: UnsafeMutablePointer<Mark>
    private var capacity = 64
    private(set) var count = 0

    init() { storage = .allocate(capacity: capacity) }

    // Marks are plain values: nothing to deinitialise.
    deinit { storage.deallocate() }

    @inline(__always)
    mutating func push(_ mark: Mark) {
        if count == capacity { grow() }
        (storage + count).initialize(to: mark)
        count += 1
    }

    var last: Mark? { count > 0 ? storage[count - 1] : nil }

    /// Pops the last `n` marks.
    mutating func removeLast(_ n: Int = 1) {
        precondition(n >= 0 && n <= count, "popping more marks than were pushed")
        count -= n
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Mark>.allocate(capacity: capacity * 2)
        larger.initialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
