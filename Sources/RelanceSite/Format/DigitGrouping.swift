extension FrenchFormat {
    /// `1234567` → `1 234 567` with U+202F; works on the magnitude so `Int64.min` is fine too.
    static func groupedDigits(_ magnitude: UInt64) -> String {
        FormattedText.make(capacity: FormattedText.amountCapacity) { $0.appendGroupedDigits(magnitude, separator: thousandsSeparator) }
    }

    /// ASCII `-` (not U+2212), so a pasted amount still parses in a spreadsheet.
    static func sign(negative: Bool) -> String { negative ? "-" : "" }
}
