/// A growable buffer of plain values, for the compiled renderer's page bytes and its marks.
///
/// A page is thousands of appends of a few bytes each (a tag, an attribute, a value) and a mark
/// pushed for every node; through an `Array`, each append went through a uniqueness test, a
/// capacity test and, for several bytes, the generic `append(contentsOf:)` (about 70 instructions
/// before the bytes moved), and each sibling list's marks were popped through the generic
/// `removeLast(_:)`. Here an append is a capacity test and a copy, and a pop moves the count.
struct FlatBuffer<Element: BitwiseCopyable>: ~Copyable {
    private var start: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    // Plain values: nothing to deinitialise.
    deinit { start.deallocate() }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(toHold: count + 1) }
        (start + count).initialize(to: element)
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress else { return }
        if count + elements.count > capacity { grow(toHold: count + elements.count) }
        (start + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    var last: Element? { count > 0 ? start[count - 1] : nil }

    /// Takes the last `n` elements back.
    mutating func removeLast(_ n: Int = 1) {
        precondition(n >= 0 && n <= count, "removing more than the buffer holds")
        count -= n
    }

    /// A copy of the elements from `offset` to the end.
    func array(from offset: Int = 0) -> [Element] {
        Array(UnsafeBufferPointer(start: start + offset, count: count - offset))
    }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        larger.initialize(from: start, count: count)
        start.deallocate()
        start = larger
        capacity = newCapacity
    }
}
