/// Which court hears an injonction de payer between traders (assets/docs/legal-rules.md §7): the président du
/// tribunal de commerce of the debtor's seat, except where a tribunal des activités économiques
/// replaces it — twelve places, from 1 January 2025 to 31 December 2028 (loi 2023-1059 art. 26,
/// arrêté du 5 juillet 2024).
///
/// A company is registered at the greffe of the court of its seat, so the city of its trade register
/// (« RCS Bordeaux », `rcs` in debtors.csv, read off its Kbis) names that court: the tribunal de
/// commerce of that city, the TAE where one replaces it, the commercial chamber of the tribunal
/// judiciaire in Alsace-Moselle, the tribunal mixte de commerce overseas. Without it, only the twelve
/// TAE seats can be told from the seat city.
public enum CommercialCourt: Hashable, Sendable {
    /// The TAE of this city, named as the court is.
    case economicActivities(city: String)
    /// The court that keeps the debtor's register, with its article: « du tribunal de commerce de
    /// Bordeaux », « de la chambre commerciale du tribunal judiciaire de Strasbourg ».
    case registry(withArticle: String)
    /// The tribunal de commerce (or the TAE where one replaces it): the seat city is not known to be
    /// one of the twelve, or the date is outside the experiment.
    case commerce

    /// The twelve seats, as `normalizedCity` writes them, with the name the court carries.
    static let economicActivitiesSeats: [String: String] = [
        "AVIGNON": "Avignon", "AUXERRE": "Auxerre", "LE HAVRE": "Le Havre", "LE MANS": "Le Mans",
        "LIMOGES": "Limoges", "LYON": "Lyon", "MARSEILLE": "Marseille", "NANCY": "Nancy", "NANTERRE": "Nanterre",
        "PARIS": "Paris", "SAINT BRIEUC": "Saint-Brieuc", "VERSAILLES": "Versailles",
    ]
    /// Bas-Rhin, Haut-Rhin and Moselle: no tribunal de commerce; the commercial chamber of the
    /// tribunal judiciaire keeps the register and hears traders.
    static let commercialChambers: [String: String] = [
        "COLMAR": "Colmar", "METZ": "Metz", "MULHOUSE": "Mulhouse", "SARREGUEMINES": "Sarreguemines",
        "SAVERNE": "Saverne", "STRASBOURG": "Strasbourg", "THIONVILLE": "Thionville",
    ]
    /// Guadeloupe, Martinique, Guyane, La Réunion, Mayotte: tribunaux mixtes de commerce.
    static let mixedCourts: [String: String] = [
        "BASSE TERRE": "Basse-Terre", "POINTE A PITRE": "Pointe-à-Pitre", "FORT DE FRANCE": "Fort-de-France",
        "CAYENNE": "Cayenne", "SAINT DENIS": "Saint-Denis", "SAINT PIERRE": "Saint-Pierre", "MAMOUDZOU": "Mamoudzou",
    ]
    static let experimentStart = Day(year: 2025, month: 1, day: 1)!
    static let experimentEnd = Day(year: 2028, month: 12, day: 31)!

    /// The court for `debtor` on `day`: by its register when debtors.csv gives it, else by its seat.
    public static func of(_ debtor: Debtor, on day: Day) -> CommercialCourt {
        if let registry = debtor.registryCity { return forRegistry(registry, on: day) }
        return forSeat(debtor.seatCity ?? debtor.city, on: day)
    }

    /// The court for a debtor whose seat is in `seatCity`, on `day`.
    public static func forSeat(_ seatCity: String?, on day: Day) -> CommercialCourt {
        guard day >= experimentStart && day <= experimentEnd, let seatCity,
              let name = economicActivitiesSeats[normalizedCity(seatCity)] else { return .commerce }
        return .economicActivities(city: name)
    }

    /// The court whose greffe keeps the register of `city` (« Bordeaux », as the Kbis writes it).
    public static func forRegistry(_ city: String, on day: Day) -> CommercialCourt {
        let key = normalizedCity(city)
        let tae = forSeat(city, on: day)
        if case .economicActivities = tae { return tae }
        if let name = commercialChambers[key] { return .registry(withArticle: "de la chambre commerciale du tribunal judiciaire \(FrenchPlace.of(name))") }
        if let name = mixedCourts[key] { return .registry(withArticle: "du tribunal mixte de commerce \(FrenchPlace.of(name))") }
        return .registry(withArticle: "du tribunal de commerce \(FrenchPlace.of(city))")
    }

    /// The court with its article, to follow « le président » or « au greffe »: « du tribunal des
    /// activités économiques du Havre », or the seat's court described when it cannot be named.
    public var withArticle: String {
        switch self {
        case .economicActivities(let city): return "du tribunal des activités économiques \(FrenchPlace.of(city))"
        case .registry(let name): return name
        case .commerce:
            return "du tribunal de commerce (ou du tribunal des activités économiques là où il le remplace) du siège du débiteur"
        }
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
