import RelanceCore

extension FrenchFormat {
    /// `1 234,56 €`, `-12,00 €`, `0,00 €`.
    public static func money(_ amount: Money) -> String {
        self.amount(amount) + unitSpace + "€"
    }

    /// `1 234,56`: the amount without the currency sign, for table cells under a `€` header.
    public static func amount(_ amount: Money) -> String {
        let magnitude = amount.minorUnits.magnitude
        let cents = magnitude % 100
        return sign(negative: amount.minorUnits < 0) + groupedDigits(magnitude / 100)
            + "," + (cents < 10 ? "0" : "") + String(cents)
    }
}

extension FrenchFormat {
    /// `1234,56`: decimal comma, no thousands separator, no sign of currency — what a French
    /// spreadsheet reads as a number from a CSV cell.
    public static func spreadsheetAmount(_ amount: Money) -> String {
        String(amount.plainDecimal().map { $0 == "." ? "," : $0 })
    }
}
