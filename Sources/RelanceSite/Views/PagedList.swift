/// A long list cut into static pages of a fixed size: `lists/<stem>-001.html`, `-002.html`, …
/// Pages are plain files so that they open without a server and without script; page numbers
/// are zero-padded to the same width so that the files sort in page order.
struct PagedList: Sendable, Equatable {
    /// The file name before the page number: `debiteurs`, `en-retard-relance-1`.
    let stem: String
    let count: Int
    let pageSize: Int

    init(stem: String, count: Int, pageSize: Int = PagedList.rowsPerPage) {
        self.stem = stem
        self.count = count
        self.pageSize = max(1, pageSize)
    }

    /// A few hundred rows: a page a browser opens at once and a reader scrolls in a minute.
    static let rowsPerPage = 250

    /// At least one page, even for an empty list, so that every link has a target.
    var pageCount: Int { max(1, (count + pageSize - 1) / pageSize) }

    /// The rows of page `page` (1-based).
    func rows(ofPage page: Int) -> Range<Int> {
        let start = min(count, (page - 1) * pageSize)
        return start..<min(count, start + pageSize)
    }

    /// The page (1-based) that shows row `index` (0-based).
    func page(ofRow index: Int) -> Int { index / pageSize + 1 }

    /// `debiteurs-007.html`: three digits, more when there are more than 999 pages.
    func fileName(ofPage page: Int) -> String {
        let digits = String(page)
        let width = max(3, String(pageCount).count)
        return stem + "-" + String(repeating: "0", count: max(0, width - digits.count)) + digits + ".html"
    }

    /// The first page's file, which pages and the dashboard link to.
    var firstFile: String { fileName(ofPage: 1) }
}
