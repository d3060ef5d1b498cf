import RelanceCore

/// Where the letters of a build go, declared once (assets/docs/book-format.md: `letters/…`).
public enum LetterPaths {
    public static let folder = "letters"
    public static let index = "letters/index.html"
    /// Every postal letter of the build in order, one printable file.
    public static let batch = "letters/courriers-a-imprimer.html"
    public static let batchPDF = "letters/courriers-a-imprimer.pdf"
    /// The registered-post deposit list (bordereau de dépôt), printable and for spreadsheets.
    public static let depositList = "letters/bordereau-de-depot.html"
    public static let depositListCSV = "letters/bordereau-de-depot.csv"
    /// The print stylesheet, copied from assets/ into letters/.
    public static let stylesheet = "letters/letters.css"

    /// A letter's own folder: its HTML, PDF, e-mail and attached invoices. References are made of
    /// A–Z, 0–9 and hyphens (LetterReference), so they are safe file names as they are.
    public static func letterFolder(_ letter: Letter) -> String { "\(folder)/\(letter.reference)" }
    public static func html(_ letter: Letter) -> String { "\(letterFolder(letter))/\(letter.reference).html" }
    public static func pdf(_ letter: Letter) -> String { "\(letterFolder(letter))/\(letter.reference).pdf" }
    public static func email(_ letter: Letter) -> String { "\(letterFolder(letter))/\(letter.reference).eml" }

    /// The attached invoice's file name next to the letter: the book's own name for it.
    public static func attachmentName(_ bookPath: String) -> String {
        String(bookPath.split(separator: "/").last ?? Substring(bookPath))
    }
}
