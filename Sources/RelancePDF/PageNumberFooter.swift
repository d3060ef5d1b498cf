/// The footer that numbers the pages of a document longer than one page: « page 3 / 7 », centred in
/// the page's bottom margin (12 mm in the letters: room for one line of 8 pt), in the letters' own
/// font.
///
/// Two ways to print it, the same words in the same font:
/// - `template`, Chromium's `footerTemplate`, for a document printed alone: Chromium fills the
///   `pageNumber` and `totalPages` elements. The template is rendered apart from the page and sees
///   none of its CSS: styles must be inline, and the font size must be given (its default is tiny).
/// - `marginBoxRules`, CSS page-margin boxes, for the footer-only pages that `BatchPrinting` lays
///   over combined documents: one named page per « page i / n », so that the footers of documents
///   of every length print in one go. The template costs a print per length (Chromium numbers the
///   pages of a whole print) and renders each footer as a document of its own: 23 prints for the
///   307-debtor book, against one per look here.
public enum PageNumberFooter {
    static let fontFamily = "'DejaVu Sans','Liberation Sans',Arial,sans-serif"

    public static let template = """
        <div style="width:100%;text-align:center;font-family:\(fontFamily);\
        font-size:8pt;color:#444;">page <span class="pageNumber"></span> / <span class="totalPages"></span></div>
        """

    /// Every glyph a footer uses, printed on a first page no document takes: the font subset
    /// Chromium embeds is then the same whatever lengths a print holds, and a case file's PDF does
    /// not depend on the other documents of the build (the footers' font comes with them).
    static let glyphs = "page 0123456789 /"

    /// The named page of « page `number` / `total` », and of the glyph page.
    static func pageName(_ number: Int, of total: Int) -> String { "relance-page-\(number)-of-\(total)" }
    static let glyphPageName = "relance-footer-glyphs"

    /// The CSS of the footers of documents of `totals` pages (each length once, in order), and of
    /// the glyph page. The `content` strings hold only « page », digits, spaces and the slash.
    static func marginBoxRules(totals: [Int]) -> String {
        var css = "@page{@bottom-center{font-family:\(fontFamily);font-size:8pt;color:#444}}"
        css += "@page \(glyphPageName){@bottom-center{content:\"\(glyphs)\"}}"
        for total in totals {
            for number in 1...total {
                css += "@page \(pageName(number, of: total)){@bottom-center{content:\"page \(number) / \(total)\"}}"
            }
        }
        return css
    }
}
