/// Builds one short formatted string in a single buffer: a page carries hundreds of amounts and
/// dates, and concatenating their pieces allocated a string per piece.
struct FormattedText {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    /// Room enough for any amount: 20 digits, 6 separators of 3 bytes, sign, cents, unit.
    static let amountCapacity = 64

    /// `body` must write at most `capacity` bytes of UTF-8.
    ///
    /// Written on the stack, then copied into a string of the exact size: most dates, rates and
    /// small amounts fit in 15 bytes, which Swift keeps inline, with no allocation and no reference
    /// count (`String(unsafeUninitializedCapacity:)` would put the whole capacity on the heap).
    static func make(capacity: Int, _ body: (inout FormattedText) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var text = FormattedText(buffer: buffer)
            body(&text)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<text.count]), as: UTF8.self)
        }
    }

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    mutating func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ text: String) {
        for byte in text.utf8 { append(byte) }
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    mutating func appendDigits(_ value: UInt64, width: Int = 1) {
        var digits: (UInt64, Int) = (value, 1)
        while digits.0 >= 10 { digits = (digits.0 / 10, digits.1 + 1) }
        for _ in digits.1..<max(width, digits.1) { append(UInt8(ascii: "0")) }
        var divisor: UInt64 = 1
        for _ in 1..<digits.1 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// `1234567` → `1 234 567`, groups separated by `separator`.
    mutating func appendGroupedDigits(_ value: UInt64, separator: String) {
        var digitCount = 1
        var divisor: UInt64 = 1
        while value / divisor >= 10 {
            divisor *= 10
            digitCount += 1
        }
        var rest = value
        for index in 0..<digitCount {
            if index > 0, (digitCount - index) % 3 == 0 { append(separator) }
            append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
