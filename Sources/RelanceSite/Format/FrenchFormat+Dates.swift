import RelanceCore

extension FrenchFormat {
    /// Lowercase, as French writes them.
    static let monthNames = [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]

    /// `29 novembre 2026`; `1er janvier 2026` (French writes the first of the month as an ordinal).
    public static func longDate(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        let dayText = dayOfMonth == 1 ? "1er" : String(dayOfMonth)
        return dayText + " " + monthNames[month - 1] + " " + String(year)
    }

    /// `29/11/2026`, `01/01/2026`.
    public static func shortDate(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        return padded(dayOfMonth, 2) + "/" + padded(month, 2) + "/" + padded(year, 4)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
