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

    /// How the ledger ties back to the export it was read from (a FEC); nil for ledger.csv.
    public static func source(_ r: Reconciliation, asOf: Day) -> String? {
        guard let s = r.source else { return nil }
        func count(_ n: Int) -> String { FrenchFormat.integer(n) }
        var read = "\(count(s.customerLines)) sur les comptes clients, \(count(s.otherLines)) sur d'autres comptes"
        if s.zeroLines > 0 { read += ", \(count(s.zeroLines)) à zéro" }
        if s.openingLinesSkipped > 0 { read += ", \(count(s.openingLinesSkipped)) à-nouveaux d'un exercice déjà détaillé, écartés" }
        return "Source : FEC \(s.files.joined(separator: ", ")) — \(count(s.linesRead)) lignes (\(read)) ; "
            + "débits clients \(FrenchFormat.money(s.debits)) − crédits clients \(FrenchFormat.money(s.credits)) "
            + "= \(FrenchFormat.money(s.balance)) = solde ci-dessus \(FrenchFormat.money(r.balance)) "
            + (r.otherSources == .zero ? "" : "+ règlements des relevés bancaires \(FrenchFormat.money(Money.zero - r.otherSources)) ")
            + "+ écritures postérieures au \(FrenchFormat.shortDate(asOf)) \(FrenchFormat.money(r.sourceAfterAsOf))."
    }

    /// Where each entry of the bank statements went; nil without statements.
    public static func bank(_ t: BankTotals?) -> String? {
        guard let t else { return nil }
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(FrenchFormat.integer(n)) \(n > 1 ? many : one)" }
        return "Relevés bancaires \(t.files.joined(separator: ", ")) — \(count(t.entries, "mouvement", "mouvements")) : "
            + "\(count(t.notCredits, "débit ou mouvement non comptabilisé, ignoré", "débits ou mouvements non comptabilisés, ignorés")) ; crédits : "
            + "\(count(t.added, "ajouté comme règlement", "ajoutés comme règlements")) (\(FrenchFormat.money(t.addedAmount))), "
            + "\(count(t.alreadyInBooks, "déjà dans le FEC", "déjà dans le FEC")), \(count(t.duplicates, "en double", "en double")), "
            + "\(count(t.unidentified, "non identifié", "non identifiés")) (\(FrenchFormat.money(t.unidentifiedAmount)))"
            + (t.withErrors > 0 ? ", \(count(t.withErrors, "en erreur", "en erreur"))" : "") + "."
    }

    /// What the e-invoice folders gave; nil without e-invoices. `withFEC`: they completed a FEC.
    public static func eInvoices(_ t: EInvoiceTotals?, withFEC: Bool) -> String? {
        guard let t else { return nil }
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(FrenchFormat.integer(n)) \(n > 1 ? many : one)" }
        var read = "\(count(t.facturX, "Factur-X", "Factur-X")) et \(count(t.xml, "fichier XML", "fichiers XML")) lus : "
        read += withFEC
            ? "\(FrenchFormat.integer(t.used)) rapprochés d'une facture du FEC (échéance, livraison), \(FrenchFormat.integer(t.unmatched)) sans facture du FEC"
            : "\(FrenchFormat.integer(t.used)) factures et avoirs du grand livre, \(FrenchFormat.integer(t.zero)) à zéro"
        read += ", \(FrenchFormat.integer(t.duplicates)) en double"
        var others = [String]()
        if t.plainPDFs > 0 { others.append(count(t.plainPDFs, "PDF sans données de facture", "PDF sans données de facture")) }
        if t.unread > 0 { others.append(count(t.unread, "PDF non lu", "PDF non lus")) }
        if t.withErrors > 0 { others.append(count(t.withErrors, "fichier en erreur", "fichiers en erreur")) }
        return "Factures électroniques — \(count(t.files, "fichier", "fichiers")) : \(read)"
            + (others.isEmpty ? "" : " ; " + others.joined(separator: ", ")) + "."
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
