#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a book could not be written.
public struct GeneratorError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Appends bytes to a file through a 1 MiB buffer.
///
/// A million-row ledger is some 160 MB. Formatting digits straight into a raw buffer and writing it
/// with `write(2)` once per megabyte takes a fraction of a second; the first version, a class
/// appending to an `[UInt8]`, spent over half the generator's time on a dynamic exclusivity check, a
/// uniqueness check and a capacity check per byte. Hence a non-copyable struct (passed `inout`,
/// checked statically) over a pointer it owns.
struct ByteWriter: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private let descriptor: Int32
    private let path: String
    private static let flushThreshold = 1 << 20

    init(path: String) throws(GeneratorError) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw GeneratorError(message: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        self.path = path
        capacity = Self.flushThreshold + 65536
        storage = .allocate(capacity: capacity)
    }

    deinit {
        close(descriptor)
        storage.deallocate()
    }

    mutating func byte(_ value: UInt8) {
        if count == capacity { grow(by: 1) }
        storage[count] = value
        count += 1
    }

    mutating func bytes(_ value: UnsafeBufferPointer<UInt8>) {
        if count + value.count > capacity { grow(by: value.count) }
        if let base = value.baseAddress { (storage + count).update(from: base, count: value.count) }
        count += value.count
    }

    mutating func bytes(_ value: [UInt8]) {
        value.withUnsafeBufferPointer { bytes($0) }
    }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { bytes($0) }
    }

    mutating func text(_ value: StaticString) {
        value.withUTF8Buffer { bytes($0) }
    }

    /// A non-negative integer in decimal, at least `width` digits (zero-padded).
    mutating func number(_ value: Int, width: Int = 1) {
        precondition(value >= 0)
        var digits = 1
        var scale = 10
        while scale <= value && digits < 19 { digits += 1; scale &*= 10 }
        let length = max(digits, width)
        if count + length > capacity { grow(by: length) }
        var rest = value
        var position = count + length - 1
        while position >= count {
            storage[position] = UInt8(48 + rest % 10)
            rest /= 10
            position -= 1
        }
        count += length
    }

    /// Ends a row; writes the buffer out once it holds a megabyte.
    mutating func endLine() throws(GeneratorError) {
        byte(0x0A)
        if count >= Self.flushThreshold { try flush() }
    }

    mutating func flush() throws(GeneratorError) {
        var offset = 0
        while offset < count {
            let written = write(descriptor, storage + offset, count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw GeneratorError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        count = 0
    }

    /// Writes out what is left; the descriptor is closed when the writer goes away.
    mutating func finish() throws(GeneratorError) {
        try flush()
    }

    /// Room for a row longer than the slack above the flush threshold (a long text cell).
    private mutating func grow(by needed: Int) {
        let larger = max(capacity * 2, count + needed)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = larger
    }
}
