import Foundation
import RelanceCore

/// The e-invoices of `[sources] einvoices`: every `.xml` file of each folder (or matching each
/// pattern) read as UBL or CII, and every `.pdf` as a Factur-X, its embedded XML taken out with
/// qpdf, by invoice number. A PDF without one is the PDF of the invoice its name gives, as
/// `attachments/invoices/` has it, and warned about when no invoice has that number.
enum EInvoiceSource {
    struct Read {
        var byNumber: [String: EInvoice] = [:]
        /// PDFs without embedded invoice data, by file name.
        var plainPDFs: [String] = []
        var warnings: [BuildWarning] = []
        var totals = EInvoiceTotals()
    }

    static func read(book folder: URL, patterns: [String], log: ErrorLog, stamps: SourceStamps,
                     qpdf: String? = FacturX.qpdf()) -> Read {
        var read = Read()
        var pdfsWithoutTool = 0
        for pattern in patterns {
            for name in files(pattern, in: folder, pdf: true) {
                read.totals.files += 1
                let url = folder.appendingPathComponent(name)
                let bytes: [UInt8]
                let isPDF = name.lowercased().hasSuffix(".pdf")
                if isPDF {
                    guard let qpdf else { pdfsWithoutTool += 1; read.totals.unread += 1; continue }
                    _ = SourceText.readBytes(url, fileName: name, log: log, inBook: false, stamps: stamps)
                    switch FacturX.embeddedXML(pdf: url.path, qpdf: qpdf) {
                    case .xml(let xml): bytes = xml
                    case .none: read.plainPDFs.append(name); read.totals.plainPDFs += 1; continue
                    case .unreadable(let why):
                        read.warnings.append(.unreadableEInvoice(file: name, reason: why))
                        read.totals.unread += 1
                        continue
                    }
                } else {
                    guard let xml = SourceText.readBytes(url, fileName: name, log: log, inBook: false, stamps: stamps) else {
                        read.totals.withErrors += 1
                        continue
                    }
                    bytes = xml
                }
                guard let invoice = EInvoiceReader.read(bytes, fileName: name, log: log) else { read.totals.withErrors += 1; continue }
                if isPDF { read.totals.facturX += 1 } else { read.totals.xml += 1 }
                guard let first = read.byNumber[invoice.number] else { read.byNumber[invoice.number] = invoice; continue }
                // A Factur-X and its XML side by side say the same: counted once, silently.
                read.totals.duplicates += 1
                if !first.saysTheSame(as: invoice) {
                    read.warnings.append(.eInvoiceDuplicate(number: invoice.number, kept: first.file, ignored: invoice.file))
                }
            }
        }
        if pdfsWithoutTool > 0 { read.warnings.append(.facturXWithoutQPDF(pdfs: pdfsWithoutTool)) }
        return read
    }

    /// The plain PDFs whose file name gives no invoice (`/` written `_`, as under attachments/invoices/).
    static func withoutInvoice(_ plainPDFs: [String], isInvoice: (String) -> Bool) -> [BuildWarning] {
        plainPDFs.filter { file in
            let stem = String((file.split(separator: "/").last ?? "").dropLast(4))
            return !isInvoice(stem) && !isInvoice(stem.replacingOccurrences(of: "_", with: "/"))
        }.map { .pdfWithoutInvoice(file: $0) }
    }

    /// A folder's `.xml` files (and `.pdf` when `pdf`), or the files a pattern matches, in name order.
    static func files(_ pattern: String, in folder: URL, pdf: Bool = false) -> [String] {
        var isDirectory: ObjCBool = false
        let url = folder.appendingPathComponent(pattern)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { !$0.hasPrefix(".") && ($0.lowercased().hasSuffix(".xml") || (pdf && $0.lowercased().hasSuffix(".pdf"))) }
                .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
                .map { pattern.hasSuffix("/") ? pattern + $0 : pattern + "/" + $0 }
        }
        return BookGlob.files(matching: pattern, in: folder)
    }
}
