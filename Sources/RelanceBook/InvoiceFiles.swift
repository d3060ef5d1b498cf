import Foundation
import RelanceCore

/// Finds each invoice's own PDF, `attachments/invoices/<reference>.pdf` with every `/` or `\` of the
/// reference written `_` (assets/docs/book-format.md). The folder is listed once rather than probed per invoice,
/// because a million-invoice ledger would otherwise cost a million failed `realpath` calls.
enum InvoiceFiles {
    static let folder = "invoices"

    /// The file name an invoice's PDF has under attachments/invoices/.
    static func fileName(for reference: String) -> String {
        String(reference.map { $0 == "/" || $0 == "\\" ? "_" : $0 }) + ".pdf"
    }

    /// Reference → path relative to attachments/, for the invoices whose PDF is present and confined.
    /// A file that leads outside attachments/ through a link is an error of the invoice's ledger line.
    static func find(ledger: [LedgerEntry], attachments: AttachmentsFolder, log: ErrorLog) -> [String: String] {
        guard let root = attachments.resolvedPath,
              let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder), !names.isEmpty
        else { return [:] }
        let present = Set(names)
        var found: [String: String] = [:]
        for entry in ledger where entry.kind == .invoice {
            let name = fileName(for: entry.reference)
            guard present.contains(name) else { continue }
            let path = "\(folder)/\(name)"
            switch attachments.check(path) {
            case .success(let relative):
                found[entry.reference] = relative
            case .failure(.missing):
                continue // a dangling link: no invoice file, as if absent
            case .failure(let problem):
                log.add(entry.location.file, line: entry.location.line, column: 1, "reference",
                        "invoice file: " + AttachmentsFolder.explain(problem, path: "attachments/" + path),
                        row: entry.location.line)
            }
        }
        return found
    }
}
