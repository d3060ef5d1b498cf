import RelanceLayout
import RelanceCore

/// The déclaration de créance (declaration-de-creance.html) of a debtor in collective proceedings,
/// to send to the mandataire judiciaire (or liquidateur): the creditor, the proceedings, the sums due
/// at the opening judgment — principal, interest or penalties stopped on its eve (L622-28), the
/// indemnities of invoices due before it —, the sums to fall due with their dates (made exigible by
/// the judgment in a liquidation, L643-1), no privilege, the
/// documents (L622-25, R622-23), the deadline (R622-24), the date and the signature.
enum ClaimDeclarationView {
    static func value(_ c: CaseFileContext, insolvency: Insolvency) -> LayoutValue {
        let creditor = c.r.book.creditor
        let debtor = c.debtor
        let business = debtor.kind == .business
        let opened = insolvency.openedOn
        var due: [LayoutValue] = []
        var later: [LayoutValue] = []
        var principal = Money.zero, interest = Money.zero, indemnities = Money.zero, toFallDue = Money.zero
        for invoice in c.state.openInvoices where !invoice.isTimeBarred {
            if invoice.dueDate < opened {
                principal += invoice.outstanding
                interest += invoice.penalties.total
                indemnities += invoice.indemnity
                due.append([
                    "reference": .text(invoice.reference),
                    "due": .text(FrenchFormat.shortDate(invoice.dueDate)),
                    "amount": .text(FrenchFormat.money(invoice.outstanding)),
                    "interest": .text(FrenchFormat.money(invoice.penalties.total)),
                    "indemnity": .text(FrenchFormat.money(invoice.indemnity)),
                ])
            } else {
                toFallDue += invoice.outstanding
                later.append([
                    "reference": .text(invoice.reference),
                    "due": .text(FrenchFormat.shortDate(invoice.dueDate)),
                    "amount": .text(FrenchFormat.money(invoice.outstanding)),
                ])
            }
        }
        let settled = c.state.settledLate.reduce(Money.zero) { $0 + $1.total }
        let totalDue = principal + interest + indemnities + settled
        let mandataire = insolvency.mandataire ?? "Maître …, mandataire judiciaire (nom et adresse à compléter : colonne mandataire de debtors.csv)"
        let role = insolvency.kind == .liquidation ? "liquidateur judiciaire" : "mandataire judiciaire"
        return [
            "header": CaseHeaderView.value(c, current: .declaration),
            "to": .text("À \(mandataire), \(role)"),
            "proceedings": .text("\(debtor.name)" + (debtor.siren.map { ", SIREN \($0)" } ?? "")
                + " — \(insolvency.kind.french) \(insolvency.kind.opened) par jugement du \(FrenchFormat.longDate(opened))"
                + (insolvency.bodaccPublishedOn.map { ", publié au BODACC le \(FrenchFormat.longDate($0))" } ?? "") + "."),
            "creditor": .text(InjunctionRequestView.creditorMentions(creditor)),
            "due": .list(due),
            "interest_label": .text(business ? "Pénalités de retard" : "Intérêts au taux légal"),
            "business": .flag(business),
            "principal": .text(FrenchFormat.money(principal)),
            "interest": .text(FrenchFormat.money(interest)),
            "indemnities": .text(FrenchFormat.money(indemnities)),
            "settled_late": LayoutValue(settled.isPositive ? FrenchFormat.money(settled) : nil),
            "total_due": .text(FrenchFormat.money(totalDue)),
            "interest_stop": .text("Intérêts et pénalités arrêtés au \(FrenchFormat.shortDate(insolvency.lastInterestDay)), veille du jugement d'ouverture (art. L622-28 C. com.)."
                + (business ? " Indemnités forfaitaires de 40 € des seules factures échues avant le jugement." : "")),
            "later": .list(later),
            // A liquidation makes the debts not yet due exigible at the judgment (L643-1 C. com.):
            // they are not « à échoir », though they bear no penalty and no indemnity.
            "later_title": .text(insolvency.kind == .liquidation
                ? "Sommes non échues, rendues exigibles par le jugement de liquidation" : "Sommes à échoir"),
            "later_total_label": .text(insolvency.kind == .liquidation ? "Total des sommes rendues exigibles" : "Total des sommes à échoir"),
            "later_note": LayoutValue(insolvency.kind == .liquidation
                ? "Le jugement qui ouvre ou prononce la liquidation judiciaire rend exigibles les créances non échues (art. L643-1 C. com.), sauf maintien de l'activité autorisé par le tribunal : elles sont alors exigibles au jugement arrêtant la cession ou à la fin de ce maintien."
                : nil),
            "to_fall_due": LayoutValue(later.isEmpty ? nil : FrenchFormat.money(toFallDue)),
            "total": .text(FrenchFormat.money(totalDue + toFallDue)),
            "credit": LayoutValue(c.state.unallocatedTotal.isPositive
                ? "Le débiteur dispose d'un crédit non affecté de \(FrenchFormat.money(c.state.unallocatedTotal)), à imputer par le mandataire." : nil),
            "exhibits": .text(SignedDocumentWording.exhibits(c.exhibits.exhibits.count, one: "au bordereau joint", many: "au bordereau joint")),
            "deadline": .text("À adresser au \(role) " + DeclarationDeadlineWording.deadline(insolvency, asOf: c.r.asOf)
                + (insolvency.declarationDeadline.map { c.r.asOf <= $0 } ?? true
                    ? " ; passé ce délai, la créance est inopposable à la procédure sauf relevé de forclusion (art. L622-26 C. com.)." : ".")),
            "city": .text(creditor.city ?? "…"),
            "date": .text(FrenchFormat.longDate(c.r.asOf)),
            "signatory": .text(SignedDocumentWording.signature(creditor)),
            "incomplete": LayoutValue(MissingDocumentsWording.summary(c.missing).map { "À compléter avant envoi — \($0) Voir le bordereau." }),
        ]
    }
}
