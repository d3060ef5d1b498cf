import Foundation
import RelanceCore

/// The e-invoices of `[sources] einvoices`: every `.xml` file of each folder (or matching each
/// pattern), read as UBL or CII, by invoice number. PDFs there are left to the invoice-PDF
/// convention (`attachments/invoices/<number>.pdf`).
enum EInvoiceSource {
    static func read(book folder: URL, patterns: [String], log: ErrorLog, stamps: SourceStamps) -> [String: EInvoice] {
        var byNumber: [String: EInvoice] = [:]
        for pattern in patterns {
            for name in files(pattern, in: folder) {
                guard let bytes = SourceText.readBytes(folder.appendingPathComponent(name), fileName: name, log: log,
                                                       inBook: false, stamps: stamps),
                      let invoice = EInvoiceReader.read(bytes, fileName: name, log: log) else { continue }
                if byNumber[invoice.number] == nil { byNumber[invoice.number] = invoice }
            }
        }
        return byNumber
    }

    /// A folder's `.xml` files, or the files a pattern matches, in name order.
    static func files(_ pattern: String, in folder: URL) -> [String] {
        var isDirectory: ObjCBool = false
        let url = folder.appendingPathComponent(pattern)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.lowercased().hasSuffix(".xml") && !$0.hasPrefix(".") }
                .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
                .map { pattern.hasSuffix("/") ? pattern + $0 : pattern + "/" + $0 }
        }
        return BookGlob.files(matching: pattern, in: folder)
    }
}
