/// Printing to PDF failed. Names the document when one was being printed, so that the message
/// points at the letter to look at.
public struct PDFPrintError: Error, CustomStringConvertible, Sendable {
    /// The document's path, or nil for a failure of the browser itself.
    public let document: String?
    public let reason: String

    public var description: String {
        guard let document else { return "PDF printing: \(reason)" }
        return "cannot print \(document) to PDF: \(reason)"
    }
}
