import RelanceLayout
import RelanceCore

/// The attestation de créance and the relevé de compte (attestation-de-creance.html): the
/// creditor's signatory attests what the debtor owes on the build date, and the account behind it
/// lists every entry of the debtor up to that date with its running balance. A note says that a
/// representative who is not a lawyer needs a special mandate before the commercial court.
enum AttestationView {
    static func value(_ c: CaseFileContext) -> LayoutValue {
        let book = c.r.book
        let creditor = book.creditor
        let claim = c.claim
        var running = Money.zero
        let entries = c.r.allocation.entryIndices(ofDebtor: c.state.id).map { book.ledger[$0] }
            .filter { $0.date <= c.r.asOf }
            .enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        let rows: [LayoutValue] = entries.map { entry in
            let debit = entry.kind == .invoice
            running += debit ? entry.amount : .zero - entry.amount
            return [
                "date": .text(FrenchFormat.shortDate(entry.date)),
                "reference": .text(entry.reference),
                "label": .text(FrenchLabels.ledgerKind(entry.kind) + (entry.label.map { " — \($0)" } ?? "")),
                "debit": LayoutValue(debit ? FrenchFormat.money(entry.amount) : nil),
                "credit": LayoutValue(debit ? nil : FrenchFormat.money(entry.amount)),
                "balance": .text(FrenchFormat.money(running)),
            ]
        }
        let total = c.claimedTotal
        let who = creditor.signatory ?? "le représentant légal"
        return [
            "header": CaseHeaderView.value(c, current: .attestation),
            "attestation": .text("Je soussigné(e), \(who), agissant pour le compte de \(creditor.name)"
                + (creditor.siren.map { " (SIREN \($0))" } ?? "") + ", atteste que \(c.debtor.name)"
                + (c.debtor.siren.map { " (SIREN \($0))" } ?? "")
                + " reste redevable envers \(creditor.name), au \(FrenchFormat.longDate(c.r.asOf)), de la somme de \(FrenchFormat.money(total)), "
                + "selon le décompte joint : \(FrenchFormat.money(claim.principalDue)) en principal échu"
                + (claim.penalties.isPositive ? ", \(FrenchFormat.money(claim.penalties)) \(c.debtor.kind == .business ? "de pénalités de retard" : "d'intérêts au taux légal")" : "")
                + (claim.indemnities.isPositive ? ", \(FrenchFormat.money(claim.indemnities)) d'indemnités forfaitaires pour frais de recouvrement" : "")
                + ((claim.settledPenalties + claim.settledIndemnities).isPositive
                    ? ", \(FrenchFormat.money(claim.settledPenalties + claim.settledIndemnities)) au titre des factures réglées en retard" : "")
                + (claim.unallocated.isPositive ? ", sous déduction d'un crédit non affecté de \(FrenchFormat.money(claim.unallocated))" : "")
                + "."),
            "rows": .list(rows),
            "balance": .text(FrenchFormat.money(running)),
            "balance_note": .text("Solde comptable au \(FrenchFormat.shortDate(c.r.asOf)) : factures moins avoirs et règlements. "
                + "Les pénalités et indemnités, dues de plein droit, ne sont pas comptabilisées : elles figurent au décompte."),
            "city": .text(creditor.city ?? "…"),
            "date": .text(FrenchFormat.longDate(c.r.asOf)),
            "signatory": .text(SignedDocumentWording.signature(creditor)),
            "mandate": .text(c.debtor.kind == .business
                ? "Devant le tribunal de commerce, une partie peut se faire représenter par la personne de son choix ; celle qui n'est pas avocat doit justifier d'un pouvoir spécial (art. 853 CPC). Joignez ce pouvoir, signé du représentant légal, si le signataire de cette attestation représente la société à l'audience."
                : "Devant le tribunal judiciaire, l'avocat est obligatoire au-delà de 10 000 € (art. 761 CPC) ; en deçà, un représentant qui n'est pas avocat, un salarié de l'entreprise par exemple, justifie d'un pouvoir spécial (art. 762 CPC)."),
        ]
    }
}
