/// An annual rate in percent, held exactly as an integer number of ten-thousandths of a percent
/// (12.15 % is 121 500), so rates from the tables and contracts never go through floating point.
public struct PercentRate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let scale: Int64 = 10_000
    public let scaled: Int64

    public init(scaled: Int64) { self.scaled = scaled }

    /// Parses `12`, `12.15`, `12,15`, `0.05` (at most four decimals); nil otherwise.
    public init?(parsing text: Substring) {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var seenSeparator = false
        var seenDigit = false
        for byte in trimmed.utf8 {
            switch byte {
            case 48...57:
                seenDigit = true
                if seenSeparator {
                    fractionDigits += 1
                    guard fractionDigits <= 4 else { return nil }
                    fraction = fraction * 10 + Int64(byte - 48)
                } else {
                    whole = whole * 10 + Int64(byte - 48)
                    guard whole < 1_000_000 else { return nil }
                }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard !seenSeparator else { return nil }
                seenSeparator = true
            default:
                return nil
            }
        }
        guard seenDigit else { return nil }
        while fractionDigits < 4 { fraction *= 10; fractionDigits += 1 }
        scaled = whole * PercentRate.scale + fraction
    }

    public static func < (a: PercentRate, b: PercentRate) -> Bool { a.scaled < b.scaled }
    public static func + (a: PercentRate, b: PercentRate) -> PercentRate { PercentRate(scaled: a.scaled + b.scaled) }
    public static func * (factor: Int64, rate: PercentRate) -> PercentRate { PercentRate(scaled: factor * rate.scaled) }

    /// `12.15`: at least two decimals, trailing zeros beyond that dropped.
    public var description: String {
        let whole = scaled / PercentRate.scale
        var fraction = String(scaled % PercentRate.scale)
        while fraction.count < 4 { fraction = "0" + fraction }
        while fraction.count > 2 && fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " { result.removeFirst() }
        while let last = result.last, last == " " { result.removeLast() }
        return result
    }
}
