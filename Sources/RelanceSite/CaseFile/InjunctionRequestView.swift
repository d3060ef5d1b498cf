import RelanceLayout
import RelanceCore

/// The requête en injonction de payer (requete-injonction-de-payer.html), ready to date, sign and
/// file: the court (art. 1406 CPC), both parties with the mentions of art. 54 and 57 CPC, the
/// amounts claimed with the décompte and the bordereau it refers to (art. 1407), the basis, the
/// place and date, the signature block; then, apart, how to file it.
enum InjunctionRequestView {
    static func value(_ c: CaseFileContext, notice: Interaction?) -> LayoutValue {
        let book = c.r.book
        let creditor = book.creditor
        let debtor = c.debtor
        let claim = c.claim
        let business = debtor.kind == .business
        var rows: [LayoutValue] = [row("En principal (factures échues et impayées)", claim.principalDue)]
        if claim.penalties.isPositive {
            rows.append(row(business ? "Pénalités de retard (art. L441-10 II C. com.), arrêtées au \(FrenchFormat.shortDate(c.r.asOf))"
                                     : "Intérêts au taux légal (art. 1231-6 C. civ.), arrêtés au \(FrenchFormat.shortDate(c.r.asOf))", claim.penalties))
        }
        if claim.indemnities.isPositive {
            rows.append(row("Indemnités forfaitaires pour frais de recouvrement (art. L441-10 II et D441-5 C. com.)", claim.indemnities))
        }
        let settled = claim.settledPenalties + claim.settledIndemnities
        if settled.isPositive { rows.append(row("Pénalités et indemnités des factures réglées en retard (art. L441-10 II C. com.)", settled)) }
        if claim.unallocated.isPositive { rows.append(row("Sous déduction du crédit non affecté du débiteur", .zero - claim.unallocated)) }
        let total = c.claimedTotal
        let unpaid = c.statement.invoices.filter { $0.dueDate < c.r.asOf && $0.balance.isPositive }.map(\.reference)
        let paidLate = c.statement.settledLate.map(\.reference)
        var basis: String
        switch unpaid.count {
        case 0: basis = "Le requérant a fourni au débiteur des prestations ou marchandises qu'il lui a facturées."
        case 1: basis = "Le requérant a fourni au débiteur les prestations ou marchandises objet de la facture n° \(unpaid[0]), demeurée impayée à son échéance."
        default:
            basis = "Le requérant a fourni au débiteur les prestations ou marchandises objet des factures n° \(unpaid.joined(separator: ", ")), "
                + "demeurées impayées à leur échéance."
        }
        if !paidLate.isEmpty {
            basis += paidLate.count > 1
                ? " Les factures n° \(paidLate.joined(separator: ", ")) ont été réglées après leur échéance : les pénalités et indemnités qui en résultent restent dues."
                : " La facture n° \(paidLate[0]) a été réglée après son échéance : les pénalités et l'indemnité qui en résultent restent dues."
        }
        if let notice {
            let received = notice.deliveredOn.map { ", reçue le \(FrenchFormat.shortDate($0))" } ?? ""
            basis += " Mise en demeure lui a été adressée le \(FrenchFormat.shortDate(notice.day))\(received) ; elle est restée sans effet."
        }
        let place = [debtor.postcode, debtor.seatCity ?? debtor.city].compactMap { $0 }.joined(separator: " ")
        // The court with its article: « du tribunal de commerce de Bordeaux ».
        let court: String
        if !business {
            court = "du tribunal judiciaire dans le ressort duquel demeure le débiteur" + (place.isEmpty ? "" : " (\(place))")
        } else {
            switch CommercialCourt.of(debtor, on: c.r.asOf) {
            case .commerce:
                court = "du tribunal de commerce dans le ressort duquel le débiteur a son siège" + (place.isEmpty ? "" : " (\(place))")
                    + ", ou du tribunal des activités économiques là où il le remplace"
            case let named:
                court = named.withArticle
            }
        }
        return [
            "header": CaseHeaderView.value(c, current: .injunction),
            "court": .text("À Madame, Monsieur le Président \(court)"),
            "creditor": .text(creditorMentions(creditor)),
            "debtor": .text(debtorMentions(debtor)),
            "rows": .list(rows),
            "total": .text(FrenchFormat.money(total)),
            "accrual": .text(business
                ? "outre les pénalités de retard au taux de la Banque centrale européenne majoré de 10 points sur le principal à compter du \(FrenchFormat.shortDate(c.r.asOf + 1)) et jusqu'à parfait paiement"
                : "outre les intérêts au taux légal sur le principal à compter du \(FrenchFormat.shortDate(c.r.asOf + 1)) et jusqu'à parfait paiement"),
            "basis": .text(basis),
            "exhibits": .text(SignedDocumentWording.exhibits(c.exhibits.exhibits.count, one: "numérotée", many: "numérotées")),
            "city": .text(creditor.city ?? "…"),
            "date": .text(FrenchFormat.longDate(c.r.asOf)),
            "signatory": .text(SignedDocumentWording.signature(creditor)),
            "filing": .list(filingNotes(business: business, court: court).map(LayoutValue.text)),
            "incomplete": LayoutValue(MissingDocumentsWording.summary(c.missing).map { "À compléter avant dépôt — \($0) Voir le bordereau." }),
        ]
    }

