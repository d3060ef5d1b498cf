import Foundation
import RelancePDF
import RelanceTestSupport
import Testing

/// Every document of a case file fits the A4 sheet when printed. Chromium shrinks a whole print to
/// its widest page: one table running past the margin printed the lawyer's whole case file
/// smaller (the cover's eleven columns of open invoices did, at 10 pt). Each document of the
/// sample book's case files is laid out as Chromium prints it — print media, the sheet's width
/// inside `style.css`'s margins (210 mm − 2 × 12 mm = 703 px) — and must be no wider.
@Suite(.enabled(if: PDFTestTools.chromium != nil, "Chromium is not installed (apt-get install chromium): print widths not tested"))
struct CaseFilePrintWidthTests {
    static let sheetWidth = 703

    @Test func everyCaseFileDocumentFitsTheSheet() throws {
        let temp = try TemporaryFolder()
        let out = temp.file("out")
        let run = try RelanceBinary.run(["build", "--out", out.path, "--as-of", "2026-06-15", "--no-pdf", "--bundle", "all"])
        try #require(run.status == 0, "\(run.stderr)")
        let debtors = out.appendingPathComponent("debtors")
        var documents: [URL] = []
        for entry in try FileManager.default.contentsOfDirectory(at: debtors, includingPropertiesForKeys: nil) {
            if entry.pathExtension == "html" { documents.append(entry); continue }
            documents += try FileManager.default.contentsOfDirectory(at: entry, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "html" }
        }
        try #require(documents.count > 30, "the sample book's case files: \(documents.count) documents")

        var options = PageInspector.Options()
        options.width = Self.sheetWidth
        options.media = "print"
        let inspector = try PageInspector(chromium: #require(PDFTestTools.chromium), options: options)
        defer { inspector.close() }
        for document in documents.sorted(by: { $0.path < $1.path }) {
            let width = try inspector.inspect(document).contentWidth
            #expect(width <= Self.sheetWidth, "\(document.path.dropFirst(debtors.path.count + 1)) is \(width) px wide in print")
        }
    }
}
