import Foundation

/// Prints each bundled case file into one PDF, `debtors/<slug>/<slug>.pdf`: cover, décompte,
/// chronology and bordereau printed by Chromium, then the exhibits in number order, joined with
/// qpdf. Runs once every folder is written (it prints from the staging folder) and on one thread
/// (`PDFPrinter` is not thread-safe; the browser prints in parallel tabs itself).
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

    public func print(_ jobs: [CaseFilePrintJob], from staging: URL, into publisher: Publisher) throws -> CaseFilePDFReport {
        var report = CaseFilePDFReport()
        guard !jobs.isEmpty else { return report }
        // Every HTML part of every job in one batch, so that the browser's tabs stay busy.
        var requests: [PDFDocumentRequest] = []
        var requestIndex: [String: Int] = [:]
        for job in jobs {
            for case .html(let path) in job.parts {
                let full = "\(job.folder)/\(path)"
                requestIndex[full] = requests.count
                requests.append(PDFDocumentRequest(source: staging.appendingPathComponent(full)))
            }
        }
        let printed = try printer.print(requests)
        for job in jobs {
            var documents: [[UInt8]] = []
            for part in job.parts {
                switch part {
                case .html(let path):
                    documents.append(printed[requestIndex["\(job.folder)/\(path)"]!].data)
                case .pdf(let path):
                    documents.append([UInt8](try Data(contentsOf: staging.appendingPathComponent("\(job.folder)/\(path)"))))
                }
            }
            let joined: [UInt8]
            do {
                joined = try merger.merge(documents)
            } catch {
                // A damaged exhibit must not cost the whole build: the case file's PDF then holds
                // what was printed, and the build says which exhibits were left out.
                joined = try merger.merge(Array(documents.prefix(CaseFilePrintJob.generatedDocuments)))
                report.notes.append("dossier \(job.debtorID) : pièces PDF non jointes au PDF (\(error)) ; elles restent dans le dossier et l'archive ZIP.")
            }
            try publisher.write(joined, to: "\(job.folder)/\(job.output)")
            report.written.append(job.debtorID)
        }
        return report
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
