import Foundation
import RelanceCore

/// Prints the postal letters of a build to PDF, one file per letter (what a user uploads to an
/// online registered-letter service), then each batch as one PDF: the letters' PDFs joined with qpdf
/// when it is installed, so that each letter keeps its own page numbers; otherwise the batch HTML
/// printed as it is. Prints from the staging folder, where the HTML was just written.
public struct LetterPDFs {
    public let chromium: URL
    public let merger: PDFMerger?

    public init(chromium: URL, merger: PDFMerger?) {
        self.chromium = chromium
        self.merger = merger
    }

    public func print(_ postal: [Letter], batches: [String], from staging: URL, into publisher: Publisher) throws -> LetterPDFReport {
        var report = LetterPDFReport()
        guard !postal.isEmpty else { return report }
        // Started only when there is something to print: a build without letters never starts a browser.
        let printer = try PDFPrinter(chromium: chromium)
        defer { printer.close() }
        let requests = postal.map { PDFDocumentRequest(source: staging.appendingPathComponent(LetterPaths.html($0))) }
        let printed = try printer.print(requests)
        for (letter, pdf) in zip(postal, printed) {
            try publisher.write(pdf.data, to: LetterPaths.pdf(letter))
            report.letters.insert(letter.reference)
        }
        for (number, batch) in batches.enumerated() {
            let range = (number * LettersBuilder.lettersPerBatch)..<min(postal.count, (number + 1) * LettersBuilder.lettersPerBatch)
            let bytes: [UInt8]
            if let merger {
                bytes = try merger.merge(range.map { printed[$0].data })
            } else {
                // Without qpdf the batch prints as one document: page numbers would run across letters.
                let request = PDFDocumentRequest(source: staging.appendingPathComponent(batch), numberPagesWhenLong: false)
                bytes = try printer.print([request])[0].data
            }
            try publisher.write(bytes, to: LetterPDFReport.pdfPath(forHTML: batch))
            report.batches.insert(batch)
        }
        return report
    }
}
