import Foundation

/// Where each document of a printed `CombinedPrintDocument` starts, read back from the PDF. Each
/// document opens with an invisible link to `prefix` + its position in the batch (the `.invalid`
/// domain is reserved: nothing can answer it), which Chromium writes as a link annotation on the
/// page the document starts on.
///
/// Links, unlike an outline, need no tagged PDF: printed untagged, a page of the décompte's tables
/// costs Chromium about a third less time and the PDF a tenth of the bytes (96 pages: 3.3 s and
/// 4.4 MB tagged, 2.1 s and 0.38 MB untagged; the assembled files lost the tags anyway). The
/// markers are then taken out of their pages (`removal`) before the batch is cut.
enum PartMarkers {
    static let prefix = "https://relance.invalid/document/"

    struct Found {
        /// The first page (from 1) of each document, in document order.
        let firstPages: [Int]
        /// The `--update-from-json` document that takes the markers off their pages.
        let removal: Data
    }

    /// The markers of `objects`, a batch printed with `count` documents; nil unless every document's
    /// marker is there once, in order, the first on page 1.
    static func find(in objects: QPDFObjects, count: Int) throws(PDFMergeError) -> Found? {
        var firstPages = [Int?](repeating: nil, count: count)
        var changes: [String: Any] = [:]
        for (position, page) in objects.pages.enumerated() {
            guard var pageValue = objects.value(of: page) as? [String: Any], let annotsValue = pageValue["/Annots"],
                  let annotations = objects.resolved(annotsValue) as? [Any] else { continue }
            var kept: [Any] = []
            for annotation in annotations {
                guard let index = marker(objects.resolved(annotation), in: objects) else {
                    kept.append(annotation)
                    continue
                }
                guard index < count, firstPages[index] == nil else { return nil }
                firstPages[index] = position + 1
            }
            guard kept.count < annotations.count else { continue }
            if let reference = annotsValue as? String {
                // The page's array is an object of its own: it is the one to change.
                changes["obj:" + reference] = ["value": kept]
            } else {
                if kept.isEmpty { pageValue["/Annots"] = nil } else { pageValue["/Annots"] = kept }
                changes["obj:" + page] = ["value": pageValue]
            }
        }
        let pages = firstPages.compactMap { $0 }
        guard pages.count == count, pages.first == 1, zip(pages, pages.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        return Found(firstPages: pages, removal: try QPDFObjects.update(changes, maxObjectID: objects.maxObjectID))
    }

    /// The position of the document a marker link names, or nil for any other annotation.
    private static func marker(_ annotation: Any?, in objects: QPDFObjects) -> Int? {
        guard let annotation = annotation as? [String: Any], annotation["/Subtype"] as? String == "/Link",
              let action = objects.resolved(annotation["/A"]) as? [String: Any],
              let uri = objects.resolved(action["/URI"]) as? String, uri.hasPrefix("u:" + prefix) else { return nil }
        return Int(uri.dropFirst(2 + prefix.count))
    }
}
