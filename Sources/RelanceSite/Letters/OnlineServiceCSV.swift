import RelanceCore

/// `letters/envoi-en-ligne.csv`: every postal letter of the build as an online registered-letter
/// service imports it (AR24, Maileva, La Poste's « Lettre recommandée en ligne »…): one row per
/// letter with its recipient's address lines, the service asked for, and the relative paths of its
/// PDF and of the invoices it encloses. Written after printing, so that the PDF column names only
/// files that exist (empty when the build made no PDFs).
enum OnlineServiceCSV {
    static func bytes(_ batches: LetterBatches, level: RegisteredLevel, pdf: LetterPDFReport) -> [UInt8] {
        var table = SpreadsheetCSV(header: [
            "Notre référence", "Courrier", "Recommandé", "AR", "Niveau", "Destinataire", "À l'attention de",
            "Adresse 1", "Adresse 2", "Code postal", "Ville", "Pays", "PDF", "Pièces jointes",
        ])
        for (letter, enclosures) in zip(batches.postal, batches.enclosures) {
            let d = letter.debtor
            table.append([
                letter.reference, LetterWording.level(letter.level),
                letter.isRegistered ? "Oui" : "Non", letter.channel == .registeredLetter ? "Oui" : "Non",
                letter.isRegistered ? level.rawValue : "",
                d.name, d.contact ?? "", d.address1 ?? "", d.address2 ?? "", d.postcode ?? "", d.city ?? "", d.country,
                pdf.letters.contains(letter.reference) ? SitePaths.Letters.fromLettersFolder(SitePaths.Letters.pdf(letter)) : "",
                enclosures.map(SitePaths.Letters.fromLettersFolder).joined(separator: "|"),
            ])
        }
        return table.bytes
    }
}
