import Foundation
import RelanceCore

/// The document information every joined PDF carries: its title, and creation and modification
/// dates set to the build date, so that two builds of the same book on the same date give the
/// same bytes (qpdf's `--deterministic-id` then derives the ID from the content alone).
///
/// qpdf keeps the document-level data of its primary input and takes the pages from `--pages`:
/// `templatePDF()` is that primary input, a one-page PDF holding only this information.
public struct PDFDocumentInfo: Sendable, Hashable {
    public var title: String
    /// `YYYYMMDD`: the build date.
    public var date: String

    public init(title: String, date: String) {
        self.title = title
        self.date = date
    }

    public init(title: String, day: Day) {
        self.init(title: title, date: day.iso.replacingOccurrences(of: "-", with: ""))
    }

    /// A PDF text string: UTF-16BE with its byte-order mark, in hex, which needs no escaping.
    private static func hexText(_ text: String) -> String {
        var hex = "<FEFF"
        for unit in text.utf16 { hex += String(format: "%04X", unit) }
        return hex + ">"
    }

    /// The bytes of a minimal, valid PDF: a catalog, one blank A4 page and the information dictionary.
    public func templatePDF() -> [UInt8] {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Title \(Self.hexText(title)) /Producer (Relance) /CreationDate (D:\(date)) /ModDate (D:\(date)) >>",
        ]
        var text = "%PDF-1.7\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 4 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(text.utf8)
    }
}
