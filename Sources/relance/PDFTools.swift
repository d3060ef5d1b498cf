import ArgumentParser
import Foundation
import RelanceCore
import RelanceSite

/// Maps `--no-pdf` and `--chromium` to the letters' PDF step: a printer when a browser is found,
/// otherwise a note saying how to get PDFs (they are optional: the HTML is always written).
enum PDFTools {
    static func prepare(disabled: Bool, chromium: String?, console: Console) throws -> LetterPDFs? {
        guard !disabled else { return nil }
        let browser: URL?
        do {
            browser = try ChromiumLocator.locate(explicit: chromium.map { URL(fileURLWithPath: $0) })
        } catch {
            console.error("\(error)")
            throw ExitStatus.usage.exitCode
        }
        guard let browser else { return nil }
        let merger = try? PDFMerger.locate()
        return LetterPDFs(chromium: browser, merger: merger ?? nil)
    }

    /// Why there are no PDFs, for the letters index and the console.
    static func note(disabled: Bool) -> String {
        disabled ? "PDF non demandés (--no-pdf) : imprimez les fichiers HTML depuis le navigateur."
            : "PDF non produits : aucun navigateur Chromium trouvé. Installez-le (\(ChromiumLocator.installAdvice)) "
                + "ou indiquez son chemin avec --chromium ; les fichiers HTML s'impriment aussi depuis le navigateur."
    }
}

/// The command's closing line about letters.
enum LettersSummary {
    static func print(_ report: SiteReport, console: Console) {
        let letters = report.letters.letters
        let postal = letters.filter(\.isPostal).count
        var line = "Courriers : \(letters.count) (dont \(postal) à imprimer)"
        if !report.letters.blocked.isEmpty { line += ", \(report.letters.blocked.count) bloqué(s) faute d'adresse" }
        if !report.pdf.letters.isEmpty { line += " ; \(report.pdf.letters.count) PDF écrits" }
        console.out(line)
        if let note = report.pdf.note, postal > 0 { console.warning(note) }
    }
}
