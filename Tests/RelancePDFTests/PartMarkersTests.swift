import Foundation
import RelanceTestSupport
import Testing
@testable import RelancePDF

/// How a printed batch is cut: the marker links that open each document are found on their pages
/// and taken out again, other links kept.
struct PartMarkersTests {
    /// Three pages as qpdf's JSON gives them: page 1 holds marker 0 beside a real link (its
    /// `/Annots` inline), page 2 nothing, page 3 marker 1 (its `/Annots` an object of its own, the
    /// marker's action one too).
    private func objects(markers: [(page: Int, index: Int)]) throws -> QPDFObjects {
        var objects: [String: Any] = [
            "trailer": ["value": ["/Root": "1 0 R"]],
            "obj:1 0 R": ["value": ["/Type": "/Catalog"]],
            "obj:9 0 R": ["value": ["/Type": "/Annot", "/Subtype": "/Link", "/A": ["/S": "/URI", "/URI": "u:https://example.org/"]]],
        ]
        var annotations: [Int: [String]] = [2: ["9 0 R"]]
        for (number, marker) in markers.enumerated() {
            let annotation = "\(20 + number) 0 R", action = "\(30 + number) 0 R"
            objects["obj:" + annotation] = ["value": ["/Type": "/Annot", "/Subtype": "/Link", "/A": action]]
            objects["obj:" + action] = ["value": ["/S": "/URI", "/URI": "u:" + PartMarkers.prefix + String(marker.index)]]
            annotations[marker.page + 1, default: []].append(annotation)
        }
        for page in 2...4 {
            var value: [String: Any] = ["/Type": "/Page"]
            if page == 4 {
                objects["obj:40 0 R"] = ["value": annotations[page] ?? []]
                value["/Annots"] = "40 0 R"
            } else if let list = annotations[page] {
                value["/Annots"] = list
            }
            objects["obj:\(page) 0 R"] = ["value": value]
        }
        let json: [String: Any] = ["pages": (2...4).map { ["object": "\($0) 0 R"] },
                                   "qpdf": [["jsonversion": 2, "maxobjectid": 40], objects]]
        return try #require(QPDFObjects.parse(try JSONSerialization.data(withJSONObject: json)))
    }

    @Test func theMarkersGiveEachDocumentsFirstPageAndAreTakenOut() throws {
        let found = try #require(try PartMarkers.find(in: objects(markers: [(1, 0), (3, 1)]), count: 2))
        #expect(found.firstPages == [1, 3])
        let update = try #require(try JSONSerialization.jsonObject(with: found.removal) as? [String: Any])
        let changes = try #require((update["qpdf"] as? [Any])?.last as? [String: Any])
        #expect(Set(changes.keys) == ["obj:2 0 R", "obj:40 0 R"])
        let firstPage = try #require((changes["obj:2 0 R"] as? [String: Any])?["value"] as? [String: Any])
        #expect(firstPage["/Annots"] as? [String] == ["9 0 R"], "the real link stays")
        #expect((changes["obj:40 0 R"] as? [String: Any])?["value"] as? [String] == [])
    }

    @Test func aMissingMisplacedOrRepeatedMarkerIsRefused() throws {
        #expect(try PartMarkers.find(in: objects(markers: [(1, 0)]), count: 2) == nil, "document 1 has no marker")
        #expect(try PartMarkers.find(in: objects(markers: [(1, 1), (3, 0)]), count: 2) == nil, "out of order")
        #expect(try PartMarkers.find(in: objects(markers: [(3, 0)]), count: 1) == nil, "the first document must start on page 1")
        #expect(try PartMarkers.find(in: objects(markers: [(1, 0), (1, 0)]), count: 1) == nil, "twice")
        #expect(try PartMarkers.find(in: objects(markers: [(1, 0), (3, 5)]), count: 2) == nil, "beyond the batch")
    }
}

