/// Collective proceedings opened against a debtor (sauvegarde, redressement or liquidation
/// judiciaire), as debtors.csv gives them. From the opening judgment: no individual action or
/// letter (art. L622-21 C. com.), interest and penalties stop (L622-28), the claim is declared to
/// the mandataire within two months of the BODACC publication (R622-24).
public struct Insolvency: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case safeguard = "sauvegarde"
        case receivership = "redressement"
        case liquidation

        /// « de la procédure de sauvegarde », « du redressement judiciaire », « de la liquidation judiciaire ».
        public var ofThe: String { self == .receivership ? "du \(french)" : "de la \(french)" }

        /// « ouverte », « ouvert », « ouverte »: the participle agreeing with `french`.
        public var opened: String { self == .receivership ? "ouvert" : "ouverte" }

        /// « procédure de sauvegarde », « redressement judiciaire », « liquidation judiciaire ».
        public var french: String {
            switch self {
            case .safeguard: return "procédure de sauvegarde"
            case .receivership: return "redressement judiciaire"
            case .liquidation: return "liquidation judiciaire"
            }
        }
    }

    public var kind: Kind
    public var openedOn: Day
    public var bodaccPublishedOn: Day?
    /// The mandataire judiciaire (or liquidateur): name and address, as typed.
    public var mandataire: String?

    public init(kind: Kind, openedOn: Day, bodaccPublishedOn: Day? = nil, mandataire: String? = nil) {
        self.kind = kind; self.openedOn = openedOn; self.bodaccPublishedOn = bodaccPublishedOn; self.mandataire = mandataire
    }

    /// The last day to declare the claim: two months from the BODACC publication (R622-24).
    public var declarationDeadline: Day? { bodaccPublishedOn?.addingMonths(2) }

    /// The last day to ask the juge-commissaire for relief from the forfeiture of a claim declared
    /// late: six months from the BODACC publication (L622-26).
    public var reliefDeadline: Day? { bodaccPublishedOn?.addingMonths(6) }

    /// The last day interest and penalties run: the eve of the judgment, which takes effect from
    /// the first hour of its day (L622-28).
    public var lastInterestDay: Day { openedOn - 1 }
}
