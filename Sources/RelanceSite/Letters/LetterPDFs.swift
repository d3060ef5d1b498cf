import RelancePublish
import RelancePDF
import Foundation
import RelanceCore

/// Prints the postal letters of a build to PDF, one file per letter (what a user uploads to an
/// online registered-letter service), then each batch as one PDF in which each letter keeps its
/// own page numbers; and the weekly report, in the same browser session (starting Chromium is the
/// slow part of a small print). Prints from the staging folder, where the HTML was just written.
///
/// With qpdf, the letters are printed a batch at a time and cut apart (`BatchPrinting`), and every
/// PDF carries the build date and an ID derived from its content: two builds of the same book on
/// the same date give the same bytes. Without qpdf, each letter is printed on its own and the
/// batch's HTML as one document (its page numbers then run across letters).
public struct LetterPDFs {
    public let chromium: URL
    public let merger: PDFMerger?

    public init(chromium: URL, merger: PDFMerger?) {
        self.chromium = chromium
        self.merger = merger
    }

    /// `weeklyReport`: the report's HTML path in the output, printed too when given. `printer`: a
    /// browser already started (the build starts it while it renders, and prints the case files in
    /// it too); without one, a browser is started for these letters and closed after them.
    public func print(_ printable: LetterBatches, weeklyReport: String? = nil, date: Day, printer shared: PDFPrinter? = nil,
                      from staging: URL, into publisher: Publisher) throws -> LetterPDFReport {
        let postal = printable.postal, batches = printable.batches
        var report = LetterPDFReport()
        guard !postal.isEmpty || weeklyReport != nil else { return report }
        // Started only when there is something to print: a build without letters never starts a browser.
        let printer = try shared ?? PDFPrinter(chromium: chromium)
        defer { if shared == nil { printer.close() } }
        let requests = postal.map { PDFDocumentRequest(source: staging.appendingPathComponent(SitePaths.Letters.html($0))) }
        // A one-page document: no page number.
        let reportRequest = weeklyReport.map { PDFDocumentRequest(source: staging.appendingPathComponent($0), numberPagesWhenLong: false) }
        guard let merger else {
            if let weeklyReport, let reportRequest {
                try publisher.write(try printer.print([reportRequest])[0].data, to: LetterPDFReport.pdfPath(forHTML: weeklyReport))
                report.weeklyReport = true
            }
            guard !postal.isEmpty else { return report }
            var letters = try printAlone(postal, requests: requests, batches: batches.map(\.path), printer: printer, from: staging, into: publisher)
            letters.weeklyReport = report.weeklyReport
            return letters
        }
        let scratch = try ScratchFolder.make(.printing)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var printing = BatchPrinting(printer: printer, merger: merger, scratch: scratch)
        var printed = try printing.print(requests + (reportRequest.map { [$0] } ?? []))
        if let weeklyReport, let last = printed.popLast() {
            let title = "Rapport hebdomadaire des créances du \(FrenchFormat.longDate(date))"
            let bytes = try merger.assemble([last.piece], info: PDFDocumentInfo(title: title, day: date), scratch: scratch)
            try publisher.write(bytes, to: LetterPDFReport.pdfPath(forHTML: weeklyReport))
            report.weeklyReport = true
        }
        let pieces = printed.map(\.piece), titles = printed.map { $0.title ?? "" }
        let letters = Parallel.map(count: postal.count, sequentialBelow: 2) { index in
            Result {
                let title = titles[index].isEmpty ? postal[index].reference : titles[index]
                return try merger.assemble([pieces[index]], info: PDFDocumentInfo(title: title, day: date), scratch: scratch)
            }
        }
        for (letter, pdf) in zip(postal, letters) {
            let bytes = try pdf.get()
            try publisher.write(bytes, to: SitePaths.Letters.pdf(letter))
            report.letters.insert(letter.reference)
            if letter.sendsEmail { report.emailCopyPDFs[letter.reference] = bytes }
        }
        // Each letter followed by the invoices it encloses, ready to fold into one envelope. An
        // enclosure qpdf cannot read is left out of the batch and named on the letters index.
        var enclosures: [String: PDFMerger.Piece] = [:]
        for path in Set(printable.enclosures.joined()) {
            let file = staging.appendingPathComponent(path)
            if let pages = merger.pageCount(of: file), pages > 0 {
                enclosures[path] = PDFMerger.Piece(files: [file], pageCount: pages)
            } else {
                report.unreadableEnclosures.insert(path)
            }
        }
        for batch in batches {
            let parts = batch.letters.flatMap { [pieces[$0]] + printable.enclosures[$0].compactMap { enclosures[$0] } }
            let bytes = try merger.assemble(parts, info: PDFDocumentInfo(title: batch.title, day: date), scratch: scratch)
            try publisher.write(bytes, to: LetterPDFReport.pdfPath(forHTML: batch.path))
            report.batches.insert(batch.path)
        }
        return report
    }

    /// Without qpdf: each letter printed on its own, each batch's HTML as one document.
    private func printAlone(
        _ postal: [Letter], requests: [PDFDocumentRequest], batches: [String], printer: PDFPrinter,
        from staging: URL, into publisher: Publisher
    ) throws -> LetterPDFReport {
        var report = LetterPDFReport()
        let printed = try printer.print(requests)
        for (letter, pdf) in zip(postal, printed) {
            try publisher.write(pdf.data, to: SitePaths.Letters.pdf(letter))
            report.letters.insert(letter.reference)
            if letter.sendsEmail { report.emailCopyPDFs[letter.reference] = [UInt8](pdf.data) }
        }
        for batch in batches {
            let request = PDFDocumentRequest(source: staging.appendingPathComponent(batch), numberPagesWhenLong: false)
            try publisher.write(try printer.print([request])[0].data, to: LetterPDFReport.pdfPath(forHTML: batch))
            report.batches.insert(batch)
        }
        return report
    }
}
