import Foundation
import Testing
@testable import RelanceSite

/// Printing through a real Chromium. Skipped, with the reason shown, when Chromium (or pdftotext,
/// for the tests that read the text back) is not installed. Serialized: each test starts its own
/// browser, and several at once would only compete for the two cores.
@Suite(.serialized, .enabled(if: PDFTestTools.chromium != nil, "Chromium is not installed (apt-get install chromium): PDF printing not tested"))
struct PDFPrinterTests {
    static let canReadText = PDFTestTools.pdftotext != nil
    static let readTextSkipped = Comment(rawValue: "pdftotext is not installed (apt-get install poppler-utils): PDF text not checked")

    private func printer(_ configure: (inout PDFPrinter.Options) -> Void = { _ in }) throws -> PDFPrinter {
        var options = PDFPrinter.Options()
        configure(&options)
        return try PDFPrinter(chromium: try #require(PDFTestTools.chromium), options: options)
    }

    @Test func aOnePageLetterHasOnePageAndNoNumber() throws {
        let folder = try PDFTempFolder()
        let pages = try PDFTestPages.write(["Relance amiable"], into: folder)
        let printer = try printer()
        defer { printer.close() }
        let printed = try printer.print([PDFDocumentRequest(source: pages[0])])
        #expect(printed.count == 1)
        #expect(printed[0].pageCount == 1)
        #expect(printed[0].data.starts(with: Array("%PDF-".utf8)))
        if Self.canReadText {
            let text = try PDFTestTools.text(of: printed[0].data)
            #expect(text.contains("Relance amiable"))
            #expect(!text.contains("1 / 1"))
            #expect(!text.contains("page "))
        }
    }

    @Test(.enabled(if: canReadText, readTextSkipped))
    func aLongLetterIsNumberedInItsBottomMargin() throws {
        let folder = try PDFTempFolder()
        let pages = try PDFTestPages.write(["Mise en demeure"], paragraphs: 60, into: folder)
        let printer = try printer()
        defer { printer.close() }
        let printed = try printer.print([PDFDocumentRequest(source: pages[0], numberPagesWhenLong: true)])
        let count = printed[0].pageCount
        #expect(count > 1)
        let text = try PDFTestTools.text(of: printed[0].data)
        let pagesText = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        for number in 1...count {
            #expect(text.contains("page \(number) / \(count)"))
            // On its own page, below the letter's text: the footer is the page's last line.
            let lastLine = pagesText[number - 1].split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }
            #expect(lastLine?.trimmingCharacters(in: .whitespaces) == "page \(number) / \(count)")
        }
        // The footer lives in the margin: numbering does not change the pagination.
        let plain = try printer.print([PDFDocumentRequest(source: pages[0], numberPagesWhenLong: false)])
        #expect(plain[0].pageCount == count)
        #expect(!(try PDFTestTools.text(of: plain[0].data)).contains("page 1 / "))
    }

    @Test(.enabled(if: canReadText, readTextSkipped))
    func frenchTextSurvives() throws {
        let folder = try PDFTempFolder()
        // An accented file name too: the file URL is percent-encoded.
        try folder.write("letter.css", PDFTestPages.css)
        let page = try folder.write("débiteur é.html", PDFTestPages.page(title: "Échéance dépassée", paragraphs: 1))
        let printer = try printer()
        defer { printer.close() }
        let pdf = try printer.print([PDFDocumentRequest(source: page)])[0].data
        let text = try PDFTestTools.text(of: pdf)
        #expect(text.contains("Échéance dépassée"))
        #expect(text.contains("impayée à ce jour"))
        #expect(text.contains("d’un montant"))
        // Skia draws U+202F and records it as `/ActualText <feff202f>`, which copy and paste in a
        // PDF viewer honours but poppler ignores: pdftotext prints the gap as a plain space (and
        // the no-break space before € too). So the amount is checked as pdftotext sees it, and
        // U+202F in the uncompressed PDF when qpdf is there to uncompress it.
        #expect(text.contains("1 234,56 €") || text.contains("1\u{202F}234,56\u{00A0}€"))
        if let uncompressed = try PDFTestTools.uncompressed(pdf) {
            #expect(uncompressed.contains("/ActualText <feff202f>"))
        }
    }

    @Test(.enabled(if: canReadText, readTextSkipped))
    func aBatchComesBackInOrderAndThePrinterIsReusable() throws {
        let folder = try PDFTempFolder()
        let titles = (0..<7).map { "Lettre numéro \($0)" }
        let pages = try PDFTestPages.write(titles, into: folder)
        let printer = try printer { $0.tabs = 3 }
        defer { printer.close() }
        for _ in 0..<2 {
            let printed = try printer.print(pages.map { PDFDocumentRequest(source: $0) })
            #expect(printed.count == titles.count)
            for (index, pdf) in printed.enumerated() {
                let text = try PDFTestTools.text(of: pdf.data)
                #expect(text.contains("repère-\(index)"), "document \(index) out of place")
                #expect(pdf.pageCount == 1)
            }
        }
        #expect(try printer.print([]).isEmpty)
    }

    @Test func aMissingFileIsNamedInTheError() throws {
        let folder = try PDFTempFolder()
        let pages = try PDFTestPages.write(["Présente"], into: folder)
        let printer = try printer()
        defer { printer.close() }
        let missing = folder.url("absente.html")
        let error = #expect(throws: PDFPrintError.self) {
            try printer.print([PDFDocumentRequest(source: pages[0]), PDFDocumentRequest(source: missing)])
        }
        #expect(error?.document == missing.path)
        #expect(error?.description.contains("absente.html") == true)
        // Still usable afterwards.
        #expect(try printer.print([PDFDocumentRequest(source: pages[0])]).count == 1)
    }

    @Test func aPageThatNeverFinishesLoadingTimesOutAndTheNextBatchPrints() throws {
        let folder = try PDFTempFolder()
        let pages = try PDFTestPages.write(["Normale"], into: folder)
        // A FIFO nobody writes to: reading it never ends, so the page's load never completes.
        let fifo = folder.url("never.css").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let stuck = try folder.write("stuck.html", """
            <!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="never.css"></head>
            <body><p>bloquée</p></body></html>
            """)
        let printer = try printer { $0.timeoutPerDocument = .seconds(3) }
        defer { printer.close() }
        let started = ContinuousClock.now
        let error = #expect(throws: PDFPrintError.self) {
            try printer.print([PDFDocumentRequest(source: stuck)])
        }
        #expect(ContinuousClock.now - started < .seconds(20))
        #expect(error?.document == stuck.path)
        #expect(error?.reason.contains("not printed within") == true)
        #expect(try printer.print([PDFDocumentRequest(source: pages[0])])[0].pageCount == 1)
    }

    @Test func aProgramThatIsNotChromiumFailsToStartWithAClearMessage() throws {
        let folder = try PDFTempFolder()
        let fake = try folder.write("chromium", "#!/bin/sh\necho 'not a browser' >&2\nexit 3\n", executable: true)
        let error = #expect(throws: PDFPrintError.self) {
            try PDFPrinter(chromium: fake)
        }
        #expect(error?.description.contains("did not start") == true)
        #expect(error?.description.contains("exit status 3") == true)
        #expect(error?.description.contains("not a browser") == true)
    }

    @Test func closingRemovesTheTemporaryProfile() throws {
        let printer = try printer()
        let folder = try #require(printer.temporaryFolder)
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "profile").path))
        printer.close()
        printer.close()  // twice is harmless
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        #expect(printer.temporaryFolder == nil)
    }
}
