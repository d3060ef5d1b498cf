/// Which court hears an injonction de payer between traders (assets/docs/legal-rules.md §7): the président du
/// tribunal de commerce of the debtor's seat, except where a tribunal des activités économiques
/// replaces it — twelve places, from 1 January 2025 to 31 December 2028 (loi 2023-1059 art. 26,
/// arrêté du 5 juillet 2024).
public enum CommercialCourt: Hashable, Sendable {
    /// The TAE of this city, named as the court is.
    case economicActivities(city: String)
    /// The tribunal de commerce (or the TAE where one replaces it): the seat city is not known to be
    /// one of the twelve, or the date is outside the experiment.
    case commerce

    /// The twelve seats, as `normalizedCity` writes them, with the name the court carries.
    static let economicActivitiesSeats: [String: String] = [
        "AVIGNON": "Avignon", "AUXERRE": "Auxerre", "LE HAVRE": "Le Havre", "LE MANS": "Le Mans",
        "LIMOGES": "Limoges", "LYON": "Lyon", "MARSEILLE": "Marseille", "NANCY": "Nancy", "NANTERRE": "Nanterre",
        "PARIS": "Paris", "SAINT BRIEUC": "Saint-Brieuc", "VERSAILLES": "Versailles",
    ]
    static let experimentStart = Day(year: 2025, month: 1, day: 1)!
    static let experimentEnd = Day(year: 2028, month: 12, day: 31)!

    /// The court for a debtor whose seat is in `seatCity`, on `day`.
    public static func forSeat(_ seatCity: String?, on day: Day) -> CommercialCourt {
        guard day >= experimentStart && day <= experimentEnd, let seatCity,
              let name = economicActivitiesSeats[normalizedCity(seatCity)] else { return .commerce }
        return .economicActivities(city: name)
    }

    /// Capitals without accents, words separated by one space (hyphens and apostrophes too), « ST »
    /// written « SAINT », a trailing arrondissement (« 3E », « 3EME ») or CEDEX with its number
    /// dropped: « Lyon 3e », « LYON CEDEX 03 » and « lyon » are one city, and so are « St-Brieuc »
    /// and « Saint Brieuc ».
    static func normalizedCity(_ text: String) -> String {
        var letters = ""
        for character in text.uppercased() {
            letters.append(unaccented[character] ?? character)
        }
        var words = letters.split(whereSeparator: { " \u{00A0}-'’".contains($0) }).map(String.init)
        if let cedex = words.firstIndex(of: "CEDEX") { words.removeSubrange(cedex...) }
        while let last = words.last, isArrondissement(last) { words.removeLast() }
        if words.first == "ST" { words[0] = "SAINT" }
        return words.joined(separator: " ")
    }

    /// The accented capitals of French place names.
    private static let unaccented: [Character: Character] = [
        "À": "A", "Â": "A", "Ä": "A", "Ç": "C", "É": "E", "È": "E", "Ê": "E", "Ë": "E", "Î": "I", "Ï": "I",
        "Ô": "O", "Ö": "O", "Ù": "U", "Û": "U", "Ü": "U", "Ÿ": "Y",
    ]

    /// « 3 », « 3E », « 3EME », « 3ER », « 1ER »: an arrondissement number.
    private static func isArrondissement(_ word: String) -> Bool {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return false }
        return ["", "E", "EME", "ER", "ERE"].contains(String(word.dropFirst(digits.count)))
    }
}
