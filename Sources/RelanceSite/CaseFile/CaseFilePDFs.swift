import RelancePublish
import RelancePDF
import Foundation
import RelanceCore

/// Prints each bundled case file into one PDF, `debtors/<slug>/<slug>.pdf`: cover, décompte,
/// chronology and bordereau printed by Chromium, then the exhibits in number order, joined with
/// qpdf. Runs once every folder is written (it prints from the staging folder). Every HTML part
/// of every case file is printed in a few batches (`BatchPrinting`); a PDF exhibit qpdf cannot
/// read is replaced by a page naming it and its SHA-256 (`UnreadableExhibitPage`).
///
/// Without Chromium or qpdf there is no PDF: `note(chromium:qpdf:)` says what to install. The ZIP
/// and every HTML file are there regardless.
public struct CaseFilePDFs {
    public let printer: PDFPrinter
    public let merger: PDFMerger

    public init(printer: PDFPrinter, merger: PDFMerger) {
        self.printer = printer
        self.merger = merger
    }

    /// Why case files have no PDF, when a tool is missing (nil when both are there).
    public static func note(chromiumFound: Bool, qpdfFound: Bool) -> String? {
        var missing: [String] = []
        if !chromiumFound { missing.append("Chromium (\(ChromiumLocator.installAdvice), ou --chromium)") }
        if !qpdfFound { missing.append("qpdf (\(PDFMerger.installAdvice))") }
        guard !missing.isEmpty else { return nil }
        return "PDF des dossiers non produits : il faut " + missing.joined(separator: " et ")
            + ". L'archive ZIP de chaque dossier est produite quand même."
    }

    /// `date`: the build date, the PDFs' creation and modification date. `checked`: what qpdf
    /// already found in the book's PDFs (by path under attachments/), which their copies are not
    /// checked again for.
    package func print(_ jobs: [CaseFilePrintJob], date: Day, checked: [String: PDFMerger.Inspection] = [:],
                      from staging: URL, into publisher: Publisher) throws -> CaseFilePDFReport {
        var report = CaseFilePDFReport()
        guard !jobs.isEmpty else { return report }
        let scratch = try ScratchFolder.make(.printing)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)

        // The PDF exhibits' pages, counted by qpdf: one it cannot read gets a placeholder page,
        // printed with the documents of its case file (its folder).
        let exhibits = jobs.flatMap { job in job.parts.compactMap { part -> (path: String, folder: String)? in
            guard case .pdf(let path) = part else { return nil }
            return ("\(job.folder)/\(path)", job.folder)
        } }
        let exhibitPaths = exhibits.map(\.path)
        // The book's file each copy was made from, to find what qpdf found in it at load.
        let bookFiles = Dictionary(jobs.flatMap { job in
            job.sources.filter { $0.value.hasPrefix("attachments/") }
                .map { ("\(job.folder)/\($0.key)", String($0.value.dropFirst("attachments/".count))) }
        }, uniquingKeysWith: { first, _ in first })
        // What a note names: the book's file, which the user replaces, and the copy in the folder.
        var described: [String: String] = [:]
        for job in jobs {
            for (path, source) in job.sources { described["\(job.folder)/\(path)"] = "\(source) (\(job.folder)/\(path))" }
        }
        let damaged = Set(jobs.flatMap { job in job.damaged.map { "\(job.folder)/\($0)" } })
        let merger = merger
        let inspections = Parallel.map(count: exhibitPaths.count, sequentialBelow: 2) { index -> PDFMerger.Inspection? in
            // A file the build found damaged is not joined even when qpdf could repair it: the
            // lawyer gets the page that names it, and the warning says to replace it.
            if damaged.contains(exhibitPaths[index]) { return nil }
            if let file = bookFiles[exhibitPaths[index]], let known = checked[file] { return known }
            return merger.inspect(staging.appendingPathComponent(exhibitPaths[index]))
        }
        var pageCounts: [String: Int] = [:]
        // Every HTML part of every job, and the placeholders, printed together.
        var requests: [PDFDocumentRequest] = []
        var requestIndex: [String: Int] = [:]
        for ((path, folder), inspection) in zip(exhibits, inspections) {
            if let pages = inspection?.pages {
                pageCounts[path] = pages
                if let finding = inspection?.finding {
                    report.notes.append("\(described[path] ?? path) : qpdf --check l'a lu en le réparant (\(finding)) ; joint au PDF du dossier, mais remplacez-le par un exemplaire sain.")
                }
                continue
            }
            let file = staging.appendingPathComponent(path)
            let sha = (try? Data(contentsOf: file)).map { SHA256Hex.of([UInt8]($0)) } ?? "(fichier illisible)"
            guard let html = UnreadableExhibitPage.html(file: (path as NSString).lastPathComponent, sha256: sha) else { continue }
            let placeholder = scratch.appending(path: "unreadable-\(requests.count).html")
            try Data(html).write(to: placeholder)
            requestIndex[path] = requests.count
            requests.append(PDFDocumentRequest(source: placeholder, group: folder))
            let finding = inspection?.finding.map { " (qpdf --check : \($0))" } ?? ""
            report.notes.append("\(described[path] ?? path) : PDF illisible\(finding), remplacé dans le PDF du dossier par une page qui le nomme avec son SHA-256.")
        }
        // The « Pièce n° N » marks: one page per number (`ExhibitStampPage`), laid over every page
        // of each exhibit copy that carries it (qpdf takes the same page as often as asked).
        let stampNumbers = Set(jobs.flatMap(\.stamps.values)).sorted()
        var stampSheetIndex: Int?
        if !stampNumbers.isEmpty, let html = ExhibitStampPage.sheet(numbers: stampNumbers) {
            let sheet = scratch.appending(path: "stamps.html")
            try Data(html).write(to: sheet)
            stampSheetIndex = requests.count
            requests.append(PDFDocumentRequest(source: sheet, numberPagesWhenLong: false, group: "stamps"))
        }
        // Each case file's documents are batched apart from the others': its PDF has the same
        // bytes whatever else is bundled, so a folder a rebuild carries over keeps the PDF a fresh
        // build would make.
        for job in jobs {
            for case (let index, .html(let path)) in job.parts.enumerated() {
                let full = "\(job.folder)/\(path)"
                requestIndex[full] = requests.count
                // An HTML exhibit is printed as it is, without Relance's page numbers: it is marked instead.
                requests.append(PDFDocumentRequest(source: staging.appendingPathComponent(full),
                                                   numberPagesWhenLong: index < job.generatedDocuments, group: job.folder))
            }
        }
        var printing = BatchPrinting(printer: printer, merger: merger, scratch: scratch.appending(path: "printed"))
        let printed = try printing.print(requests)

