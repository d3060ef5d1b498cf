import RelanceLayout
import RelanceCore

/// The recommended judicial route on a case file's cover, with its reason (assets/docs/legal-rules.md §7).
enum RouteWording {
    /// `missing`: the « pièces à fournir »; while there are some, the route says the file is
    /// incomplete and names them.
    static func value(_ claim: CaseClaim, disputed: Money, debtor: Debtor, asOf: Day, missing: MissingDocuments) -> LayoutValue {
        let ceiling = FrenchFormat.money(RecoveryRoute.smallClaimCeiling)
        let base = FrenchFormat.money(claim.principalAndInterest)
        let barred = claim.barred.isPositive ? ", factures prescrites exclues (\(FrenchFormat.money(claim.barred)))" : ""
        let amount = "La créance exigible en principal et intérêts s'élève à \(base) (indemnités forfaitaires exclues\(barred))"
        var value: LayoutFields = [
            "code": .text(claim.route.rawValue),
            "disputed": LayoutValue(disputed.isPositive
                ? "Dont \(FrenchFormat.money(disputed)) en litige : à résoudre ou à écarter avant toute procédure." : nil),
            "requirements": "La requête en injonction de payer comporte le décompte des différents éléments de la créance et le bordereau des documents justificatifs (art. 1407 CPC) : voir le décompte et le bordereau de ce dossier.",
            "non_trader": .absent,
            "threshold": .absent,
            "incomplete": LayoutValue(MissingDocumentsWording.summary(missing)),
            "missing": .list(missing.items.map { .text(MissingDocumentsWording.text($0)) }),
        ]
        if let insolvency = debtor.proceedings(on: asOf) {
            let role = insolvency.kind == .liquidation ? "liquidateur judiciaire" : "mandataire judiciaire"
            value["title"] = .text("Déclaration de créance au \(role) (art. L622-24 C. com.)")
            value["reason"] = .text("Le débiteur est en \(insolvency.kind.french) depuis le \(FrenchFormat.shortDate(insolvency.openedOn)) : "
                + "les poursuites individuelles et les relances sont interdites (art. L622-21 C. com.) ; la créance se déclare au \(role) "
                + DeclarationDeadlineWording.deadline(insolvency, asOf: asOf)
                + ". Les intérêts et pénalités s'arrêtent à la veille du jugement d'ouverture (art. L622-28 C. com.).")
            value["requirements"] = .absent
            return .object(value)
        }
        if claim.underPlan != nil {
            value["title"] = "Aucune procédure tant que l'échéancier est respecté"
            value["reason"] = .text("Un échéancier accordé au débiteur est en cours : ses échéances à venir ne sont pas exigibles (art. 1305 C. civ.). "
                + "S'il n'est pas respecté, la totalité du solde redevient exigible et une procédure pourra être engagée.")
            value["requirements"] = .absent
            return .object(value)
        }
        guard claim.hasClaim else {
            value["title"] = "Aucune procédure pour l'instant"
            value["reason"] = claim.barred.isPositive
                ? "Les seules factures échues sont prescrites : aucune action en justice n'est plus recevable pour elles."
                : "Aucune facture n'est échue à la date d'arrêté : rien n'est encore exigible."
            value["requirements"] = .absent
            return .object(value)
        }
        switch claim.route {
        case .simplifiedProcedure:
            value["title"] = "Procédure simplifiée de recouvrement des petites créances (art. L125-1 et R125-1 CPCE)"
            value["reason"] = .text("\(amount), soit au plus \(ceiling) : un commissaire de justice propose au débiteur "
                + "un accord sur le paiement ; le débiteur dispose d'un mois pour l'accepter. Tous les frais de cette procédure "
                + "sont à la charge exclusive du créancier (art. L125-1 CPCE). À défaut d'accord : requête en injonction de payer.")
            if claim.withIndemnities > RecoveryRoute.smallClaimCeiling {
                value["threshold"] = .text("En y ajoutant les indemnités forfaitaires, la créance atteindrait "
                    + "\(FrenchFormat.money(claim.withIndemnities)), au-delà du plafond de \(ceiling) : la procédure simplifiée "
                    + "ne reste ouverte qu'en les laissant hors de la demande (art. R125-1 CPCE).")
            }
        case .injunctionCommercialCourt:
            let court = CommercialCourt.of(debtor, on: asOf).withArticle
            value["title"] = .text("Injonction de payer devant le président \(court) (art. 1405 et s. CPC)")
            value["reason"] = .text("\(amount), soit plus de \(ceiling). Le débiteur est un professionnel, présumé commerçant : "
                + "requête au président \(court), juridiction du siège du débiteur (art. 1406 CPC).")
            value["non_trader"] = "Si le débiteur n'est pas commerçant (SCI, association, profession libérale…), la requête relève du président du tribunal judiciaire."
        case .injunctionJudicialCourt:
            value["title"] = "Injonction de payer devant le président du tribunal judiciaire (art. 1405 et s. CPC)"
            value["reason"] = .text("\(amount), soit plus de \(ceiling). Le débiteur est un particulier : "
                + "requête au président du tribunal judiciaire du lieu où il demeure (art. 1406 CPC).")
        }
        return .object(value)
    }
}
