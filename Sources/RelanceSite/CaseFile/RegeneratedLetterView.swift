import RelanceLayout
import RelanceCore

/// A letter regenerated as it stood on its date (layouts/case/regenerated-letter.html): the letter's
/// own values, its enclosures pointing at the invoice exhibits beside it in pieces/, and the visible
/// mark that it is a copy made now, not the letter sent.
enum RegeneratedLetterView {
    static func value(_ letter: Letter, _ c: CaseFileContext) -> LayoutValue {
        var value = LetterView.fields(letter, book: c.r.book, base: "")
        value["attachments"] = .list(letter.invoices.compactMap { invoice -> LayoutValue? in
            guard let number = c.exhibits.numbersByInvoice[invoice.reference],
                  let file = c.file(of: c.exhibit(number)) else { return nil }
            let name = String(file.split(separator: "/").last!)
            return ["name": .text("Facture n° \(invoice.reference) (pièce n° \(number))"), "href": .text(name)]
        })
        return [
            "letter": .object(value),
            "copy_note": .text("Copie régénérée le \(FrenchFormat.longDate(c.r.asOf)) — le courrier original n'a pas été conservé."),
            "copy_detail": .text("Reconstitution du courrier tel qu'il résultait du journal des relances au \(FrenchFormat.longDate(letter.date)) : "
                + "mêmes factures, soldes et pénalités à cette date."),
        ]
    }
}