/// A real batch through Chromium and qpdf: each document gets its own pages, and no page keeps a
/// marker.
@Suite(.enabled(if: PDFTestTools.chromium != nil && PDFTestTools.qpdf != nil, "Chromium or qpdf is not installed: batch cutting not tested"))
struct BatchCuttingTests {
    @Test func aBatchIsCutIntoItsDocumentsWithoutMarkersAndKeepsTheirLinks() throws {
        let folder = try PDFTempFolder()
        let pages = try PDFTestPages.write(["Courte", "Longue", "Dernière"], into: folder)
        // The second runs over several pages and links to a site, as a letter may.
        try folder.write("letter-1.html", PDFTestPages.page(title: "Longue", paragraphs: 40, marker: "repère-1 <a href=\"https://example.org/\">site</a>"))
        let printer = try PDFPrinter(chromium: try #require(PDFTestTools.chromium))
        defer { printer.close() }
        let merger = try #require(PDFTestTools.qpdf)
        var printing = BatchPrinting(printer: printer, merger: merger, scratch: folder.url("scratch"))
        let printed = try printing.print(pages.map { PDFDocumentRequest(source: $0) })
        #expect(printing.statistics.prints == 2 && printing.statistics.combined == 3, "one batch, one footer: \(printing.statistics)")
        #expect(printed.map(\.pageCount)[0] == 1 && printed[1].pageCount > 1 && printed[2].pageCount == 1)
        for (index, document) in printed.enumerated() {
            let bytes = try merger.assemble([document.piece], info: PDFDocumentInfo(title: "t", date: "20260615"), scratch: folder.url("join"))
            let uncompressed = try #require(try PDFTestTools.uncompressed(bytes))
            #expect(!uncompressed.contains("relance.invalid"), "document \(index) keeps a marker")
            #expect(uncompressed.contains("https://example.org/") == (index == 1))
            if PDFTestTools.pdftotext != nil {
                let text = try PDFTestTools.text(of: bytes)
                #expect(text.contains("repère-\(index)"))
                #expect((0..<3).filter { $0 != index }.allSatisfy { !text.contains("repère-\($0)") })
            }
        }
    }
}

/// How documents are grouped into batches: alike ones together, up to a count and a size.
struct BatchGroupingTests {
    @Test func alikeDocumentsGoTogetherUpToTheCountAndTheSize() {
        let styles: [String?] = ["letter", "case", "letter", nil, "letter", "case", "letter"]
        let sizes = [100, 500, 100, 50, 100, 500, 100]
        #expect(BatchPrinting.group(styles, sizes: sizes, maximumCount: 40, maximumBytes: { _ in 10_000 }) == [[0, 2, 4, 6], [1, 5]])
        #expect(BatchPrinting.group(styles, sizes: sizes, maximumCount: 3, maximumBytes: { _ in 10_000 }) == [[0, 2, 4], [1, 5], [6]])
        #expect(BatchPrinting.group(styles, sizes: sizes, maximumCount: 40, maximumBytes: { _ in 250 }) == [[0, 2], [1], [4, 6], [5]])
    }

    /// A group's batches are cut by its own documents and limit, whatever else is printed.
    @Test func groupsAreNeverMixedAndHaveTheirOwnLimit() {
        struct Key: Hashable { let group: String?; let style: String }
        let keys: [Key?] = [Key(group: "d1", style: "case"), Key(group: "d2", style: "case"), Key(group: nil, style: "case"),
                            Key(group: "d1", style: "case"), Key(group: "d2", style: "case"), Key(group: nil, style: "case")]
        let sizes = [300, 300, 300, 300, 300, 300]
        let batches = BatchPrinting.group(keys, sizes: sizes, maximumCount: 40, maximumBytes: { $0.group == nil ? 300 : 1_000 })
        #expect(batches == [[0, 3], [1, 4], [2], [5]])
    }

    @Test func aDocumentLargerThanTheSizeIsPrintedInABatchOfItsOwn() {
        #expect(BatchPrinting.group(["a", "a", "a"], sizes: [10, 900, 10], maximumCount: 40, maximumBytes: { _ in 100 }) == [[0], [1], [2]])
    }
}
