import RelanceCore

/// The few words a letter needs outside its layout: the subject (also the e-mail's Subject header),
/// and the labels of levels and routes. The body wording lives in layouts/letters/.
public enum LetterWording {
    static func subject(_ letter: Letter) -> String {
        let numbers = letter.invoices.map(\.reference).joined(separator: ", ")
        let several = letter.invoices.count > 1
        switch letter.level {
        case .reminder1:
            return several ? "Relance – Factures n° \(numbers) en attente de règlement"
                : "Relance – Facture n° \(numbers) en attente de règlement"
        case .reminder2:
            return several ? "Deuxième relance – Factures impayées n° \(numbers)"
                : "Deuxième relance – Facture impayée n° \(numbers)"
        case .reminder3:
            return several ? "Troisième relance – Factures impayées n° \(numbers)"
                : "Troisième relance – Facture impayée n° \(numbers)"
        case .formalNotice:
            return several ? "Mise en demeure de payer – Factures n° \(numbers)"
                : "Mise en demeure de payer – Facture n° \(numbers)"
        }
    }

    static func level(_ level: LetterLevel) -> String {
        switch level {
        case .reminder1: return "1re relance"
        case .reminder2: return "2e relance"
        case .reminder3: return "3e relance"
        case .formalNotice: return "Mise en demeure"
        }
    }

    /// The route a letter announces, with the court named as assets/docs/legal-rules.md §7 says. The simplified
    /// procedure's costs are the creditor's alone (L125-1 CPCE): the wording never says otherwise.
    static func route(_ route: RecoveryRoute, debtor: Debtor, on day: Day) -> String {
        switch route {
        case .simplifiedProcedure:
            return "la procédure simplifiée de recouvrement des petites créances, par l'intermédiaire d'un commissaire de justice, "
                + "puis, à défaut d'accord, une requête en injonction de payer"
        case .injunctionCommercialCourt:
            return "une requête en injonction de payer auprès du président du " + commercialCourt(debtor, on: day)
        case .injunctionJudicialCourt:
            return "une requête en injonction de payer auprès du président du tribunal judiciaire"
        }
    }

    /// « tribunal des activités économiques de Lyon », or the tribunal de commerce with the TAE
    /// named where it replaces it, when the seat is not one of the twelve.
    static func commercialCourt(_ debtor: Debtor, on day: Day) -> String {
        switch CommercialCourt.forSeat(debtor.seatCity ?? debtor.city, on: day) {
        case .economicActivities(let city):
            return "tribunal des activités économiques de \(city)"
        case .commerce:
            return "tribunal de commerce (ou du tribunal des activités économiques là où il le remplace) du siège du débiteur"
        }
    }

    /// How the history names a past step: "1re relance par courrier simple".
    static func step(_ interaction: Interaction) -> String {
        let what = FrenchLabels.interaction(interaction.kind)
        guard let channel = interaction.channel else { return what }
        return "\(what) – \(FrenchLabels.channel(channel).lowercasedFirst)"
    }
}

extension String {
    /// "Courrier simple" → "courrier simple", keeping acronyms such as "AR" as they are.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}

extension LetterWording {
    static func levelNoun(_ level: LetterLevel, plural: Bool) -> String {
        let s = plural ? "s" : ""
        switch level {
        case .reminder1: return "première\(s) relance\(s)"
        case .reminder2: return "deuxième\(s) relance\(s)"
        case .reminder3: return "troisième\(s) relance\(s)"
        case .formalNotice: return plural ? "mises en demeure" : "mise en demeure"
        }
    }

    /// « 2 courriers bloqués faute d'adresse postale, 1 retenu pour des lignes rejetées ».
    public static func blockedSummary(_ blocked: [BlockedLetter]) -> String {
        let unaddressed = blocked.filter { $0.reason == .missingPostalAddress }.count
        let noInvoice = blocked.filter { $0.reason == .noInvoiceToClaim }.count
        let held = blocked.count - unaddressed - noInvoice
        var parts: [String] = []
        if unaddressed > 0 {
            parts.append("\(FrenchFormat.integer(unaddressed)) courrier\(unaddressed > 1 ? "s" : "") bloqué\(unaddressed > 1 ? "s" : "") faute d'adresse postale")
        }
        if held > 0 {
            parts.append("\(FrenchFormat.integer(held)) \(unaddressed > 0 ? "" : "courrier\(held > 1 ? "s" : "") ")retenu\(held > 1 ? "s" : "") pour des lignes rejetées")
        }
        if noInvoice > 0 {
            parts.append("\(FrenchFormat.integer(noInvoice)) sans facture à réclamer")
        }
        return parts.joined(separator: ", ")
    }

    static func blockedReason(_ reason: BlockedLetter.Reason) -> String {
        switch reason {
        case .missingPostalAddress:
            return "Adresse postale incomplète : complétez address_1, postcode et city dans debtors.csv."
        case .noInvoiceToClaim:
            return "Aucune facture à réclamer : la dette ouverte est une écriture hors journal de ventes (chèque impayé, régularisation) ; écrivez le courrier à la main."
        case .rejectedRows:
            return "Ligne de ce débiteur rejetée à la lecture du book (voir « Lignes rejetées » sur le tableau de bord) : corrigez-la, puis relancez la génération."
        }
    }
}
