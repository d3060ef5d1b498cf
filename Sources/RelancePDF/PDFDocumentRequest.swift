import Foundation

/// One HTML file to print, already on disk with what it links to (style sheet, images) beside it.
public struct PDFDocumentRequest: Sendable, Hashable {
    public var source: URL
    /// Adds "page n / N" at the foot of each page when the document runs over one page. A letter
    /// that fits on one page carries no number.
    public var numberPagesWhenLong: Bool

    public init(source: URL, numberPagesWhenLong: Bool = true) {
        self.source = source
        self.numberPagesWhenLong = numberPagesWhenLong
    }
}
