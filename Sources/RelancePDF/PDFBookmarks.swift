import Foundation

/// Bookmarks (a PDF outline) added to an assembled PDF with qpdf's JSON update: one entry per
/// document or exhibit, pointing at its first page, so that a lawyer reaches « Pièce n° 7 » in one
/// click. qpdf has no option to write an outline; `--update-from-json` adds the outline objects and
/// points the catalog at them, keeping every other key of the catalog.
extension PDFMerger {
    public struct Bookmark: Sendable, Hashable {
        public let title: String
        /// From 1.
        public let page: Int

        public init(title: String, page: Int) { self.title = title; self.page = page }
    }

    /// `pdf` with `bookmarks`, as bytes; the same inputs give the same bytes (`--deterministic-id`).
    public func addingBookmarks(_ bookmarks: [Bookmark], to pdf: [UInt8], scratch: URL) throws(PDFMergeError) -> [UInt8] {
        guard !bookmarks.isEmpty else { return pdf }
        let work = scratch.appending(path: "outline-\(UUID().uuidString)", directoryHint: .isDirectory)
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appending(path: "in.pdf"), updateFile = work.appending(path: "outline.json"), output = work.appending(path: "out.pdf")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try Data(pdf).write(to: input)
        } catch {
            throw PDFMergeError(output: nil, reason: "cannot use a temporary folder: \(error)")
        }
        let objects = try QPDFObjects.read(input, merger: self)
        let pages = objects.pages
        guard let (root, found) = objects.catalog else {
            throw PDFMergeError(output: nil, reason: "cannot read the catalog of the assembled PDF")
        }
        var catalog = found
        let entries = bookmarks.filter { $0.page >= 1 && $0.page <= pages.count }
        guard !entries.isEmpty else { return pdf }
        let outlineID = objects.maxObjectID + 1
        func ref(_ index: Int) -> String { "\(outlineID + 1 + index) 0 R" }
        var update: [String: Any] = [:]
        catalog["/Outlines"] = "\(outlineID) 0 R"
        catalog["/PageMode"] = "/UseOutlines"
        update["obj:\(root)"] = ["value": catalog]
        update["obj:\(outlineID) 0 R"] = ["value": ["/Type": "/Outlines", "/First": ref(0), "/Last": ref(entries.count - 1), "/Count": entries.count]]
        for (index, entry) in entries.enumerated() {
            var item: [String: Any] = ["/Title": "u:" + entry.title, "/Parent": "\(outlineID) 0 R", "/Dest": [pages[entry.page - 1], "/Fit"]]
            if index > 0 { item["/Prev"] = ref(index - 1) }
            if index < entries.count - 1 { item["/Next"] = ref(index + 1) }
            update["obj:\(ref(index))"] = ["value": item]
        }
        do {
            try QPDFObjects.update(update, maxObjectID: outlineID + entries.count).write(to: updateFile)
        } catch {
            throw PDFMergeError(output: nil, reason: "cannot write the outline: \(error)")
        }
        try runQPDF([input.path(percentEncoded: false), "--update-from-json=" + updateFile.path(percentEncoded: false),
                     "--deterministic-id", "--", output.path(percentEncoded: false)], output: output.path(percentEncoded: false))
        do {
            return [UInt8](try Data(contentsOf: output))
        } catch {
            throw PDFMergeError(output: output.path(percentEncoded: false), reason: "cannot read what qpdf wrote: \(error)")
        }
    }
}
