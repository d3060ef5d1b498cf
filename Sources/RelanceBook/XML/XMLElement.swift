import CLibXML2

/// An element of a parsed subtree, read by local names (namespaces aside, so that every version of a
/// schema reads alike). Valid while the subtree is: inside the stream's callback.
struct XMLElement {
    let node: xmlNodePtr

    /// The line the element starts on, for messages.
    var line: Int { max(1, Int(xmlGetLineNo(node))) }

    /// The first child element of that local name.
    func child(_ name: StaticString) -> XMLElement? {
        var current = node.pointee.children
        while let element = current {
            if element.pointee.type == XML_ELEMENT_NODE, Self.named(element, name) { return XMLElement(node: element) }
            current = element.pointee.next
        }
        return nil
    }

    /// Down a chain of child elements.
    func path(_ names: StaticString...) -> XMLElement? {
        var current: XMLElement? = self
        for name in names { current = current?.child(name) }
        return current
    }

    /// The first descendant element of that local name, in document order.
    func descendant(_ name: StaticString) -> XMLElement? {
        var current = node.pointee.children
        while let element = current {
            if element.pointee.type == XML_ELEMENT_NODE {
                if Self.named(element, name) { return XMLElement(node: element) }
                if let found = XMLElement(node: element).descendant(name) { return found }
            }
            current = element.pointee.next
        }
        return nil
    }

    /// Its text and its descendants', trimmed; nil when empty (XPath `string()`).
    var text: String? {
        guard let content = xmlNodeGetContent(node) else { return nil }
        defer { relance_xmlFree(content) }
        let text = String(cString: UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)).trimmingBlanks()
        return text.isEmpty ? nil : text
    }

    /// An attribute without namespace, trimmed; nil when absent or empty.
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { relance_xmlFree(value) }
        let text = String(cString: UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)).trimmingBlanks()
        return text.isEmpty ? nil : text
    }

    private static func named(_ node: xmlNodePtr, _ name: StaticString) -> Bool {
        guard let own = node.pointee.name else { return false }
        return xmlName(own, is: name)
    }
}

/// Compares a libxml2 name in place with an ASCII name: no String per node visited.
func xmlName(_ text: UnsafePointer<xmlChar>, is name: StaticString) -> Bool {
    let expected = name.utf8Start
    for index in 0..<name.utf8CodeUnitCount where text[index] != expected[index] { return false }
    return text[name.utf8CodeUnitCount] == 0
}
