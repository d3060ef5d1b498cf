import RelanceCore

/// The reconciliation line, in French, printed by the build and shown on the dashboard.
public enum ReconciliationText {
    public static func french(_ r: Reconciliation, asOf: Day) -> String {
        let read = r.ledgerEntriesRead + r.interactionsRead
        let ignored = r.ledgerEntriesIgnored + r.interactionsIgnored
        return "Rapprochement : \(FrenchFormat.integer(read)) lignes lues "
            + "(\(FrenchFormat.integer(r.ledgerEntriesRead)) écritures, \(FrenchFormat.integer(r.interactionsRead)) interactions), "
            + "\(FrenchFormat.integer(ignored)) ignorées car postérieures au \(FrenchFormat.shortDate(asOf)), 0 rejetée ; "
            + "factures \(FrenchFormat.money(r.invoiced)) − avoirs \(FrenchFormat.money(r.credited)) − règlements \(FrenchFormat.money(r.paid)) "
            + "= \(FrenchFormat.money(r.balance)) = encours \(FrenchFormat.money(r.outstanding)) − crédits non affectés \(FrenchFormat.money(r.unallocatedCredit)) ; "
            + "total du tableau de bord \(FrenchFormat.money(r.outstanding)) ; "
            + "crédits antérieurs imputés sur des factures émises ensuite : \(FrenchFormat.money(r.creditAppliedToLaterInvoices))."
    }

    /// Where each ledger entry went, as the build checked it entry by entry.
    public static func placement(_ p: LedgerPlacement, asOf: Day) -> String {
        "Écritures placées : \(FrenchFormat.integer(p.openInvoices)) factures ouvertes, "
            + "\(FrenchFormat.integer(p.settledInvoices)) soldées, "
            + "\(FrenchFormat.integer(p.allocatedSettlements)) règlements et avoirs entièrement affectés, "
            + "\(FrenchFormat.integer(p.settlementsWithUnallocatedCredit)) avec un crédit non affecté, "
            + "\(FrenchFormat.integer(p.ignored)) postérieures au \(FrenchFormat.shortDate(asOf)) : les \(FrenchFormat.integer(p.placed)) écritures lues, chacune à une seule place."
    }
}
