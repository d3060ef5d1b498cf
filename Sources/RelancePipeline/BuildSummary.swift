import RelanceCore
import RelanceSite

/// The closing lines of a command: warnings, the reconciliation, and what the build wrote.
enum BuildSummary {
    static func receivables(_ r: Receivables, console: Console) {
        for warning in r.warnings {
            console.warning(WarningText.plain(warning))
        }
        console.out(ReconciliationText.french(r.reconciliation, asOf: r.asOf))
        console.out(ReconciliationText.placement(r.placement, asOf: r.asOf))
    }

    static func site(_ report: SiteReport, console: Console) {
        let folders = report.caseFolders
        console.out("Dossiers débiteurs : \(folders.rendered) généré\(folders.rendered > 1 ? "s" : ""), "
                    + "\(folders.carried) repris tels quels de la sortie précédente")
        let letters = report.letters.letters
        let postal = letters.filter(\.isPostal).count
        var line = "Courriers : \(letters.count) (dont \(postal) à imprimer)"
        if !report.letters.blocked.isEmpty { line += ", \(report.letters.blocked.count) bloqué(s) faute d'adresse" }
        if !report.pdf.letters.isEmpty { line += " ; \(report.pdf.letters.count) PDF écrits" }
        console.out(line)
        if let note = report.pdf.note, postal > 0 { console.warning(note) }
        for note in report.caseFilePDF.notes { console.warning(note) }
    }
}
