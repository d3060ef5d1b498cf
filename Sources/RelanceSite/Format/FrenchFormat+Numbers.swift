import RelanceLayout
import RelanceCore

extension FrenchFormat {
    /// `1 234 567`, `-42`.
    public static func integer(_ number: Int) -> String {
        FormattedText.make(capacity: FormattedText.amountCapacity) { text in
            text.append(sign(negative: number < 0))
            text.appendGroupedDigits(UInt64(number.magnitude), separator: thousandsSeparator)
        }
    }

    /// `0 jour`, `1 jour`, `45 jours`: French puts 0 and 1 in the singular.
    public static func days(_ count: Int) -> String {
        integer(count) + unitSpace + (count.magnitude < 2 ? "jour" : "jours")
    }

    /// `12,15 %`, `3,00 %`, `10,125 %`: at least two decimals, up to the rate's four, trailing
    /// zeros beyond the second dropped.
    public static func percent(_ rate: PercentRate) -> String {
        let magnitude = rate.scaled.magnitude
        let scale = UInt64(PercentRate.scale)
        // Four decimals, trailing zeros dropped down to two. On integers: a statement prints a
        // rate on every penalty line, and editing strings character by character showed in profiles.
        var fraction = magnitude % scale, decimals = 4
        while decimals > 2, fraction % 10 == 0 { fraction /= 10; decimals -= 1 }
        let digits = String(fraction)
        return sign(negative: rate.scaled < 0) + groupedDigits(magnitude / scale) + ","
            + String(repeating: "0", count: decimals - digits.count) + digits + unitSpace + "%"
    }
}
