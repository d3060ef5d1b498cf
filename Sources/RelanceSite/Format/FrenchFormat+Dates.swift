import RelanceLayout
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
        guard year >= 0 else {
            return (dayOfMonth == 1 ? "1er" : String(dayOfMonth)) + " " + monthNames[month - 1] + " " + String(year)
        }
        // "1er septembre 2026" plus room for a year of any width.
        return FormattedText.make(capacity: 48) { text in
            if dayOfMonth == 1 { text.append("1er") } else { text.appendDigits(UInt64(dayOfMonth)) }
            text.append(UInt8(ascii: " "))
            text.append(monthNames[month - 1])
            text.append(UInt8(ascii: " "))
            text.appendDigits(UInt64(year))
        }
    }

    /// `29/11/2026`, `01/01/2026`.
    public static func shortDate(_ day: Day) -> String {
        let index = Int(day.ordinal) - Int(shortDateTable.first.ordinal)
        if index >= 0, index < shortDateTable.dates.count { return shortDateTable.dates[index] }
        return formattedShortDate(day)
    }

    /// Every short date from 1990 to 2100, made once: a large book writes millions of dates (every
    /// row of every statement and letter), over a few thousand distinct days. Ten bytes each, kept
    /// inside the `String`, so reading one from the table counts no reference shared between threads.
    private static let shortDateTable: (first: Day, dates: [String]) = {
        let first = Day(year: 1990, month: 1, day: 1)!
        let last = Day(year: 2100, month: 12, day: 31)!
        return (first, (first.ordinal...last.ordinal).map { formattedShortDate(Day(ordinal: $0)) })
    }()

    private static func formattedShortDate(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        guard year >= 0 else { return padded(dayOfMonth, 2) + "/" + padded(month, 2) + "/" + padded(year, 4) }
        return FormattedText.make(capacity: 32) { text in
            text.appendDigits(UInt64(dayOfMonth), width: 2)
            text.append(UInt8(ascii: "/"))
            text.appendDigits(UInt64(month), width: 2)
            text.append(UInt8(ascii: "/"))
            text.appendDigits(UInt64(year), width: 4)
        }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
