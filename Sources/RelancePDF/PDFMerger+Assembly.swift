import Foundation

/// The qpdf runs behind batch printing: splitting a printed batch into pages, counting an
/// exhibit's pages, and assembling a document from pages, footers and exhibits with its
/// document information (`PDFDocumentInfo`).
extension PDFMerger {
    /// Pages of one PDF: all of them, or `pages` (from 1). Documents printed together stay in
    /// their batch's file and are taken from it by range: pages of one file share its fonts,
    /// which the assembled PDF then holds once instead of once per page.
    public struct PageSpan: Sendable, Hashable {
        public var file: URL
        public var pages: ClosedRange<Int>?

        public init(_ file: URL, pages: ClosedRange<Int>? = nil) {
            self.file = file
            self.pages = pages
        }

        /// As qpdf's `--pages` takes it: the file, then the range if any.
        var arguments: [String] {
            [file.absoluteURL.path(percentEncoded: false)] + (pages.map { ["\($0.lowerBound)-\($0.upperBound)"] } ?? [])
        }
    }

    /// One piece of an assembled PDF: every page of `spans`, with `footer` laid page for page over them.
    public struct Piece: Sendable {
        public var spans: [PageSpan]
        public var pageCount: Int
        /// Spans of `pageCount` pages in all: one footer file, or pages taken here and there
        /// (a stamp page repeated).
        public var footer: [PageSpan]

        /// Whole files.
        public init(files: [URL], pageCount: Int, footer: URL? = nil) {
            self.init(spans: files.map { PageSpan($0) }, pageCount: pageCount, footer: footer.map { [PageSpan($0)] } ?? [])
        }

        public init(spans: [PageSpan], pageCount: Int, footer: [PageSpan]) {
            self.spans = spans
            self.pageCount = pageCount
            self.footer = footer
        }
    }

    /// `pdf` with a qpdf JSON update applied, written to `output`.
    func update(_ pdf: URL, from update: URL, into output: URL) throws(PDFMergeError) {
        try runQPDF([pdf.path(percentEncoded: false), "--update-from-json=" + update.path(percentEncoded: false), "--", output.path(percentEncoded: false)],
                    output: output.path(percentEncoded: false))
    }

    /// The number of pages of a PDF, or nil when qpdf cannot read it (a damaged enclosure).
    package func pageCount(of pdf: URL) -> Int? {
        guard let outcome = try? ToolRun.run(qpdf.path(percentEncoded: false), ["--show-npages", "--", pdf.path(percentEncoded: false)], timeout: timeout),
              outcome.status == 0 || outcome.status == 3 else { return nil }
        return outcome.output.split(separator: "\n").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.last
    }

    /// What `qpdf --check` finds in an exhibit, with its page count.
    package struct Inspection: Sendable, Equatable {
        /// Nil when the file cannot be joined: qpdf found errors, or no page.
        package var pages: Int?
        /// qpdf's first error or warning, when it has one.
        package var finding: String?
    }

    /// Checks a PDF exhibit with `qpdf --check` and counts its pages in the same run. Errors (exit
    /// 2) or a file left without pages make it unjoinable; warnings (exit 3: qpdf read it by
    /// repairing it) let it be joined, and the finding says what qpdf repaired.
    package func inspect(_ pdf: URL) -> Inspection {
        guard let outcome = try? ToolRun.run(qpdf.path(percentEncoded: false), ["--check", "--show-npages", "--", pdf.path(percentEncoded: false)],
                                             timeout: timeout) else {
            return Inspection(pages: nil, finding: "qpdf n'a pas pu le lire dans le temps imparti")
        }
        let lines = outcome.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let pages = lines.compactMap { Int($0) }.last
        let finding = lines.first { $0.hasPrefix("WARNING: ") || $0.hasPrefix("qpdf: ") || $0.hasPrefix("ERROR: ") }
            .map { Self.withoutPath($0, pdf.path(percentEncoded: false)) }
        guard outcome.status == 0 || outcome.status == 3, let pages, pages > 0 else {
            return Inspection(pages: nil, finding: finding ?? "aucune page lisible")
        }
        return Inspection(pages: pages, finding: outcome.status == 3 ? finding : nil)
    }

    /// « WARNING: /tmp/…/AR.pdf: file is damaged » → « file is damaged »: the scratch path says nothing to the reader.
    static func withoutPath(_ line: String, _ path: String) -> String {
        var text = Substring(line)
        for prefix in ["WARNING: ", "ERROR: ", "qpdf: "] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        if text.hasPrefix(path + ": ") { text = text.dropFirst(path.count + 2) }
        return String(text)
    }

    /// The pieces, in order, as one PDF carrying `info`; the same inputs give the same bytes.
    public func assemble(_ pieces: [Piece], info: PDFDocumentInfo, scratch: URL) throws(PDFMergeError) -> [UInt8] {
        guard !pieces.isEmpty else { throw PDFMergeError(output: nil, reason: "nothing to join") }
        let work = scratch.appending(path: "assembly-\(UUID().uuidString)", directoryHint: .isDirectory)
        defer { try? FileManager.default.removeItem(at: work) }
        let template = work.appending(path: "info.pdf"), output = work.appending(path: "joined.pdf")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try Data(info.templatePDF()).write(to: template)
        } catch {
            throw PDFMergeError(output: nil, reason: "cannot use a temporary folder: \(error)")
        }
        var arguments = ["--deterministic-id", template.path(percentEncoded: false), "--pages"]
        for piece in pieces { arguments += piece.spans.flatMap(\.arguments) }
        arguments.append("--")
        // qpdf takes one overlay file, laid page for page where the footers belong: the footers'
        // own file when they all come from one (its pages named by `--from`), else their pages
        // joined into one file first.
        var footers: [PageSpan] = [], outputPages: [String] = []
        var page = 1
        for piece in pieces {
            if !piece.footer.isEmpty {
                footers += piece.footer
                outputPages.append("\(page)-\(page + piece.pageCount - 1)")
            }
            page += piece.pageCount
        }
        if let first = footers.first {
            let overlay: URL, overlayPages: String
            if footers.allSatisfy({ $0.file == first.file && $0.pages != nil }) {
                overlay = first.file
                overlayPages = footers.map { "\($0.pages!.lowerBound)-\($0.pages!.upperBound)" }.joined(separator: ",")
            } else if footers.count == 1 {
                overlay = first.file
                overlayPages = "1-z"
            } else {
                overlay = work.appending(path: "footers.pdf")
                try runQPDF(["--empty", "--pages"] + footers.flatMap(\.arguments) + ["--", overlay.path(percentEncoded: false)],
                            output: overlay.path(percentEncoded: false))
                overlayPages = "1-z"
            }
            arguments += ["--overlay", overlay.path(percentEncoded: false), "--to=" + outputPages.joined(separator: ","),
                          "--from=" + overlayPages, "--"]
        }
        arguments.append(output.path(percentEncoded: false))
        try runQPDF(arguments, output: output.path(percentEncoded: false))
        do {
            return [UInt8](try Data(contentsOf: output))
        } catch {
            throw PDFMergeError(output: output.path(percentEncoded: false), reason: "cannot read what qpdf wrote: \(error)")
        }
    }
}
