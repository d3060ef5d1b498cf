import RelanceCore

/// Amounts as written in a book, read straight into integer cents: never through floating point.
///
/// `1234.56`; where the comma is not the separator also `1234,56` and `1 234,56`, with a space, a
/// no-break space (U+00A0) or a narrow no-break space (U+202F) between groups of three digits.
enum AmountParser {
    enum Failure: Error, Equatable {
        case malformed
        /// More decimals than the currency has.
        case tooManyDecimals
        /// More than `maxIntegerDigits`: no real invoice is that large, and it keeps Int64 safe.
        case tooLarge
    }

    static let maxIntegerDigits = 13

    /// Signed minor units. A leading `-` is read, so that callers can say "must be positive" rather
    /// than "malformed" for a negative amount.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool, minorDigits: Int = 2
    ) -> Result<Int64, Failure> {
        let count = bytes.count
        var index = 0
        var negative = false
        if index < count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var whole: Int64 = 0
        var integerDigits = 0
        var groupLength = 0
        var grouped = false
        while index < count {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                integerDigits += 1
                guard integerDigits <= maxIntegerDigits else { return .failure(.tooLarge) }
                whole = whole * 10 + Int64(byte - 48)
                groupLength += 1
                index += 1
                continue
            }
            let spaceLength = groupSpaceLength(bytes, at: index)
            guard spaceLength > 0 else { break }
            guard decimalComma, groupLength >= 1, grouped ? groupLength == 3 : groupLength <= 3 else {
                return .failure(.malformed)
            }
            grouped = true
            groupLength = 0
            index += spaceLength
        }
        guard integerDigits > 0, !grouped || groupLength == 3 else { return .failure(.malformed) }
        var fraction: Int64 = 0
        var fractionDigits = 0
        if index < count {
            let mark = bytes[index]
            guard mark == UInt8(ascii: ".") || (decimalComma && mark == UInt8(ascii: ",")) else {
                return .failure(.malformed)
            }
            index += 1
            while index < count, bytes[index] >= 48, bytes[index] <= 57 {
                fractionDigits += 1
                if fractionDigits <= minorDigits { fraction = fraction * 10 + Int64(bytes[index] - 48) }
                index += 1
            }
            guard fractionDigits > 0, index == count else { return .failure(.malformed) }
            guard fractionDigits <= minorDigits else { return .failure(.tooManyDecimals) }
        }
        for _ in fractionDigits..<minorDigits { fraction *= 10 }
        var scale: Int64 = 1
        for _ in 0..<minorDigits { scale *= 10 }
        let value = whole * scale + fraction
        return .success(negative ? -value : value)
    }

    static func parse(_ text: String, decimalComma: Bool, minorDigits: Int = 2) -> Result<Int64, Failure> {
        var text = text
        return text.withUTF8 { parse($0, decimalComma: decimalComma, minorDigits: minorDigits) }
    }

    /// Byte length of a thousands separator at `index` (space, U+00A0, U+202F), or 0.
    private static func groupSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 { return 1 }
        if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF { return 3 }
        return 0
    }

    /// "such as 1234.56 or 1 234,56", as the file's separator allows.
    static func example(decimalComma: Bool) -> String {
        decimalComma ? "1234.56 or 1 234,56" : "1234.56"
    }
}
