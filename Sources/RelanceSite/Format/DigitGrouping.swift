extension FrenchFormat {
    /// `1234567` → `1 234 567` with U+202F; works on the magnitude so `Int64.min` is fine too.
    static func groupedDigits(_ magnitude: UInt64) -> String {
        let digits = Array(String(magnitude).utf8)
        var result = ""
        result.reserveCapacity(digits.count * 2)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += thousandsSeparator }
            result.unicodeScalars.append(Unicode.Scalar(digit))
        }
        return result
    }

    /// ASCII `-` (not U+2212), so a pasted amount still parses in a spreadsheet.
    static func sign(negative: Bool) -> String { negative ? "-" : "" }
}
