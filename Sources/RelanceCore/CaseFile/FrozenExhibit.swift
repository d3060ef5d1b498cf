/// One line of a frozen exhibit list (`attachments/case-files/<slug>/bordereau.csv`), written when
/// the file was handed over: from then on that file keeps that number, and new documents only
/// append (CPC 768: numbering stable once fixed).
public struct FrozenExhibit: Hashable, Sendable {
    public let number: Int
    /// Relative to attachments/.
    public let file: String
    /// Of the bytes handed over.
    public let sha256: String
    /// The exhibit's date as the list gave it.
    public let date: Day
    public let location: SourceLocation

    public init(number: Int, file: String, sha256: String, date: Day, location: SourceLocation) {
        self.number = number; self.file = file; self.sha256 = sha256; self.date = date; self.location = location
    }
}
