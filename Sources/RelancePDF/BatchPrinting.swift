import RelanceLayout
import Foundation
import RelanceCore

/// Prints many documents with few Chromium prints: documents that look alike are laid end to end
/// (`CombinedPrintDocument`), printed as one, and each document is then a range of the batch's
/// pages (`PartMarkers` finds where each starts), taken from the batch's file when assembled.
/// A document longer than one page that asks for page numbers gets them from footer-only pages of
/// its look, printed by Chromium once per look for all lengths (`PageNumberFooter`), laid over its
/// pages when it is assembled (`PDFAssembly`). A document that cannot be laid with others (scripts, a
/// foreign HTML exhibit) is printed alone. Documents of a group (`PDFDocumentRequest.group`)
/// are batched only with each other, by a fixed size: what Chromium makes of them (its font
/// subsets, its shrinking of a print wider than the page) then depends on them alone.
///
/// Every file lives in `scratch`, which the caller removes.
package struct BatchPrinting {
    package let printer: PDFPrinter
    package let merger: PDFMerger
    package let scratch: URL
    /// Documents per print. Chromium spends some 30 ms of processor time per page: 40 letters of
    /// one to three pages stay well within the printer's per-document deadline, keep the answer
    /// (base64) small, and give the tabs batches to print side by side.
    package var documentsPerBatch = 40
    /// Batches per tab at least, when there is enough to print: batches of about equal size keep
    /// every tab busy to the end (one batch of 40 décomptes, 800 pages, printed on alone for 15 s).
    package var batchesPerTab = 3
    /// Below this, documents are not split into more batches: each print costs ~100 ms.
    package var minimumBatchBytes = 256 << 10
    /// The size of a grouped document's batches (`PDFDocumentRequest.group`): fixed, so that how
    /// a group is cut depends on its own documents only (a case file, some 700 KB of HTML at most
    /// in the benchmark book, prints in one batch per look).
    package var groupBatchBytes = 4 << 20

    package init(printer: PDFPrinter, merger: PDFMerger, scratch: URL) {
        self.printer = printer
        self.merger = merger
        self.scratch = scratch
    }

    /// Where a printed document's pages are, for `PDFAssembly`.
    package struct Pages: Sendable {
        /// Its pages, in order: a range of a batch's file, or a whole file.
        package var spans: [PDFMerger.PageSpan]
        package var pageCount: Int
        /// Laid over the pages when they are assembled; as many pages as the document.
        package var footer: PDFMerger.PageSpan?
        /// The document's `<title>`, when it could be read.
        package var title: String?

        package var piece: PDFMerger.Piece {
            PDFMerger.Piece(spans: spans, pageCount: pageCount, footer: footer.map { [$0] } ?? [])
        }
    }

    /// How many documents went through each path, for measurements.
    package struct Statistics: Sendable {
        package var prints = 0
        package var combined = 0
        package var alone = 0
    }
    package private(set) var statistics = Statistics()

    package mutating func print(_ requests: [PDFDocumentRequest]) throws -> [Pages] {
        guard !requests.isEmpty else { return [] }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        var parsed: [(document: OwnedDocument, style: CombinedPrintDocument.Style)?] = requests.map { request in
            guard let document = CombinedPrintDocument.parse(request.source),
                  let style = CombinedPrintDocument.style(of: document, at: request.source) else { return nil }
            return (document, style)
        }
        // Ungrouped documents: enough batches of about equal size to keep every tab busy to the end.
        let sizes = requests.map { Self.size(of: $0.source) }
        let keys = requests.indices.map { index in parsed[index].map { BatchKey(group: requests[index].group, style: $0.style) } }
        let ungroupedBytes = requests.indices.reduce(0) { $0 + (keys[$1] != nil && requests[$1].group == nil ? sizes[$1] : 0) }
        let limit = max(minimumBatchBytes, ungroupedBytes / max(1, printer.options.tabs * batchesPerTab))
        let groupLimit = groupBatchBytes
        let batches = Self.group(keys, sizes: sizes, maximumCount: documentsPerBatch,
                                 maximumBytes: { $0.group == nil ? limit : groupLimit })
        let batchSizes = batches.map { $0.reduce(0) { $0 + sizes[$1] } }
        var batchJobs: [PDFDocumentRequest] = []
        for (number, batch) in batches.enumerated() {
            let file = scratch.appending(path: "batch-\(number).html")
            guard let html = CombinedPrintDocument.combine(batch.map { (parsed[$0]!.document, requests[$0].source) },
                                                           classOnParts: parsed[batch[0]]!.style.classOnParts) else {
                throw PDFPrintError(document: requests[batch[0]].source.path(percentEncoded: false), reason: "cannot lay it out with others for printing")
            }
            try Data(html).write(to: file)
            batchJobs.append(PDFDocumentRequest(source: file, numberPagesWhenLong: false))
        }
        // The largest batches first: a large one started last would keep one tab busy while the
        // others wait with nothing left to print.
        let printOrder = batches.indices.sorted { batchSizes[$0] != batchSizes[$1] ? batchSizes[$0] > batchSizes[$1] : $0 < $1 }
        let alone = requests.indices.filter { parsed[$0] == nil }
        let jobs = printOrder.map { batchJobs[$0] } + alone.map { requests[$0] }
        let printedInOrder = try printer.print(jobs)
        statistics.prints += jobs.count
        var byNumber = printedInOrder
        for (position, number) in printOrder.enumerated() { byNumber[number] = printedInOrder[position] }
        let printed = byNumber

        var result = [Pages?](repeating: nil, count: requests.count)
        for (offset, index) in alone.enumerated() {
            result[index] = try keepAlone(printed[batches.count + offset], index: index, in: scratch)
        }
        // Cut each batch into its documents' pages, on both cores (qpdf runs once per batch).
        let merger = merger, scratch = scratch, counts = batches.map(\.count)
        let cuts = Parallel.map(count: batches.count, sequentialBelow: 2) { number in
            Result { try Self.cut(printed[number], count: counts[number], merger: merger, into: scratch.appending(path: "batch-\(number)")) }
        }
        var uncut: [Int] = []
        for (number, batch) in batches.enumerated() {
            guard let documents = try? cuts[number].get() else {
                // Chromium's outline did not say where each document starts: print them alone.
                uncut += batch
                continue
            }
            for (position, index) in batch.enumerated() {
                result[index] = Pages(spans: [documents[position].span], pageCount: documents[position].pageCount)
            }
            statistics.combined += batch.count
        }
        if !uncut.isEmpty {
            let again = try printer.print(uncut.map { requests[$0] })
            statistics.prints += uncut.count
            for (offset, index) in uncut.enumerated() {
                result[index] = try keepAlone(again[offset], index: index, in: scratch)
                parsed[index] = nil
            }
        }
        try addFooters(to: &result, requests: requests, parsed: parsed)
        for index in requests.indices {
            if let document = parsed[index]?.document { result[index]?.title = CombinedPrintDocument.title(of: document) }
        }
        return result.map { $0! }
    }

    /// What documents printed in one batch share: their group and their look.
    struct BatchKey: Hashable {
        let group: String?
        let style: CombinedPrintDocument.Style
    }

    /// Alike documents (same style) in batches, in the order of their first document, each of at
    /// most `maximumCount` documents and, unless one document alone is more, the style's
    /// `maximumBytes`. Documents without a style are left out (printed alone).
    static func group<Style: Hashable>(_ styles: [Style?], sizes: [Int], maximumCount: Int, maximumBytes: (Style) -> Int) -> [[Int]] {
        var batches: [[Int]] = [], batchSizes: [Int] = []
        var openBatch: [Style: Int] = [:]
        for (index, style) in styles.enumerated() {
            guard let style else { continue }
            if let open = openBatch[style], batches[open].count < maximumCount, batchSizes[open] + sizes[index] <= maximumBytes(style) {
                batches[open].append(index)
                batchSizes[open] += sizes[index]
            } else {
                openBatch[style] = batches.count
                batches.append([index])
                batchSizes.append(sizes[index])
            }
        }
        return batches
    }

    /// The HTML's size, the measure of how long it takes to print.
    private static func size(of file: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file.path(percentEncoded: false)))?[.size] as? Int) ?? 0
    }

    /// A document printed on its own, as the file its pages are taken from.
    private mutating func keepAlone(_ pdf: PrintedPDF, index: Int, in scratch: URL) throws -> Pages {
        let file = scratch.appending(path: "alone-\(index).pdf")
        try Data(pdf.data).write(to: file)
        statistics.alone += 1
        return Pages(spans: [PDFMerger.PageSpan(file)], pageCount: pdf.pageCount)
    }

    /// Writes the batch's PDF with its markers taken out, and finds where each of its `count`
    /// documents starts: each document's pages, in order.
    private static func cut(_ printed: PrintedPDF, count: Int, merger: PDFMerger, into folder: URL)
        throws -> [(span: PDFMerger.PageSpan, pageCount: Int)] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let marked = folder.appending(path: "marked.pdf"), removal = folder.appending(path: "markers.json")
        let batch = folder.appending(path: "batch.pdf")
        try Data(printed.data).write(to: marked)
        guard let markers = try PartMarkers.find(in: QPDFObjects.read(marked, merger: merger), count: count),
              let last = markers.firstPages.last, last <= printed.pageCount else {
            throw PDFPrintError(document: marked.path(percentEncoded: false), reason: "the printed batch does not show where each of its \(count) documents starts")
        }
        try markers.removal.write(to: removal)
        try merger.update(marked, from: removal, into: batch)
        try? FileManager.default.removeItem(at: marked)
        let firstPages = markers.firstPages
        return firstPages.indices.map { position in
            let end = position + 1 < firstPages.count ? firstPages[position + 1] - 1 : printed.pageCount
            return (PDFMerger.PageSpan(batch, pages: firstPages[position]...end), end - firstPages[position] + 1)
        }
    }

    /// Numbers the pages of every combined document longer than one page that asks for it: one
    /// footer-only print per look, holding the footers of every length that look needs
    /// (`CombinedPrintDocument.footerPages`); each document takes the pages of its length.
    private mutating func addFooters(
        to result: inout [Pages?], requests: [PDFDocumentRequest],
        parsed: [(document: OwnedDocument, style: CombinedPrintDocument.Style)?]
    ) throws {
        // The documents to number, by look in order of first use, and the lengths each look needs.
        var looks: [CombinedPrintDocument.Style] = []
        var users: [CombinedPrintDocument.Style: [Int]] = [:]
        for index in requests.indices where requests[index].numberPagesWhenLong {
            guard let style = parsed[index]?.style, let pages = result[index]?.pageCount, pages > 1 else { continue }
            if users[style] == nil { looks.append(style) }
            users[style, default: []].append(index)
        }
        guard !looks.isEmpty else { return }
        let lengths = looks.map { style in Set(users[style]!.map { result[$0]!.pageCount }).sorted() }
        var jobs: [PDFDocumentRequest] = []
        for (number, style) in looks.enumerated() {
            let model = users[style]![0]
            guard let html = CombinedPrintDocument.footerPages(totals: lengths[number], like: parsed[model]!.document, style: style,
                                                               at: requests[model].source) else {
                throw PDFPrintError(document: requests[model].source.path(percentEncoded: false), reason: "cannot make its page-number footer")
            }
            let file = scratch.appending(path: "footer-\(number).html")
            try Data(html).write(to: file)
            jobs.append(PDFDocumentRequest(source: file, numberPagesWhenLong: false))
        }
        let printed = try printer.print(jobs)
        statistics.prints += jobs.count
        for (number, style) in looks.enumerated() {
            // Pages that do not fall where they were laid would number the wrong pages: better none.
            guard printed[number].pageCount == 1 + lengths[number].reduce(0, +) else { continue }
            let file = scratch.appending(path: "footer-\(number).pdf")
            try Data(printed[number].data).write(to: file)
            var first: [Int: Int] = [:], page = 2  // page 1 holds the glyphs
            for length in lengths[number] {
                first[length] = page
                page += length
            }
            for index in users[style]! {
                let pages = result[index]!.pageCount, start = first[pages]!
                result[index]?.footer = PDFMerger.PageSpan(file, pages: start...(start + pages - 1))
            }
        }
    }
}
