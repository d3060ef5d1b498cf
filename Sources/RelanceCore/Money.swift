/// An amount of money in integer minor units (cents for EUR). Never a floating-point number.
public struct Money: Hashable, Comparable, Sendable {
    public var minorUnits: Int64

    public init(minorUnits: Int64) { self.minorUnits = minorUnits }

    public static let zero = Money(minorUnits: 0)

    public static func + (a: Money, b: Money) -> Money { Money(minorUnits: a.minorUnits + b.minorUnits) }
    public static func - (a: Money, b: Money) -> Money { Money(minorUnits: a.minorUnits - b.minorUnits) }
    public static func += (a: inout Money, b: Money) { a.minorUnits += b.minorUnits }
    public static func -= (a: inout Money, b: Money) { a.minorUnits -= b.minorUnits }
    public static prefix func - (a: Money) -> Money { Money(minorUnits: -a.minorUnits) }
    public static func < (a: Money, b: Money) -> Bool { a.minorUnits < b.minorUnits }

    public var isPositive: Bool { minorUnits > 0 }
    public var isNegative: Bool { minorUnits < 0 }
    public var isZero: Bool { minorUnits == 0 }

    /// `1234.50` style: a plain decimal with exactly `currency.minorDigits` decimals, `-` for negatives.
    /// Machine-readable (summary.json); French display formatting lives in RelanceSite.
    public func plainDecimal(_ currency: Currency = .euro) -> String {
        let digits = currency.minorDigits
        let magnitude = minorUnits.magnitude
        let sign = minorUnits < 0 ? "-" : ""
        if digits == 0 { return sign + String(magnitude) }
        var divisor: UInt64 = 1
        for _ in 0..<digits { divisor *= 10 }
        let whole = magnitude / divisor
        var fraction = String(magnitude % divisor)
        while fraction.count < digits { fraction = "0" + fraction }
        return "\(sign)\(whole).\(fraction)"
    }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}

/// A currency: its ISO 4217 code and how many minor digits it has.
public struct Currency: Hashable, Sendable {
    public let code: String
    public let minorDigits: Int

    public init(code: String, minorDigits: Int) {
        self.code = code
        self.minorDigits = minorDigits
    }

    public static let euro = Currency(code: "EUR", minorDigits: 2)
}
