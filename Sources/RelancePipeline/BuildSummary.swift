import RelanceCore
import RelanceSite

/// The closing lines of a command: warnings, the reconciliation, and what the build wrote.
enum BuildSummary {
    static func receivables(_ r: Receivables, console: Console) {
        for warning in r.warnings {
            console.warning(WarningText.plain(warning))
        }
        console.out(ReconciliationText.french(r.reconciliation, asOf: r.asOf))
        if let source = ReconciliationText.source(r.reconciliation, asOf: r.asOf) { console.out(source) }
        if let eInvoices = ReconciliationText.eInvoices(r.book.eInvoiceTotals, withFEC: r.book.sourceTotals != nil) { console.out(eInvoices) }
        if let bank = ReconciliationText.bank(r.book.bankTotals) { console.out(bank) }
        console.out(ReconciliationText.placement(r.placement, asOf: r.asOf, rejected: r.reconciliation.ledgerRowsRejected))
    }

    /// Every rejected row, then how many: the last lines of a `--keep-going` build, and its status.
    static func rejectedRows(_ book: Book, console: Console) -> ExitStatus {
        let rows = book.rejectedRows
        guard !rows.isEmpty else { return .built }
        for row in rows {
            let debtor = row.debtorID.map { " (débiteur \($0))" } ?? ""
            console.warning("ligne rejetée \(row.location.row)\(debtor) : \(row.reasons.joined(separator: " ; "))")
        }
        let s = rows.count > 1 ? "s" : ""
        console.warning("\(FrenchFormat.integer(rows.count)) ligne\(s) rejetée\(s) (--keep-going) : le site est généré sans elle\(s), "
                        + "les courriers des débiteurs concernés sont retenus ; corrigez le book puis relancez.")
        return .builtWithRejectedRows
    }

    static func site(_ report: SiteReport, console: Console) {
        let folders = report.caseFolders
        console.out("Dossiers débiteurs : \(folders.rendered) généré\(folders.rendered > 1 ? "s" : ""), "
                    + "\(folders.carried) repris tels quels de la sortie précédente")
        let letters = report.letters.letters
        let postal = letters.filter(\.isPostal).count
        var line = "Courriers : \(FrenchFormat.integer(letters.count)) (dont \(FrenchFormat.integer(postal)) à imprimer"
        let carried = report.letterFiles.carried
        if carried > 0 { line += " ; \(FrenchFormat.integer(carried)) repris tels quels de la sortie précédente" }
        line += ")"
        if !report.letters.blocked.isEmpty { line += ", " + LetterWording.blockedSummary(report.letters.blocked) }
        if !report.pdf.letters.isEmpty { line += " ; \(FrenchFormat.integer(report.pdf.letters.count)) PDF écrits" }
        console.out(line)
        if let note = report.pdf.note, postal > 0 { console.warning(note) }
        for note in report.caseFilePDF.notes { console.warning(note) }
    }
}
