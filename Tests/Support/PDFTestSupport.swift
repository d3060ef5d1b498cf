import Foundation
import RelancePDF

/// A fresh folder for the PDF tests, removed when the test lets go of it.
package final class PDFTempFolder {
    package let root: URL

    package init() throws {
        root = FileManager.default.temporaryDirectory
            .appending(path: "relance-pdf-test-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    package func url(_ relative: String) -> URL { root.appending(path: relative) }

    @discardableResult
    package func write(_ relative: String, _ text: String, executable: Bool = false) throws -> URL {
        let file = url(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path) }
        return file
    }

    package func write(_ relative: String, bytes: [UInt8]) throws -> URL {
        let file = url(relative)
        try Data(bytes).write(to: file)
        return file
    }
}

/// The programs the real printing tests need, found on PATH; nil when not installed, and the
/// tests that need them are skipped with a note saying what to install.
package enum PDFTestTools {
    package static let environment = ProcessInfo.processInfo.environment
    package static let chromium: URL? = try? ChromiumLocator.locate(explicit: nil, environment: environment)
    package static let qpdf: PDFMerger? = try? PDFMerger.locate(environment: environment)
    package static let pdftotext: String? = ExecutableSearch.find(["pdftotext"], searchPath: environment["PATH"])
    package static let pdftoppm: String? = ExecutableSearch.find(["pdftoppm"], searchPath: environment["PATH"])

    /// Every page rendered at 50 dpi as grey-level PGM images, concatenated: equal bytes, equal
    /// pixels, whatever the PDFs' dates and ids.
    package static func pixels(of pdf: [UInt8]) throws -> [UInt8] {
        guard let pdftoppm else { return [] }
        let folder = try PDFTempFolder()
        let file = try folder.write("in.pdf", bytes: pdf)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftoppm)
        process.arguments = ["-r", "50", "-gray", file.path, folder.url("page").path]
        try process.run()
        process.waitUntilExit()
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.root.path).filter { $0.hasPrefix("page") }.sorted()
        return try pages.flatMap { [UInt8](try Data(contentsOf: folder.url($0))) }
    }

    /// A PDF with its streams uncompressed (`qpdf --qdf`), to look for what pdftotext does not
    /// show; nil without qpdf.
    package static func uncompressed(_ pdf: [UInt8]) throws -> String? {
        guard let qpdf else { return nil }
        let folder = try PDFTempFolder()
        let input = try folder.write("in.pdf", bytes: pdf)
        let output = folder.url("out.pdf")
        let process = Process()
        process.executableURL = qpdf.qpdf
        process.arguments = ["--qdf", "--object-streams=disable", input.path, output.path]
        try process.run()
        process.waitUntilExit()
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }

    /// What qpdf writes to its standard output for `arguments`; nil without qpdf or when it fails.
    package static func qpdfOutput(_ arguments: [String]) throws -> [UInt8]? {
        guard let qpdf else { return nil }
        let run = try ToolOutput.run(qpdf.qpdf, arguments)
        return run.status == 0 || run.status == 3 ? run.bytes : nil
    }

    /// The text of a PDF, page layout kept (`pdftotext -layout`), pages separated by form feeds.
    package static func text(of pdf: [UInt8]) throws -> String {
        guard let pdftotext else { return "" }
        let folder = try PDFTempFolder()
        let file = try folder.write("in.pdf", bytes: pdf)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = ["-layout", "-enc", "UTF-8", file.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Letter-like pages: A4 with the letters' margins, French text.
package enum PDFTestPages {
    package static let css = """
        @page { size: A4; margin: 20mm 18mm 18mm; }
        body { font-family: serif; font-size: 11pt; }
        section { break-after: page; }
        """

    package static let paragraph = "Madame, Monsieur, sauf erreur de notre part, la facture F-2026-042 d’un montant de "
        + "1\u{202F}234,56\u{00A0}€ reste impayée à ce jour. Nous vous remercions de bien vouloir procéder "
        + "à son règlement sous huitaine."

    package static func page(title: String, paragraphs: Int, marker: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>\(title)</title>
        <link rel="stylesheet" href="letter.css"></head>
        <body><h1>\(title)</h1><p>\(marker)</p>\(String(repeating: "<p>\(paragraph)</p>", count: paragraphs))</body></html>
        """
    }

    /// Writes `letter.css` and one page per title into `folder`; returns the pages' URLs.
    package static func write(_ titles: [String], paragraphs: Int = 3, into folder: PDFTempFolder) throws -> [URL] {
        try folder.write("letter.css", css)
        return try titles.enumerated().map { index, title in
            try folder.write("letter-\(index).html", page(title: title, paragraphs: paragraphs, marker: "repère-\(index)"))
        }
    }
}
