/// Where escaped bytes are written: a page being rendered, or a plain array (tests, checks).
protocol ByteSink: ~Copyable {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension ByteSink where Self: ~Copyable {
    mutating func append(bytesOf array: [UInt8]) {
        array.withUnsafeBufferPointer { append(contentsOf: $0) }
    }
}

extension Array: ByteSink where Element == UInt8 {}

/// The bytes of the page the compiled renderer is writing.
///
/// A page is a few thousand appends of a few bytes each (a tag, an attribute, a value); through an
/// `Array`, each went through the generic `append(contentsOf:)` — a uniqueness test, a capacity
/// test and a sequence copy, about 70 instructions before the bytes moved. Here an append is a
/// capacity test and a copy; the page becomes an `Array` once, when it is done.
struct PageBuffer: ~Copyable, ByteSink {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Takes the last `n` bytes back (an element dropped after its indentation was written).
    mutating func removeLast(_ n: Int) {
        precondition(n >= 0 && n <= count, "removing more bytes than the page holds")
        count -= n
    }

    /// A copy of the bytes from `offset` to the end.
    func bytes(from offset: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: start + offset, count: count - offset))
    }

    /// The page's bytes.
    consuming func finish() -> [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.initialize(from: start, count: count)
        start.deallocate()
        start = larger
        capacity = newCapacity
    }
}
