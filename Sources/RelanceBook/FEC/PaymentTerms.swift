import RelanceCore

/// A due-date rule for invoices that come without one (a FEC has none): `30`, `30 jours`,
/// `45 jours fin de mois` (45 days, then the end of that month), `fin de mois 45 jours` (the end of
/// the month, then 45 days).
struct PaymentTerms: Hashable, Sendable {
    enum EndOfMonth: Hashable, Sendable { case none, afterDays, beforeDays }

    let days: Int
    let endOfMonth: EndOfMonth

    static let maximumDays = 365

    func dueDate(invoicedOn day: Day) -> Day {
        switch endOfMonth {
        case .none: return day + days
        case .afterDays: return Self.lastDayOfMonth(day + days)
        case .beforeDays: return Self.lastDayOfMonth(day) + days
        }
    }

    static func lastDayOfMonth(_ day: Day) -> Day {
        var last = day
        while (last + 1).month == day.month { last = last + 1 }
        return last
    }

    /// Nil when the text is none of the forms above.
    static func parse(_ text: String) -> PaymentTerms? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
        func number(_ word: String) -> Int? {
            guard let value = Int(word), (0...maximumDays).contains(value) else { return nil }
            return value
        }
        switch words.count {
        case 1: return number(words[0]).map { PaymentTerms(days: $0, endOfMonth: .none) }
        case 2 where words[1] == "jours" || words[1] == "j":
            return number(words[0]).map { PaymentTerms(days: $0, endOfMonth: .none) }
        case 5 where (words[1] == "jours" || words[1] == "j") && words[2...] == ["fin", "de", "mois"]:
            return number(words[0]).map { PaymentTerms(days: $0, endOfMonth: .afterDays) }
        case 5 where words[..<3] == ["fin", "de", "mois"] && (words[4] == "jours" || words[4] == "j"):
            return number(words[3]).map { PaymentTerms(days: $0, endOfMonth: .beforeDays) }
        case 3 where words == ["fin", "de", "mois"]:
            return PaymentTerms(days: 0, endOfMonth: .afterDays)
        default: return nil
        }
    }

    /// Written back as `relance import` and messages show it.
    var text: String {
        switch endOfMonth {
        case .none: return "\(days) jours"
        case .afterDays: return days == 0 ? "fin de mois" : "\(days) jours fin de mois"
        case .beforeDays: return "fin de mois \(days) jours"
        }
    }
}
