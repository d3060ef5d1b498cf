import RelanceCore

/// An amount typed on the command line, read as the book reads its amounts — never through floating
/// point — and accepting both `1234.56` and `1 234,56`, as a French user writes it.
public enum TypedAmount {
    /// The amount, or nil when `text` is not one (or has more decimals than the currency).
    public static func parse(_ text: String, currency: Currency = .euro) -> Money? {
        var trimmed = text.trimmingBlanks()
        if trimmed.hasSuffix("€") { trimmed = String(trimmed.dropLast()).trimmingBlanks() }
        guard case .success(let minorUnits) = AmountParser.parse(trimmed, decimalComma: true, minorDigits: currency.minorDigits) else {
            return nil
        }
        return Money(minorUnits: minorUnits)
    }
}
