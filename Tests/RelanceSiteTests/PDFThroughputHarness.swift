import Foundation
import Testing
@testable import RelanceSite

/// Not a timed test: a harness run by hand to measure printing speed, skipped otherwise.
///     RELANCE_PDF_BENCH=1 swift test -c release --scratch-path .build-pdf --filter PDFThroughputHarness
/// Prints, for 100 one-page letters: (a) 100 documents through one browser, with 1 to 4 tabs;
/// (b) one 100-page document; and the browser's start and close.
@Suite("PDF throughput (by hand)", .serialized)
struct PDFThroughputHarness {
    static let enabled = ProcessInfo.processInfo.environment["RELANCE_PDF_BENCH"] == "1" && PDFTestTools.chromium != nil

    private static func seconds(_ duration: Duration) -> String {
        let (whole, fraction) = duration.components
        return String(format: "%.2f s", Double(whole) + Double(fraction) * 1e-18)
    }

    /// 100 letters of one page each, and the same 100 as one document, page breaks between them.
    private static func writeLetters(into folder: PDFTempFolder) throws -> (letters: [URL], batch: URL) {
        let letters = try PDFTestPages.write((0..<100).map { "Relance n° \($0 + 1)" }, paragraphs: 4, into: folder)
        let sections = (0..<100).map { index in
            "<section><h1>Relance n° \(index + 1)</h1><p>repère-\(index)</p>"
                + String(repeating: "<p>\(PDFTestPages.paragraph)</p>", count: 4) + "</section>"
        }
        let batch = try folder.write("batch.html", """
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Lot</title>
            <link rel="stylesheet" href="letter.css"></head><body>\(sections.joined())</body></html>
            """)
        return (letters, batch)
    }

    @Test(.enabled(if: enabled)) func hundredLetters() throws {
        let chromium = try #require(PDFTestTools.chromium)
        let folder = try PDFTempFolder()
        let (letters, batch) = try Self.writeLetters(into: folder)
        let clock = ContinuousClock()
        var report: [String] = []
        for tabs in [1, 2, 3, 4] {
            var options = PDFPrinter.Options()
            options.tabs = tabs
            var printer: PDFPrinter?
            let start = try clock.measure { printer = try PDFPrinter(chromium: chromium, options: options) }
            let session = try #require(printer)
            var printed: [PrintedPDF] = []
            let separate = try clock.measure { printed = try session.print(letters.map { PDFDocumentRequest(source: $0) }) }
            #expect(printed.allSatisfy { $0.pageCount == 1 })
            let again = try clock.measure { printed = try session.print(letters.map { PDFDocumentRequest(source: $0) }) }
            var single: [PrintedPDF] = []
            let whole = try clock.measure { single = try session.print([PDFDocumentRequest(source: batch, numberPagesWhenLong: false)]) }
            #expect(single.first?.pageCount == 100)
            let close = clock.measure { session.close() }
            report.append("tabs \(tabs): start \(Self.seconds(start)), (a) 100 documents \(Self.seconds(separate)) "
                + "(again, tabs open: \(Self.seconds(again))), (b) one 100-page document \(Self.seconds(whole)), close \(Self.seconds(close))")
        }
        print("PDF throughput, 100 one-page letters:\n  " + report.joined(separator: "\n  "))
    }
}
