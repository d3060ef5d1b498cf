import RelanceCore

/// The reconciliation line, in French, printed by the build and shown on the dashboard.
public enum ReconciliationText {
    public static func french(_ r: Reconciliation, asOf: Day) -> String {
        let ledgerRows = r.ledgerEntriesRead + r.ledgerRowsRejected
        let interactionRows = r.interactionsRead + r.interactionsRejected
        let ignored = r.ledgerEntriesIgnored + r.interactionsIgnored
        let rejected = r.ledgerRowsRejected + r.interactionsRejected
        let debtorRows = r.debtorRowsRejected == 0 ? ""
            : " (et \(FrenchFormat.integer(r.debtorRowsRejected)) de debtors.csv)"
        return "Rapprochement : \(FrenchFormat.integer(ledgerRows + interactionRows)) lignes lues "
            + "(\(FrenchFormat.integer(ledgerRows)) écritures, \(FrenchFormat.integer(interactionRows)) interactions), "
            + "\(FrenchFormat.integer(ignored)) ignorées car postérieures au \(FrenchFormat.shortDate(asOf)), "
            + "\(FrenchFormat.integer(rejected)) rejetée\(rejected > 1 ? "s" : "")\(debtorRows) ; "
            + "factures \(FrenchFormat.money(r.invoiced)) − avoirs \(FrenchFormat.money(r.credited)) − règlements \(FrenchFormat.money(r.paid)) "
            + "= \(FrenchFormat.money(r.balance)) = encours \(FrenchFormat.money(r.outstanding)) − crédits non affectés \(FrenchFormat.money(r.unallocatedCredit)) ; "
            + "total du tableau de bord \(FrenchFormat.money(r.outstanding)) ; "
            + "crédits antérieurs imputés sur des factures émises ensuite : \(FrenchFormat.money(r.creditAppliedToLaterInvoices))."
    }

    /// Where each ledger entry went, as the build checked it entry by entry.
    /// `rejected`: the ledger rows a `--keep-going` build left out, which are not placed.
    public static func placement(_ p: LedgerPlacement, asOf: Day, rejected: Int = 0) -> String {
        "Écritures placées : \(FrenchFormat.integer(p.openInvoices)) factures ouvertes, "
            + "\(FrenchFormat.integer(p.settledInvoices)) soldées, "
            + "\(FrenchFormat.integer(p.allocatedSettlements)) règlements et avoirs entièrement affectés, "
            + "\(FrenchFormat.integer(p.settlementsWithUnallocatedCredit)) avec un crédit non affecté, "
            + "\(FrenchFormat.integer(p.ignored)) postérieures au \(FrenchFormat.shortDate(asOf)) : les \(FrenchFormat.integer(p.placed)) écritures "
            + "\(rejected > 0 ? "retenues" : "lues"), chacune à une seule place."
    }
}
