import Foundation
import RelanceCore
import RelancePDF

/// `qpdf --check` on every PDF that a bundled case file holds as an exhibit, when qpdf is installed:
/// the read step checks a PDF's structure only (header, cross-reference, `%%EOF`), which a file
/// with a broken page tree or corrupt objects passes. Only bundled files are checked — they are
/// what a lawyer receives — so a large book does not pay one qpdf run per invoice PDF.
enum BundledPDFChecks {
    struct Outcome {
        /// What qpdf found in each checked file, by its path under attachments/: the case files'
        /// PDFs take the page counts and repairs from here instead of checking the copies again.
        var inspections: [String: PDFMerger.Inspection] = [:]
        /// The book with the PDFs qpdf rejects marked damaged (a warning, « Fichier à remplacer »
        /// on the bordereau, a placeholder page in the case PDF); nil when nothing is to mark.
        var marked: Book?
    }

    /// Nothing checked when there is no qpdf.
    static func run(_ r: Receivables, bookFolder: URL, bundles: BundleSelection,
                    merger: PDFMerger? = (try? PDFMerger.locate()) ?? nil) -> Outcome {
        guard let merger else { return Outcome() }
        let book = r.book
        var files = Set<String>()
        for state in r.debtors where bundles.includes(state) {
            let exhibits = ExhibitList(state: state, invoiceFiles: book.invoiceFiles, documents: book.documents(of: state.id),
                                       otherDebts: book.otherDebts, frozen: book.frozenExhibits[state.id] ?? [])
            for exhibit in exhibits.exhibits where exhibit.bookFile.lowercased().hasSuffix(".pdf") {
                if let facts = book.attachmentFacts[exhibit.bookFile], facts.problem == nil { files.insert(exhibit.bookFile) }
            }
        }
        let names = files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let attachments = bookFolder.appendingPathComponent("attachments")
        let inspections = Parallel.map(count: names.count, sequentialBelow: 2) { index in
            merger.inspect(attachments.appendingPathComponent(names[index]))
        }
        var checked = book
        let outcome = Dictionary(uniqueKeysWithValues: zip(names, inspections))
        for (name, inspection) in zip(names, inspections) where inspection.pages == nil {
            guard let facts = book.attachmentFacts[name] else { continue }
            let problem = "PDF endommagé selon qpdf --check : " + (inspection.finding ?? "aucune page lisible")
            checked.attachmentFacts[name] = AttachmentFacts(sha256: facts.sha256, problem: problem, email: facts.email)
            checked.sourceWarnings.append(.damagedAttachment(file: "attachments/\(name)", reason: problem))
        }
        return Outcome(inspections: outcome, marked: checked.sourceWarnings.count == book.sourceWarnings.count ? nil : checked)
    }
}
