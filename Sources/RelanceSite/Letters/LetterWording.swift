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
            return "une requête en injonction de payer auprès du président " + CommercialCourt.of(debtor, on: day).withArticle
        case .injunctionJudicialCourt:
            return "une requête en injonction de payer auprès du président du tribunal judiciaire"
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

    /// « 2 courriers bloqués faute d'adresse postale, 1 retenu pour des lignes rejetées »: the noun
    /// once, on the first count.
    public static func blockedSummary(_ blocked: [BlockedLetter]) -> String {
        let counts: [(BlockedLetter.Reason, singular: String, plural: String)] = [
            (.missingPostalAddress, "bloqué faute d'adresse postale", "bloqués faute d'adresse postale"),
            (.rejectedRows, "retenu pour des lignes rejetées", "retenus pour des lignes rejetées"),
            (.noInvoiceToClaim, "sans facture à réclamer", "sans facture à réclamer"),
            (.collectiveProceedings, "interdit par une procédure collective", "interdits par une procédure collective"),
        ]
        var parts: [String] = []
        for (reason, singular, plural) in counts {
            let count = blocked.filter { $0.reason == reason }.count
            guard count > 0 else { continue }
            let noun = parts.isEmpty ? (count > 1 ? "courriers " : "courrier ") : ""
            parts.append("\(FrenchFormat.integer(count)) \(noun)\(count > 1 ? plural : singular)")
        }
        return parts.joined(separator: ", ")
    }

    static func blockedReason(_ reason: BlockedLetter.Reason) -> String {
        switch reason {
        case .missingPostalAddress:
            return "Adresse postale incomplète : complétez address_1, postcode et city dans debtors.csv."
        case .noInvoiceToClaim:
            return "Aucune facture à réclamer : la dette ouverte est une écriture hors journal de ventes (chèque impayé, régularisation) ; écrivez le courrier à la main."
        case .collectiveProceedings:
            return "Débiteur en procédure collective : toute poursuite est interdite (art. L622-21 C. com.) ; déclarez la créance au mandataire judiciaire (voir le dossier du débiteur)."
        case .rejectedRows:
            return "Ligne de ce débiteur rejetée à la lecture du book (voir « Lignes rejetées » sur le tableau de bord) : corrigez-la, puis relancez la génération."
        }
    }
}
