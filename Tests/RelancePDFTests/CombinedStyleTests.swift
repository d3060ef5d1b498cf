import Foundation
import RelanceTestSupport
import Testing
@testable import RelancePDF

/// Which documents may be printed together: those styled alike.
@Suite struct CombinedStyleTests {
    private func style(_ folder: PDFTempFolder, _ page: String, css: String) throws -> CombinedPrintDocument.Style? {
        let stylesheet = (page as NSString).deletingLastPathComponent + "/courrier.css"
        try folder.write(stylesheet, css)
        let source = try folder.write(page, """
            <!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="courrier.css"></head>
            <body class="letter"><p>x</p></body></html>
            """)
        let document = try #require(CombinedPrintDocument.parse(source))
        return CombinedPrintDocument.style(of: document, at: source)
    }

    /// Each case file has its own copy of the letters' sheet: its regenerated letters print with
    /// every other case file's, in one batch, rather than in a batch per debtor.
    @Test func copiesOfOneStandaloneSheetStyleAlike() throws {
        let folder = try PDFTempFolder()
        let css = "body { font-family: serif; }"
        #expect(try style(folder, "a/pieces/one.html", css: css) == style(folder, "b/pieces/two.html", css: css))
        #expect(try style(folder, "c/pieces/three.html", css: css + " p { margin: 0; }") != style(folder, "a/pieces/one.html", css: css))
    }

    /// A sheet that loads other files resolves them from where it is: copies are not the same.
    @Test func sheetsThatReferToOtherFilesAreToldApartByTheirPlace() throws {
        let folder = try PDFTempFolder()
        let css = "body { background: url(fond.png); }"
        #expect(try style(folder, "a/one.html", css: css) != style(folder, "b/two.html", css: css))
    }
}
