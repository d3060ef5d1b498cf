import Foundation
import RelanceTestSupport
import Testing
@testable import RelancePDF

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

    /// The printed letters as files, each a piece of its page count.
    private func pieces(_ letters: [PrintedPDF], in folder: PDFTempFolder) throws -> [PDFMerger.Piece] {
        try letters.enumerated().map {
            PDFMerger.Piece(files: [try folder.write("\($0.offset).pdf", bytes: $0.element.data)], pageCount: $0.element.pageCount)
        }
    }

    @Test func assemblingGivesTheSumOfThePagesInOrder() throws {
        let folder = try PDFTempFolder()
        let letters = try printedLetters(in: folder)
        let merger = try #require(PDFTestTools.qpdf)
        let joined = try merger.assemble(try pieces(letters, in: folder), info: PDFDocumentInfo(title: "Lot", date: "20260615"),
                                         scratch: folder.url("scratch"))
        #expect(letters[1].pageCount > 1)
        #expect(PDFPageCount.count(joined) == letters[0].pageCount + letters[1].pageCount)
        if PDFTestTools.pdftotext != nil {
            let text = try PDFTestTools.text(of: joined)
            let first = try #require(text.range(of: "courte"))
            let second = try #require(text.range(of: "longue"))
            #expect(first.lowerBound < second.lowerBound)
        }
    }

    @Test func assemblingTwiceGivesTheSameBytesDatedTheBuildDate() throws {
        let folder = try PDFTempFolder()
        let letters = try printedLetters(in: folder)
        let merger = try #require(PDFTestTools.qpdf)
        let info = PDFDocumentInfo(title: "Lot", date: "20260615")
        let once = try merger.assemble(try pieces(letters, in: folder), info: info, scratch: folder.url("scratch"))
        let twice = try merger.assemble(try pieces(letters, in: folder), info: info, scratch: folder.url("scratch"))
        #expect(once == twice)
        let text = String(decoding: once, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20260615)") && text.contains("/ModDate (D:20260615)"))
    }

    @Test func aDamagedInputIsAClearError() throws {
        let folder = try PDFTempFolder()
        let merger = try #require(PDFTestTools.qpdf)
        let bad = try folder.write("bad.pdf", "this is not a PDF")
        let info = PDFDocumentInfo(title: "Lot", date: "20260615")
        let error = #expect(throws: PDFMergeError.self) {
            try merger.assemble([PDFMerger.Piece(files: [bad], pageCount: 1)], info: info, scratch: folder.url("scratch"))
        }
        #expect(error?.description.contains("qpdf failed") == true)
        #expect(error?.description.contains("bad.pdf") == true)
        #expect(merger.pageCount(of: bad) == nil)
        #expect(throws: PDFMergeError.self) { try merger.assemble([], info: info, scratch: folder.url("scratch")) }
    }

    /// `qpdf --check` on an exhibit: a sound PDF is counted; one qpdf repairs is counted with what
    /// it repaired; one whose page tree is broken, or that is no PDF, cannot be joined.
    @Test func anExhibitIsCheckedAndCounted() throws {
        let folder = try PDFTempFolder()
        let merger = try #require(PDFTestTools.qpdf)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sound = [UInt8](try Data(contentsOf: root.appending(path: "assets/sample-book/attachments/proofs/AR-2026-009.pdf")))
        #expect(merger.inspect(try folder.write("sound.pdf", bytes: sound)) == PDFMerger.Inspection(pages: 1, finding: nil))

        var text = String(decoding: sound, as: UTF8.self)
        let startxref = try #require(text.range(of: "startxref\n"))
        let offsetEnd = try #require(text[startxref.upperBound...].firstIndex(of: "\n"))
        text.replaceSubrange(startxref.upperBound..<offsetEnd, with: "12")
        let repaired = merger.inspect(try folder.write("repaired.pdf", bytes: Array(text.utf8)))
        #expect(repaired.pages == 1 && repaired.finding == "file is damaged", "\(repaired)")

        let orphanPages = String(decoding: sound, as: UTF8.self).replacingOccurrences(of: "/Pages 2 0 R", with: "/Pages 9 0 R")
        let broken = merger.inspect(try folder.write("broken.pdf", bytes: Array(orphanPages.utf8)))
        #expect(broken.pages == nil && broken.finding != nil, "\(broken)")
        #expect(merger.inspect(try folder.write("bad.pdf", "this is not a PDF")).pages == nil)
    }
}
