import CLibXML2

/// How libxml2 writes one element's tags, learnt by serialising shallow copies of it: with no
/// attribute and no child (`<li>` or `<p></p>`), and with a sentinel comment as its only child
/// (`<p><!--…--></p>`, or `<br>` for a void element, whose children libxml2 never writes).
struct ElementShape {
    /// `<name`.
    let open: [UInt8]
    /// `</name>`; empty for a void element.
    let close: [UInt8]
    let isVoid: Bool
    let closesWhenEmpty: Bool
    /// What follows the attributes of the element without children: `>` or `></name>`.
    private let emptyEnd: [UInt8]

    init(of node: xmlNodePtr, in work: OwnedDocument) throws(LayoutCompiler.Unsupported) {
        let empty = try Self.serialise(node, in: work) { _ in }
        let withChild = try Self.serialise(node, in: work) { copy throws(LayoutCompiler.Unsupported) in
            try LayoutCompiler.addSentinel(to: copy, in: work)
        }
        let greaterThan = UInt8(ascii: ">")
        if let (start, end) = LayoutCompiler.split(withChild) {
            guard start.last == greaterThan, empty.starts(with: start.dropLast()), !node.isVoidElement else {
                throw LayoutCompiler.Unsupported("libxml2 writes <\(node.elementName)> in an unknown way")
            }
            open = Array(start.dropLast())
            close = end
            isVoid = false
            emptyEnd = Array(empty.dropFirst(open.count))
            if emptyEnd == [greaterThan] + close {
                closesWhenEmpty = true
            } else if emptyEnd == [greaterThan] {
                closesWhenEmpty = false
            } else {
                throw LayoutCompiler.Unsupported("libxml2 writes an empty <\(node.elementName)> in an unknown way")
            }
        } else {
            guard withChild == empty, empty.last == greaterThan, node.isVoidElement else {
                throw LayoutCompiler.Unsupported("libxml2 drops the children of <\(node.elementName)> unexpectedly")
            }
            open = Array(empty.dropLast())
            close = []
            isVoid = true
            closesWhenEmpty = false
            emptyEnd = [greaterThan]
        }
    }

    /// ` name="value"` for the static attribute at `index`, as libxml2 writes it on this element.
    func attributeBytes(keepingOnly index: Int, of node: xmlNodePtr,
                        in work: OwnedDocument) throws(LayoutCompiler.Unsupported) -> [UInt8] {
        let bytes = try Self.serialise(node, in: work, keepingAttribute: index) { _ in }
        return try attributePart(of: bytes, node)
    }

    /// ` name="value"` for an attribute set with `xmlSetProp`, as the DOM path sets it.
    func attributeBytes(named name: String, value: String, of node: xmlNodePtr,
                        in work: OwnedDocument) throws(LayoutCompiler.Unsupported) -> [UInt8] {
        let bytes = try Self.serialise(node, in: work) { copy in
            withXMLChars(name) { name in withXMLChars(value) { _ = xmlSetProp(copy, name, $0) } }
        }
        return try attributePart(of: bytes, node)
    }

    private func attributePart(of bytes: [UInt8], _ node: xmlNodePtr) throws(LayoutCompiler.Unsupported) -> [UInt8] {
        guard bytes.count >= open.count + emptyEnd.count, bytes.starts(with: open),
              Array(bytes.suffix(emptyEnd.count)) == emptyEnd else {
            throw LayoutCompiler.Unsupported("libxml2 writes the attributes of <\(node.elementName)> in an unknown way")
        }
        return Array(bytes[open.count..<(bytes.count - emptyEnd.count)])
    }

    /// A copy of `node` without children, keeping only the attribute at `keepingAttribute` (none
    /// when nil), changed by `edit`, then serialised and freed.
    private static func serialise(_ node: xmlNodePtr, in work: OwnedDocument, keepingAttribute: Int? = nil,
                                  _ edit: (xmlNodePtr) throws(LayoutCompiler.Unsupported) -> Void) throws(LayoutCompiler.Unsupported) -> [UInt8] {
        // 2: the element with its attributes, without its children.
        guard let copy = xmlDocCopyNode(node, work.pointer, 2) else { throw LayoutCompiler.Unsupported("out of memory") }
        defer { xmlFreeNode(copy) }
        var index = 0
        var attribute = copy.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            if index != keepingAttribute { xmlRemoveProp(current) }
            index += 1
        }
        try edit(copy)
        guard let bytes = HTMLSerialization.bytes(of: copy, in: work) else { throw LayoutCompiler.Unsupported("out of memory") }
        return bytes
    }
}
