import Foundation

/// The page each outline entry of a PDF points to, read with qpdf's JSON (`--json-key=outlines`):
/// where the parts of a printed `CombinedPrintDocument` start.
enum PDFOutline {
    private struct Document: Decodable {
        let outlines: [Entry]
    }

    private struct Entry: Decodable {
        let title: String
        let destpageposfrom1: Int?
        let kids: [Entry]
    }

    /// The first page (from 1) of each entry whose title starts with `prefix`, in document order
    /// (entries nested under others included).
    static func pages(of pdf: URL, titlesStartingWith prefix: String, merger: PDFMerger) throws(PDFMergeError) -> [Int] {
        let path = pdf.path(percentEncoded: false)
        let outcome: ToolRun.Outcome
        do {
            outcome = try ToolRun.run(
                merger.qpdf.path(percentEncoded: false), ["--json=2", "--json-key=outlines", "--", path],
                timeout: merger.timeout, outputLimit: 64 << 20)
        } catch {
            throw PDFMergeError(output: nil, reason: "cannot read the outline of \(path): \(error.description)")
        }
        guard outcome.status == 0 || outcome.status == 3,
              let document = try? JSONDecoder().decode(Document.self, from: Data(outcome.output.utf8)) else {
            throw PDFMergeError(output: nil, reason: "cannot read the outline of \(path) (qpdf exit status \(outcome.status))")
        }
        var found: [Int] = []
        func visit(_ entries: [Entry]) {
            for entry in entries {
                if entry.title.hasPrefix(prefix), let page = entry.destpageposfrom1 { found.append(page) }
                visit(entry.kids)
            }
        }
        visit(document.outlines)
        return found
    }
}
