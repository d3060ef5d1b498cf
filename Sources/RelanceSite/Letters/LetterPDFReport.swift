/// What the PDF step produced for the letters: which letters and batches have their PDF, and, when
/// none could be made, a note that says why and how to get them.
public struct LetterPDFReport: Sendable {
    /// Letter references whose PDF was written.
    public var letters: Set<String> = []
    /// Batch HTML paths whose PDF was written (same path, `.pdf`).
    public var batches: Set<String> = []
    /// Whether the weekly report's PDF was written (printed in the same session).
    public var weeklyReport = false
    /// The PDFs of the postal letters that also go by e-mail, by reference: their `.eml` attaches them.
    public var emailCopyPDFs: [String: [UInt8]] = [:]
    /// Invoice PDFs (output paths) that qpdf could not read: left out of the printed batches.
    public var unreadableEnclosures: Set<String> = []
    /// Shown on the letters index and printed by the command when PDFs were not made.
    public var note: String?

    public init(letters: Set<String> = [], batches: Set<String> = [], note: String? = nil) {
        self.letters = letters; self.batches = batches; self.note = note
    }

    public static func pdfPath(forHTML path: String) -> String {
        path.hasSuffix(".html") ? String(path.dropLast(5)) + ".pdf" : path + ".pdf"
    }
}
