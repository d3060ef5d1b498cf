import RelanceLayout
import RelanceCore

/// A letter reconstructed as it stood on its date (layouts/case/regenerated-letter.html), an annex
/// to the chronology: the letter's own values, its enclosures pointing at the invoice exhibits in
/// pieces/, and the visible mark that it is a reconstruction without evidential value, not the
/// letter sent.
enum RegeneratedLetterView {
    static func value(_ letter: Letter, _ c: CaseFileContext) -> LayoutValue {
        var value = LetterView.fields(letter, book: c.r.book, base: "")
        value["attachments"] = .list(letter.invoices.compactMap { invoice -> LayoutValue? in
            guard let number = c.exhibits.numbersByInvoice[invoice.reference],
                  let file = c.file(of: c.exhibit(number)) else { return nil }
            let name = String(file.split(separator: "/").last!)
            return ["name": .text("Facture n° \(invoice.reference) (pièce n° \(number))"), "href": .text("../\(SitePaths.CaseFile.exhibitsFolder)/\(name)")]
        })
        return [
            "letter": .object(value),
            "copy_note": .text("Reconstitution — sans valeur probante : courrier reconstitué par Relance le \(FrenchFormat.longDate(c.r.asOf)), l'original n'a pas été conservé."),
            "copy_detail": .text("Reconstitution du courrier tel qu'il résultait du journal des relances au \(FrenchFormat.longDate(letter.date)) : "
                + "mêmes factures, soldes et pénalités à cette date."),
        ]
    }
}
