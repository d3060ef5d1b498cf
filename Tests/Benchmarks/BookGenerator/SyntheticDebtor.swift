/// How a debtor pays: drives the settlements of its invoices and so the collection it needs.
enum PayingHabit {
    /// Around the due date.
    case prompt
    /// Weeks to months late, but in full.
    case late
    /// In two or three parts, sometimes leaving a balance.
    case partial
    /// Often not at all.
    case defaulting
}

/// One debtor of a synthetic book: a row of debtors.csv and the habits its history follows.
struct SyntheticDebtor {
    enum Kind: String { case business, consumer }
    enum Segment: String { case strategic, regular, new }

    let id: String
    let name: String
    let kind: Kind
    let segment: Segment
    let siren: String?
    let contact: String?
    let address1: String?
    let address2: String?
    let postcode: String?
    let city: String?
    let country: String?
    let email: String?
    let phone: String?
    let habit: PayingHabit

    var hasEmail: Bool { email != nil }

    /// Debtor number `index` (0-based), its traits drawn from `rng`.
    init(index: Int, rng: inout SplitMix64) {
        kind = rng.chance(perMille: 220) ? .consumer : .business
        let segmentDraw = rng.below(100)
        segment = segmentDraw < 8 ? .strategic : segmentDraw < 85 ? .regular : .new
        let habitDraw = rng.below(100)
        habit = habitDraw < 45 ? .prompt : habitDraw < 78 ? .late : habitDraw < 90 ? .partial : .defaulting

        let surname = rng.pick(FrenchNames.surnames)
        let firstName = rng.pick(FrenchNames.firstNames)
        id = Self.id(index: index, surname: surname, rng: &rng)

        switch kind {
        case .business:
            let trade = rng.pick(FrenchNames.trades)
            let form = rng.pick(FrenchNames.forms)
            switch rng.below(10) {
            case 0: name = "\(surname), \(rng.pick(FrenchNames.surnames)) et Cie \(form)"
            case 1: name = "\(trade) \"\(surname)\" \(form)"
            default: name = "\(trade) \(surname) \(form)"
            }
            siren = rng.chance(perMille: 900) ? SIRENNumber.text(SIRENNumber.make(&rng), spaced: rng.chance(perMille: 400)) : nil
            contact = rng.chance(perMille: 700)
                ? "\(rng.chance(perMille: 500) ? "M." : "Mme") \(firstName) \(surname)\(rng.chance(perMille: 300) ? ", service comptabilité" : "")"
                : nil
        case .consumer:
            name = "\(rng.chance(perMille: 500) ? "M." : "Mme") \(firstName) \(surname)"
            siren = nil
            contact = nil
        }

        // About one debtor in twenty lacks what a letter needs.
        let missingAddress = rng.chance(perMille: 50)
        if rng.chance(perMille: 30) {
            let (country, postcode, city) = rng.pick(FrenchNames.abroad)
            self.country = country; self.postcode = postcode; self.city = city
        } else {
            let (postcode, city) = rng.pick(FrenchNames.towns)
            country = rng.chance(perMille: 500) ? "FR" : nil
            self.postcode = missingAddress && rng.chance(perMille: 500) ? nil : postcode
            self.city = city
        }
        address1 = missingAddress && postcode != nil ? nil
            : "\(rng.int(1...180)) \(rng.pick(FrenchNames.streetKinds)) \(rng.pick(FrenchNames.streetNames))"
        address2 = rng.chance(perMille: 120) ? (rng.chance(perMille: 500) ? "Bâtiment \(rng.pick(["A", "B", "C"]))" : "BP \(rng.int(1...999))") : nil
        email = rng.chance(perMille: 130) ? nil : Self.email(firstName: firstName, surname: surname, index: index, kind: kind)
        phone = rng.chance(perMille: 200) ? nil
            : "0\(rng.int(1...9)) \(rng.int(10...99)) \(rng.int(10...99)) \(rng.int(10...99)) \(rng.int(10...99))"
    }

    /// Mostly `C0001234`; now and then an id as real masters hold them, with a slash, spaces or accents
    /// (the site must make a safe, unique folder name of any id). Unique by the number in each form.
    private static func id(index: Int, surname: String, rng: inout SplitMix64) -> String {
        let number = String(index + 1)
        switch rng.below(100) {
        case 0: return "ACME/\(number)"
        case 1: return "\(surname) \(number)"
        case 2: return "CLI-\(number)-É"
        default: return "C" + String(repeating: "0", count: max(0, 7 - number.count)) + number
        }
    }

    private static func email(firstName: String, surname: String, index: Int, kind: Kind) -> String {
        let local = (kind == .business ? "compta" : asciiLetters(firstName)) + "." + asciiLetters(surname)
        return "\(local)\(index)@\(kind == .business ? "entreprise" : "mail").example"
    }

    /// Lower-case ASCII letters only, for an e-mail address.
    private static func asciiLetters(_ text: String) -> String {
        let folded = text.lowercased().unicodeScalars.compactMap { scalar -> Character? in
            switch scalar {
            case "a"..."z": return Character(scalar)
            case "é", "è", "ê", "ë": return "e"
            case "à", "â": return "a"
            case "ç": return "c"
            case "ô", "ó": return "o"
            case "î", "ï": return "i"
            case "û", "ü": return "u"
            default: return nil
            }
        }
        return String(folded)
    }
}
