import RelanceLayout
import RelanceCore

extension FrenchFormat {
    /// `1 234,56 €`, `-12,00 €`, `0,00 €`.
    public static func money(_ amount: Money) -> String {
        FormattedText.make(capacity: FormattedText.amountCapacity) { text in
            append(amount, to: &text)
            text.append(unitSpace)
            text.append("€")
        }
    }

    /// `1 234,56`: the amount without the currency sign, for table cells under a `€` header.
    public static func amount(_ amount: Money) -> String {
        FormattedText.make(capacity: FormattedText.amountCapacity) { append(amount, to: &$0) }
    }

    private static func append(_ amount: Money, to text: inout FormattedText) {
        let magnitude = amount.minorUnits.magnitude
        text.append(sign(negative: amount.minorUnits < 0))
        text.appendGroupedDigits(magnitude / 100, separator: thousandsSeparator)
        text.append(UInt8(ascii: ","))
        text.appendDigits(magnitude % 100, width: 2)
    }
}

extension FrenchFormat {
    /// `1234,56`: decimal comma, no thousands separator, no sign of currency — what a French
    /// spreadsheet reads as a number from a CSV cell.
    public static func spreadsheetAmount(_ amount: Money) -> String {
        String(amount.plainDecimal().map { $0 == "." ? "," : $0 })
    }
}
