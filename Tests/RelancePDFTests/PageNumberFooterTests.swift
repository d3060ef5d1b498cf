import Foundation
import RelanceTestSupport
import Testing
@testable import RelancePDF

/// The footer-only pages laid over combined documents: one named page per « page i / n ».
@Suite struct PageNumberFooterPagesTests {
    @Test func eachLengthGetsOneRulePerPageAfterTheGlyphPage() {
        let css = PageNumberFooter.marginBoxRules(totals: [2, 3])
        #expect(css.contains("@page relance-footer-glyphs{@bottom-center{content:\"page 0123456789 /\"}}"))
        for (number, total) in [(1, 2), (2, 2), (1, 3), (2, 3), (3, 3)] {
            #expect(css.contains("@page relance-page-\(number)-of-\(total){@bottom-center{content:\"page \(number) / \(total)\"}}"))
        }
        #expect(!css.contains("relance-page-3-of-2") && !css.contains("relance-page-4-of-3"))
    }

    @Test func theFooterDocumentHasTheLooksSheetsItsRulesAndOnePagePerFooter() throws {
        let folder = try PDFTempFolder()
        try folder.write("letter.css", PDFTestPages.css)
        let source = try folder.write("letter.html", """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'">
            <link rel="stylesheet" href="letter.css"></head><body class="letters"><p>Texte</p></body></html>
            """)
        let document = try #require(CombinedPrintDocument.parse(source))
        let style = try #require(CombinedPrintDocument.style(of: document, at: source))
        let html = String(decoding: try #require(CombinedPrintDocument.footerPages(totals: [2, 3], like: document, style: style, at: source)),
                          as: UTF8.self)
        #expect(html.contains(folder.url("letter.css").absoluteString), "the look's sheet, by its full address")
        #expect(!html.contains("Content-Security-Policy"), "the policy would refuse the inline rules")
        #expect(html.contains("<style>@page{@bottom-center{"))
        #expect(!html.contains("Texte"))
        let pages = html.components(separatedBy: "<div style=\"height:1px;page:").dropFirst().map { $0.prefix { $0 != ";" && $0 != "\"" } }
        #expect(pages == ["relance-footer-glyphs", "relance-page-1-of-2", "relance-page-2-of-2",
                          "relance-page-1-of-3", "relance-page-2-of-3", "relance-page-3-of-3"])
    }
}

/// Footers printed by Chromium and laid over by qpdf.
@Suite(.enabled(if: PDFTestTools.chromium != nil && PDFTestTools.qpdf != nil, "Chromium or qpdf is not installed: footers not tested"))
struct PageNumberFooterPrintingTests {
    /// Prints `paragraphs` documents, each in a group of its own, and assembles each alone.
    private func printAndAssemble(_ paragraphs: [Int], in folder: PDFTempFolder, run: String) throws -> (pages: [Int], pdfs: [[UInt8]], prints: Int) {
        try folder.write("letter.css", PDFTestPages.css)
        let sources = try paragraphs.enumerated().map { index, count in
            try folder.write("\(run)-\(index).html", PDFTestPages.page(title: "Lettre \(index)", paragraphs: count))
        }
        let printer = try PDFPrinter(chromium: try #require(PDFTestTools.chromium))
        defer { printer.close() }
        let merger = try #require(PDFTestTools.qpdf)
        var printing = BatchPrinting(printer: printer, merger: merger, scratch: folder.url("scratch-\(run)"))
        let printed = try printing.print(sources.enumerated().map { PDFDocumentRequest(source: $1, group: "\(run)-\($0)") })
        let pdfs = try printed.map {
            try merger.assemble([$0.piece], info: PDFDocumentInfo(title: "t", date: "20260615"), scratch: folder.url("join-\(run)"))
        }
        return (printed.map(\.pageCount), pdfs, printing.statistics.prints)
    }

    @Test func documentsOfEveryLengthAreNumberedFromOneFooterPrint() throws {
        let folder = try PDFTempFolder()
        let run = try printAndAssemble([40, 90, 3], in: folder, run: "a")
        #expect(run.pages[0] > 1 && run.pages[1] > run.pages[0] && run.pages[2] == 1, "\(run.pages)")
        #expect(run.prints == 4, "three documents in groups of their own, one footer print: \(run.prints)")
        guard PDFTestTools.pdftotext != nil else { return }
        for (index, pdf) in run.pdfs.enumerated() {
            let text = try PDFTestTools.text(of: pdf)
            let total = run.pages[index]
            #expect(!text.contains("0123456789"), "document \(index) took the glyph page")
            guard total > 1 else {
                #expect(!text.contains("page 1 /"), "a one-page document is not numbered")
                continue
            }
            for number in 1...total { #expect(text.contains("page \(number) / \(total)"), "document \(index), page \(number)") }
        }
    }

    /// The footers of every length share one print, and its font: without the glyph page, a longer
    /// document printed beside (the digit 9 of « page 9 / 12 ») would change this one's bytes.
    @Test func aDocumentsBytesDoNotDependOnTheLengthsPrintedBesideIt() throws {
        let folder = try PDFTempFolder()
        let withLong = try printAndAssemble([40, 300], in: folder, run: "long")
        let withShort = try printAndAssemble([40, 3], in: folder, run: "short")
        #expect(withLong.pages[0] == withShort.pages[0] && withLong.pages[1] > 9, "\(withLong.pages) \(withShort.pages)")
        let same = withLong.pdfs[0] == withShort.pdfs[0]
        #expect(same, "the document printed beside a longer one has other bytes")
    }
}