    private static func row(_ label: String, _ amount: Money) -> LayoutValue {
        ["label": .text(label), "amount": .text(FrenchFormat.money(amount))]
    }

    /// Art. 54 and 57 CPC: form, name, seat and the organ that represents it.
    static func creditorMentions(_ creditor: Creditor) -> String {
        var text = creditor.name
        if let form = creditor.legalForm { text += ", \(form)" + (creditor.capital.map { " au capital de \($0)" } ?? "") }
        if let siren = creditor.siren {
            text += ", immatriculée au registre du commerce et des sociétés" + (creditor.rcs.map { " de \($0)" } ?? "") + " sous le n° \(siren)"
        }
        if !creditor.address.isEmpty { text += ", dont le siège est \(creditor.address.joined(separator: ", "))" }
        return text + ", agissant poursuites et diligences de son représentant légal domicilié en cette qualité audit siège."
    }

    /// The debtor's name and seat (a company) or domicile (a person).
    private static func debtorMentions(_ debtor: Debtor) -> String {
        var text = debtor.name
        if let siren = debtor.siren {
            text += debtor.registryCity.map { ", immatriculée au registre du commerce et des sociétés \(FrenchPlace.of($0)) sous le n° \(siren)" }
                ?? ", SIREN \(siren)"
        } else if let city = debtor.registryCity {
            text += ", immatriculée au registre du commerce et des sociétés \(FrenchPlace.of(city))"
        }
        let address = PostalAddress.lines(of: debtor).joined(separator: ", ")
        if !address.isEmpty { text += debtor.kind == .business ? ", dont le siège est \(address)" : ", demeurant \(address)" }
        return text + "."
    }

    private static func filingNotes(business: Bool, court: String) -> [String] {
        var notes = [
            "Datez et signez la requête (art. 57 CPC) ; joignez le décompte et les pièces du bordereau (art. 1407 CPC).",
            business
                ? "Déposez-la ou adressez-la au greffe \(court), ou déposez-la en ligne sur le portail des greffes des tribunaux de commerce (tribunaldigital.fr). Si le débiteur n'est pas commerçant (SCI, association, profession libérale), la requête relève du président du tribunal judiciaire."
                : "Déposez-la ou adressez-la au greffe du tribunal judiciaire du lieu où demeure le débiteur.",
            "Si la requête est signée par une autre personne que le représentant légal ou un avocat, joignez un pouvoir spécial.",
            "Si l'ordonnance d'injonction est rendue, faites-la signifier au débiteur par commissaire de justice dans les six mois de sa date, faute de quoi elle est non avenue (art. 1411 CPC).",
        ]
        if !business { notes.append("Aucun frais de recouvrement n'est réclamé au débiteur particulier hors des dépens fixés par le juge (art. L111-8 CPCE).") }
        return notes
    }
}
