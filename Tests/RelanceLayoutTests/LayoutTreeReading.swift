@testable import RelanceLayout
import CLibXML2

/// Reads a parsed output back, to check that what went in as data comes out as the same data.
struct ReparsedElement {
    let document: OwnedDocument
    let node: xmlNodePtr

    var text: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { relance_xmlFree(content) }
        return String(cString: content)
    }

    func attribute(_ name: String) -> String? {
        guard let value = withXMLChars(name, { xmlGetProp(node, $0) }) else { return nil }
        defer { relance_xmlFree(value) }
        return String(cString: value)
    }
}

func firstElement(named name: String, in document: OwnedDocument) -> ReparsedElement? {
    func search(_ first: xmlNodePtr?) -> xmlNodePtr? {
        var next = first
        while let node = next {
            if node.isElement(named: name) { return node }
            if let found = search(node.pointee.children) { return found }
            next = node.pointee.next
        }
        return nil
    }
    return search(document.pointer.pointee.children).map { ReparsedElement(document: document, node: $0) }
}
