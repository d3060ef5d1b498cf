/// A printed document: the PDF's bytes, for the caller to write, and its number of pages.
public struct PrintedPDF: Sendable, Hashable {
    public var data: [UInt8]
    public var pageCount: Int

    public init(data: [UInt8], pageCount: Int) {
        self.data = data
        self.pageCount = pageCount
    }
}
