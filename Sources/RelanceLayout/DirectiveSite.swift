import CLibXML2

/// One element's directives, read once when the layout is loaded, with where they were written:
/// the file (a fragment's own for included content) and the line, for errors.
/// A class: renderers pass a site around for every element of every page, and one reference is
/// cheaper to hand over than a struct of strings and arrays.
final class DirectiveSite: Sendable {
    let directives: Directives
    let file: String
    let line: Int

    init(directives: Directives, file: String, line: Int) {
        self.directives = directives
        self.file = file
        self.line = line
    }

    func error(_ message: String) -> LayoutError { LayoutError(file: file, line: line, message: message) }
}

/// Replaces every element's directives by a marker and collects them, in document order.
enum DirectiveCompiler {
    static func compile(_ document: OwnedDocument, file: String, displayRoot: String) throws(LayoutError) -> [DirectiveSite] {
        var sites: [DirectiveSite] = []
        try compile(document.pointer.pointee.children, file: file, displayRoot: displayRoot, into: &sites)
        return sites
    }

    private static func compile(_ first: xmlNodePtr?, file: String, displayRoot: String,
                                into sites: inout [DirectiveSite]) throws(LayoutError) {
        var next = first
        while let node = next {
            next = node.pointee.next
            guard node.isElement else { continue }
            var attribute = node.pointee.properties
            while let current = attribute {
                attribute = current.pointee.next
                if DirectiveMarker.isMarker(current) {
                    throw LayoutError(file: file, line: node.line, message: "\(DirectiveMarker.name) is reserved for the generator")
                }
            }
            let read: Directives?
            do { read = try Directives.read(from: node, strip: true) } catch { throw error.located(in: file, at: node) }
            if let directives = read {
                DirectiveMarker.set(sites.count, on: node)
                sites.append(DirectiveSite(directives: directives, file: file, line: node.line))
            }
            let innerFile = read?.include.map { "\(displayRoot)/\($0)" } ?? file
            try compile(node.pointee.children, file: innerFile, displayRoot: displayRoot, into: &sites)
        }
    }
}