        let printedIndex = requestIndex, exhibitPageCounts = pageCounts
        let stampPages = Self.stampPages(stampNumbers, printed: stampSheetIndex.map { printed[$0] })
        if !stampNumbers.isEmpty && stampPages.isEmpty {
            report.notes.append("Marques « Pièce n° » non apposées dans les PDF des dossiers : leur feuille ne s'est pas imprimée une page par numéro.")
        }
        let assembled = Parallel.map(count: jobs.count, sequentialBelow: 2) { number in
            let job = jobs[number]
            let pieces = job.parts.map { part -> PDFMerger.Piece in
                let path: String
                switch part { case .html(let html): path = html; case .pdf(let pdf): path = pdf }
                let full = "\(job.folder)/\(path)"
                var piece: PDFMerger.Piece
                if case .pdf = part, let pages = exhibitPageCounts[full] {
                    piece = PDFMerger.Piece(files: [staging.appendingPathComponent(full)], pageCount: pages)
                } else {
                    piece = printed[printedIndex[full]!].piece
                }
                // A placeholder standing for an unreadable exhibit is marked with its number too.
                if piece.footer.isEmpty, let exhibit = job.stamps[path], let stamp = stampPages[exhibit] {
                    piece.footer = Array(repeating: stamp, count: piece.pageCount)
                }
                return piece
            }
            let info = PDFDocumentInfo(title: job.title, day: date)
            return Result { () throws -> ([UInt8], String?) in
                do {
                    let joined = try merger.assemble(pieces, info: info, scratch: scratch)
                    return (try merger.addingBookmarks(Self.bookmarks(job.titles, pieces), to: joined, scratch: scratch), nil)
                } catch {
                    // An exhibit qpdf counted but cannot join must not cost the build: the case
                    // file's PDF then holds the generated documents, and the build says so.
                    let generated = Array(pieces.prefix(job.generatedDocuments))
                    let joined = try merger.assemble(generated, info: info, scratch: scratch)
                    return (try merger.addingBookmarks(Self.bookmarks(job.titles, generated), to: joined, scratch: scratch),
                            "dossier \(job.debtorID) : pièces non jointes au PDF (\(error)) ; elles restent dans le dossier et l'archive ZIP.")
                }
            }
        }
        for (job, outcome) in zip(jobs, assembled) {
            let (bytes, note) = try outcome.get()
            try publisher.write(bytes, to: "\(job.folder)/\(job.output)")
            if let note { report.notes.append(note) }
            report.written.append(job.debtorID)
        }
        return report
    }

    /// Where each number's mark is in the printed sheet: none when the sheet did not print one page
    /// per mark after its glyph page (a mark on the wrong exhibit would be worse than none).
    static func stampPages(_ numbers: [Int], printed sheet: BatchPrinting.Pages?) -> [Int: PDFMerger.PageSpan] {
        guard let sheet, sheet.pageCount == numbers.count + 1, sheet.spans.count == 1 else { return [:] }
        let span = sheet.spans[0], first = span.pages?.lowerBound ?? 1
        return Dictionary(uniqueKeysWithValues: numbers.enumerated().map { position, number in
            let page = first + 1 + position
            return (number, PDFMerger.PageSpan(span.file, pages: page...page))
        })
    }

    /// Each part's title at its first page.
    static func bookmarks(_ titles: [String], _ pieces: [PDFMerger.Piece]) -> [PDFMerger.Bookmark] {
        var page = 1
        return zip(titles, pieces).map { title, piece in
            defer { page += piece.pageCount }
            return PDFMerger.Bookmark(title: title, page: page)
        }
    }
}

/// What the case files' PDF step produced.
public struct CaseFilePDFReport: Sendable {
    /// Ids of the debtors whose case file has its PDF.
    public var written: [String] = []
    /// Problems worth a line on the console; and, when no PDF could be made, why.
    public var notes: [String] = []

    public init(written: [String] = [], notes: [String] = []) {
        self.written = written
        self.notes = notes
    }
}
