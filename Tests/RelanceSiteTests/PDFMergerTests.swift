import Foundation
import Testing
@testable import RelanceSite

@Suite(.serialized,
       .enabled(if: PDFTestTools.chromium != nil, "Chromium is not installed (apt-get install chromium): PDF joining not tested"),
       .enabled(if: PDFTestTools.qpdf != nil, "qpdf is not installed (apt-get install qpdf): PDF joining not tested"))
struct PDFMergerTests {
    /// A one-page and a long letter, printed.
    private func printedLetters(in folder: PDFTempFolder) throws -> [PrintedPDF] {
        try folder.write("letter.css", PDFTestPages.css)
        let short = try folder.write("short.html", PDFTestPages.page(title: "Courte", paragraphs: 2, marker: "courte"))
        let long = try folder.write("long.html", PDFTestPages.page(title: "Longue", paragraphs: 50, marker: "longue"))
        let printer = try PDFPrinter(chromium: try #require(PDFTestTools.chromium))
        defer { printer.close() }
        return try printer.print([PDFDocumentRequest(source: short), PDFDocumentRequest(source: long)])
    }

    @Test func joiningGivesTheSumOfThePagesInOrder() throws {
        let folder = try PDFTempFolder()
        let letters = try printedLetters(in: folder)
        let merger = try #require(PDFTestTools.qpdf)
        let inputs = try letters.enumerated().map { try folder.write("\($0.offset).pdf", bytes: $0.element.data) }
        let output = folder.url("batch.pdf")
        try merger.merge(inputs, into: output)
        let joined = [UInt8](try Data(contentsOf: output))
        #expect(letters[1].pageCount > 1)
        #expect(PDFPageCount.count(joined) == letters[0].pageCount + letters[1].pageCount)
        if PDFTestTools.pdftotext != nil {
            let text = try PDFTestTools.text(of: joined)
            let first = try #require(text.range(of: "courte"))
            let second = try #require(text.range(of: "longue"))
            #expect(first.lowerBound < second.lowerBound)
        }
    }

    @Test func joiningTwiceGivesTheSameBytesWithoutDates() throws {
        let folder = try PDFTempFolder()
        let letters = try printedLetters(in: folder)
        let merger = try #require(PDFTestTools.qpdf)
        let once = try merger.merge(letters.map(\.data))
        let twice = try merger.merge(letters.map(\.data))
        #expect(once == twice)
        #expect(!String(decoding: once, as: UTF8.self).contains("/CreationDate"))
    }

    @Test func aDamagedInputIsAClearError() throws {
        let folder = try PDFTempFolder()
        let merger = try #require(PDFTestTools.qpdf)
        let bad = try folder.write("bad.pdf", "this is not a PDF")
        let error = #expect(throws: PDFMergeError.self) {
            try merger.merge([bad], into: folder.url("out.pdf"))
        }
        #expect(error?.description.contains("qpdf failed") == true)
        #expect(error?.description.contains("bad.pdf") == true)
        #expect(throws: PDFMergeError.self) { try merger.merge([], into: folder.url("out.pdf")) }
    }
}
