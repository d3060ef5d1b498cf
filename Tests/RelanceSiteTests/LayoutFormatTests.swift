import RelanceCore
import RelanceTestSupport
import Testing
@testable import RelanceSite

/// The formatters build their strings in one buffer (`FormattedText`) for speed; these compare
/// them with the straightforward concatenations they replaced, over edges and random values.
@Suite("Formatted values are unchanged by the one-buffer formatters")
struct LayoutFormatTests {
    static func referenceGrouped(_ magnitude: UInt64) -> String {
        let digits = Array(String(magnitude).utf8)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += FrenchFormat.thousandsSeparator }
            result.unicodeScalars.append(Unicode.Scalar(digit))
        }
        return result
    }

    static func referenceAmount(_ minorUnits: Int64) -> String {
        let magnitude = minorUnits.magnitude
        let cents = magnitude % 100
        return (minorUnits < 0 ? "-" : "") + referenceGrouped(magnitude / 100) + "," + (cents < 10 ? "0" : "") + String(cents)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    static var samples: [Int64] {
        var generator = SeededGenerator(seed: 42)
        var values: [Int64] = [0, 1, -1, 9, 10, 99, 100, 101, 999, 1000, 99_999, 100_000, 123_456_789, .max, .min, .max - 1, .min + 1]
        for _ in 0..<5000 {
            let value = Int64.random(in: .min ... .max, using: &generator)
            values += [value, value >> Int64.random(in: 0...62, using: &generator)]
        }
        return values
    }

    @Test func amountsMoneyAndIntegers() {
        for value in Self.samples {
            let money = Money(minorUnits: value)
            #expect(FrenchFormat.amount(money) == Self.referenceAmount(value))
            #expect(FrenchFormat.money(money) == Self.referenceAmount(value) + FrenchFormat.unitSpace + "€")
            #expect(FrenchFormat.groupedDigits(value.magnitude) == Self.referenceGrouped(value.magnitude))
            let integer = Int(value)
            #expect(FrenchFormat.integer(integer) == (integer < 0 ? "-" : "") + Self.referenceGrouped(UInt64(integer.magnitude)))
        }
    }

    @Test func dates() {
        var day = Day(year: 1, month: 1, day: 1)!
        let last = Day(year: 2400, month: 12, day: 31)!
        while day <= last {
            let (year, month, dayOfMonth) = day.components
            #expect(FrenchFormat.shortDate(day) == Self.padded(dayOfMonth, 2) + "/" + Self.padded(month, 2) + "/" + Self.padded(year, 4))
            #expect(FrenchFormat.longDate(day)
                == (dayOfMonth == 1 ? "1er" : String(dayOfMonth)) + " " + FrenchFormat.monthNames[month - 1] + " " + String(year))
            day = day + 13
        }
    }
}
