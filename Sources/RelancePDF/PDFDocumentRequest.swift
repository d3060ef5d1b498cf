import Foundation

/// One HTML file to print, already on disk with what it links to (style sheet, images) beside it.
public struct PDFDocumentRequest: Sendable, Hashable {
    public var source: URL
    /// Adds "page n / N" at the foot of each page when the document runs over one page. A letter
    /// that fits on one page carries no number.
    public var numberPagesWhenLong: Bool
    /// Documents of different groups are never printed in one batch, and a group is cut into
    /// batches by its own documents alone: a PDF made from a group's documents then has the same
    /// bytes whatever else the build prints (the fonts Chromium embeds are subsets of the glyphs
    /// its whole print uses). Nil: batched with any other ungrouped document that looks alike.
    public var group: String?

    public init(source: URL, numberPagesWhenLong: Bool = true, group: String? = nil) {
        self.source = source
        self.numberPagesWhenLong = numberPagesWhenLong
        self.group = group
    }
}
