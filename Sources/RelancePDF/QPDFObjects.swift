import Foundation

/// A PDF's objects as qpdf's JSON (version 2) gives them (`--json-key=pages --json-key=qpdf`):
/// the page objects in order and every object's value, in qpdf's notation (`"/Name"`,
/// `"u:text"`, `"12 0 R"`). What the JSON updates (`--update-from-json`) are computed from.
struct QPDFObjects {
    /// The page objects' references (`"12 0 R"`), in page order.
    let pages: [String]
    /// Every object by its key (`"obj:12 0 R"`, and `"trailer"`).
    let objects: [String: Any]
    /// The highest object number in use: new objects are numbered after it.
    let maxObjectID: Int

    /// Runs qpdf on `pdf` and reads its answer.
    static func read(_ pdf: URL, merger: PDFMerger) throws(PDFMergeError) -> QPDFObjects {
        let path = pdf.path(percentEncoded: false)
        let outcome: ToolRun.Outcome
        do {
            outcome = try ToolRun.run(merger.qpdf.path(percentEncoded: false),
                                      ["--json=2", "--json-key=pages", "--json-key=qpdf", "--", path],
                                      timeout: merger.timeout, outputLimit: 256 << 20)
        } catch {
            throw PDFMergeError(output: nil, reason: "cannot read the objects of \(path): \(error.description)")
        }
        guard outcome.status == 0 || outcome.status == 3, let objects = parse(Data(outcome.output.utf8)) else {
            throw PDFMergeError(output: nil, reason: "cannot read the objects of \(path) (qpdf exit status \(outcome.status))")
        }
        return objects
    }

    /// Nil when `json` is not qpdf's JSON with pages and objects.
    static func parse(_ json: Data) -> QPDFObjects? {
        guard let document = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
              let pages = (document["pages"] as? [[String: Any]])?.compactMap({ $0["object"] as? String }),
              let part = document["qpdf"] as? [Any], part.count == 2,
              let header = part[0] as? [String: Any], let maxObjectID = header["maxobjectid"] as? Int,
              let objects = part[1] as? [String: Any] else { return nil }
        return QPDFObjects(pages: pages, objects: objects, maxObjectID: maxObjectID)
    }

    /// The value of an object that is not a stream.
    func value(of reference: String) -> Any? {
        (objects["obj:" + reference] as? [String: Any])?["value"]
    }

    /// `value` itself, or the value it refers to when it is a reference.
    func resolved(_ value: Any?) -> Any? {
        if let reference = value as? String, reference.hasSuffix(" R") { return self.value(of: reference) }
        return value
    }

    /// The catalog's reference and value.
    var catalog: (reference: String, value: [String: Any])? {
        guard let root = ((objects["trailer"] as? [String: Any])?["value"] as? [String: Any])?["/Root"] as? String,
              let value = value(of: root) as? [String: Any] else { return nil }
        return (root, value)
    }

    /// The document `--update-from-json` reads: `changes` by object key, `maxObjectID` counting
    /// any object they add.
    static func update(_ changes: [String: Any], maxObjectID: Int) throws(PDFMergeError) -> Data {
        let document: [String: Any] = ["qpdf": [["jsonversion": 2, "pushedinheritedpageresources": false, "calledgetallpages": false,
                                                 "maxobjectid": maxObjectID], changes]]
        do {
            return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
        } catch {
            throw PDFMergeError(output: nil, reason: "cannot write a qpdf update: \(error)")
        }
    }
}
