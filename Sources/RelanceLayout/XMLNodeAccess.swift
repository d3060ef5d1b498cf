import CLibXML2

/// Small reads and edits on libxml2 nodes, so the layout code speaks of elements and text
/// rather than of C fields.
package extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    /// Lowercase for HTML: the parser lowercases element names.
    var elementName: String { string(fromXMLChars: pointee.name) }

    func isElement(named name: String) -> Bool { isElement && elementName == name }

    /// Text made only of HTML whitespace: the designer's indentation between elements.
    var isWhitespaceText: Bool {
        guard pointee.type == XML_TEXT_NODE else { return false }
        guard var byte = pointee.content else { return true }
        while byte.pointee != 0 {
            switch byte.pointee {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: byte += 1
            default: return false
            }
        }
        return true
    }

    /// 1-based line in the file the node was parsed from; copies keep their original's line.
    var line: Int { Int(xmlGetLineNo(self)) }

    var elementChildren: [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = pointee.children
        while let node = child {
            if node.isElement { result.append(node) }
            child = node.pointee.next
        }
        return result
    }

    /// Unlinks and frees the node and its subtree.
    func free() {
        xmlUnlinkNode(self)
        xmlFreeNode(self)
    }

    /// Drops the node together with the whitespace-only text just before it, so a removed row
    /// does not leave an empty indented line behind.
    func dropWithLeadingWhitespace() {
        if let previous = pointee.prev, previous.isWhitespaceText { previous.free() }
        free()
    }

    func removeAllChildren() {
        while let child = pointee.children { child.free() }
    }

    /// Whether HTML forbids content in this element (`<br>`, `<img>`, `<input>`…), as libxml2 knows it.
    var isVoidElement: Bool {
        guard isElement, let description = htmlTagLookup(pointee.name) else { return false }
        return description.pointee.empty != 0
    }
}

package extension UnsafeMutablePointer where Pointee == xmlAttr {
    var name: String { string(fromXMLChars: pointee.name) }

    /// The attribute's value as written (entities already decoded by the parser).
    var value: String {
        guard let children = pointee.children else { return "" }
        if children.pointee.next == nil, children.pointee.type == XML_TEXT_NODE {
            return string(fromXMLChars: children.pointee.content)
        }
        guard let joined = xmlNodeListGetString(pointee.doc, children, 1) else { return "" }
        defer { relance_xmlFree(joined) }
        return string(fromXMLChars: joined)
    }

    /// True when the name begins with `data-`: the only attributes that can be directives.
    var hasDataPrefix: Bool {
        guard let name = pointee.name else { return false }
        // "data-", byte by byte; `&&` stops at the first mismatch, so a shorter name's NUL ends it.
        return name[0] == 0x64 && name[1] == 0x61 && name[2] == 0x74 && name[3] == 0x61 && name[4] == 0x2D
    }
}
