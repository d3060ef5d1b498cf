/// One document of a case file's bordereau de communication de pièces (CPC 768): "Pièce n° N —
/// title — date". Its number never changes once given (see `ExhibitList` for the rule).
public struct Exhibit: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// An invoice; `file` is its PDF relative to the book's attachments/, nil when the book has
        /// none (listed as "pièce non fournie").
        case invoice(reference: String, file: String?)
        /// A file the log names as proof of a line (`proof` column), relative to attachments/.
        case proof(file: String, line: Interaction)
        /// A reminder or formal notice logged without its letter: the letter is regenerated as it
        /// stood on its date and marked as a copy.
        case regeneratedLetter(level: LetterLevel, line: Interaction)
    }

    /// 1, 2, 3…
    public let number: Int
    public let source: Source
    /// The document's own date: the invoice date, or the date of the log line.
    public let date: Day

    public init(number: Int, source: Source, date: Day) {
        self.number = number
        self.source = source
        self.date = date
    }

    /// The log line the exhibit proves, if it comes from one.
    public var line: Interaction? {
        switch source {
        case .invoice: return nil
        case .proof(_, let line), .regeneratedLetter(_, let line): return line
        }
    }

    /// The book file to copy (relative to attachments/), when there is one.
    public var bookFile: String? {
        switch source {
        case .invoice(_, let file): return file
        case .proof(let file, _): return file
        case .regeneratedLetter: return nil
        }
    }
}
