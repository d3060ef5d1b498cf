import CLibXML2

/// Parses layouts and fragments, checks every directive once, and splices includes in.
/// Not thread-safe: `LayoutLibrary` only uses it under its lock.
final class LayoutLoader {
    let files: LayoutFiles
    private var fragments: [String: Fragment] = [:]

    init(files: LayoutFiles) { self.files = files }

    /// A layout ready to be copied per page.
    func loadLayout(_ relativePath: String) throws(LayoutError) -> OwnedDocument {
        let document = try parse(relativePath, bytes: try read(relativePath), wrapping: false)
        guard document.hasHTML5Doctype else {
            throw LayoutError(file: files.displayName(relativePath), line: 1,
                              message: "a layout is a full page starting with <!DOCTYPE html>")
        }
        try prepare(document.pointer.pointee.children, of: document, file: relativePath, loading: [relativePath])
        return document
    }

    private func read(_ relativePath: String) throws(LayoutError) -> [UInt8] {
        switch files.read(relativePath) {
        case .success(let bytes): return bytes
        case .failure(let problem):
            throw LayoutError(file: files.displayName(relativePath), line: 0, message: problem.message)
        }
    }

    /// libxml2's own errors are layout errors (except its ignorance of HTML5 tag names).
    private func parse(_ relativePath: String, bytes: [UInt8], wrapping: Bool) throws(LayoutError) -> OwnedDocument {
        let name = files.displayName(relativePath)
        let outcome = HTMLParsing.parse(wrapping ? Fragment.parseableBytes(bytes) : bytes, name: name)
        if let problem = outcome.problems.first {
            // libxml2 says "htmlParseEntityRef: no name" for a bare `&`; say what to do about it.
            let hint = problem.message.hasPrefix("htmlParseEntityRef") ? " (write a literal & as &amp;)" : ""
            throw LayoutError(file: name, line: problem.line, message: problem.message + hint)
        }
        guard let document = outcome.document else {
            throw LayoutError(file: name, line: 0, message: "libxml2 could not parse this file (is it empty?)")
        }
        return document
    }

    /// Checks the directives of every element from `first` on, and replaces the children of each
    /// `data-include` element with the fragment's content. `loading` is the chain of files being
    /// loaded, to refuse include cycles.
    private func prepare(_ first: xmlNodePtr?, of document: OwnedDocument, file: String,
                         loading: [String]) throws(LayoutError) {
        var next = first
        while let node = next {
            next = node.pointee.next
            guard node.isElement else { continue }
            let directives: Directives?
            do { directives = try Directives.read(from: node, strip: false) } catch {
                throw error.located(in: files.displayName(file), at: node)
            }
            guard let include = directives?.include else {
                try prepare(node.pointee.children, of: document, file: file, loading: loading)
                continue
            }
            let fragment = try self.fragment(include, loading: loading, includedBy: node, in: file)
            node.removeAllChildren()
            if let head = fragment.contentHead, let copy = xmlDocCopyNodeList(document.pointer, head) {
                xmlAddChildList(node, copy)
            }
            // No descent: the fragment's content was checked when the fragment was loaded.
        }
    }

    private func fragment(_ relativePath: String, loading: [String], includedBy element: xmlNodePtr,
                          in file: String) throws(LayoutError) -> Fragment {
        let here = files.displayName(file)
        guard !loading.contains(relativePath) else {
            let cycle = (loading + [relativePath]).joined(separator: " → ")
            throw LayoutError(file: here, line: element.line, message: "include cycle: \(cycle)")
        }
        if let cached = fragments[relativePath] { return cached }
        let bytes: [UInt8]
        switch files.read(relativePath) {
        case .success(let read): bytes = read
        case .failure(let problem):
            throw LayoutError(file: here, line: element.line, message: "data-include: \(problem.message)")
        }
        let document = try parse(relativePath, bytes: bytes, wrapping: true)
        try prepare(document.body?.pointee.children, of: document, file: relativePath,
                    loading: loading + [relativePath])
        let fragment = Fragment(document: document)
        fragments[relativePath] = fragment
        return fragment
    }
}
