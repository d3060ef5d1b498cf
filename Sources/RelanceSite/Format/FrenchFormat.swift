/// French display formatting for humans: pure functions on exact values. No NumberFormatter, no
/// locale: it goes through Double and depends on the machine's ICU data, and pages must be
/// byte-identical everywhere.
///
/// Spaces follow French typography: U+202F NARROW NO-BREAK SPACE between thousands, U+00A0
/// NO-BREAK SPACE between a number and its unit (`€`, `%`, `jours`), so neither breaks across lines.
public enum FrenchFormat {
    /// Between groups of three digits: `1 234`.
    public static let thousandsSeparator = "\u{202F}"
    /// Between a number and its unit: `12,00 €`.
    public static let unitSpace = "\u{00A0}"
}
