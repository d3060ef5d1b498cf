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
        var fraction = String(magnitude % scale)
        while fraction.count < 4 { fraction = "0" + fraction }
        while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
        return sign(negative: rate.scaled < 0) + groupedDigits(magnitude / scale) + "," + fraction + unitSpace + "%"
    }
}
