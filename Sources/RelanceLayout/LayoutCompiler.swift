import CLibXML2

/// Compiles a loaded layout into a `CompiledLayout`. Every fixed byte is libxml2's: a subtree
/// without directives is serialised in place, and an element with directives is serialised as
/// shallow copies (without attributes, with one attribute, with a marker child) whose differences
/// give its start tag, each attribute and its end tag. A construct this does not know how to
/// reproduce exactly is `Unsupported`, and the layout then renders through the DOM.
enum LayoutCompiler {
    struct Unsupported: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// A comment no layout can hold where it is used: in copies made here, with no other content.
    private static let sentinel = "relance-compiler-split"
    private static let sentinelBytes = Array("<!--\(sentinel)-->".utf8)

    /// `template` carries a directive marker on each element listed in `sites`; it is not modified.
    static func compile(_ template: OwnedDocument, sites: [DirectiveSite]) throws(Unsupported) -> CompiledLayout {
        guard let work = template.copy() else { throw Unsupported("out of memory copying the layout") }
        let (prefix, suffix) = try documentFraming(of: template)
        var bytes = CompiledBytes()
        var tables = CompiledTables()
        let prefixRange = bytes.add(prefix)
        var nodes: [CompiledNode] = []
        var next = work.pointer.pointee.children
        while let node = next {
            next = node.pointee.next
            if node.pointee.type == XML_DTD_NODE { continue }  // written by the prefix
            nodes.append(try compile(node, in: work, sites: sites, into: &bytes, &tables))
        }
        let roots = tables.add(siblings: nodes)
        let suffixRange = bytes.add(suffix)
        return CompiledLayout(bytes: bytes.bytes, tables: tables, prefix: prefixRange, roots: roots, suffix: suffixRange)
    }

    private static func compile(_ node: xmlNodePtr, in work: OwnedDocument, sites: [DirectiveSite],
                                into bytes: inout CompiledBytes, _ tables: inout CompiledTables) throws(Unsupported) -> CompiledNode {
        guard hasMarker(node) else {
            guard let fixed = HTMLSerialization.bytes(of: node, in: work) else { throw Unsupported("out of memory") }
            return .fixed(bytes.add(fixed), whitespace: node.isWhitespaceText)
        }
        guard node.isElement, node.pointee.ns == nil, node.pointee.nsDef == nil else {
            throw Unsupported("a namespaced element holds directives")
        }
        let site = DirectiveMarker.take(from: node)
        let directives = site.map { sites[$0].directives }
        // The same pruning the DOM path applies to every copy, applied once.
        if directives?.removal == .allButFirst { LayoutFiller.keepFirstElementChild(of: node) }
        let shape = try ElementShape(of: node, in: work)
        let open = bytes.add(shape.open)
        let attributes = try compiledAttributes(of: node, bindings: directives?.attributes ?? [], shape: shape,
                                                in: work, into: &bytes)
        var children: [CompiledNode] = []
        if directives?.removal != .all, directives?.text == nil {
            var next = node.pointee.children
            while let child = next {
                next = child.pointee.next
                children.append(try compile(child, in: work, sites: sites, into: &bytes, &tables))
            }
        }
        let element = CompiledElement(
            site: site.map { tables.add(site: sites[$0]) }, open: open, attributes: tables.add(attributes: attributes),
            isVoid: shape.isVoid, closesWhenEmpty: shape.closesWhenEmpty, close: bytes.add(shape.close),
            children: tables.add(siblings: children))
        return tables.add(element: element)
    }

    /// The element's static attributes as libxml2 writes them, with the bound ones in their place.
    private static func compiledAttributes(of node: xmlNodePtr, bindings: [Directives.AttributeBinding], shape: ElementShape,
                                           in work: OwnedDocument, into bytes: inout CompiledBytes) throws(Unsupported) -> [CompiledAttribute] {
        let names = bindings.map(\.name)
        guard Set(names).count == names.count else { throw Unsupported("two data-attr- directives set one attribute") }
        // xmlSetProp resolves a prefixed name against namespaces; the compiler does not follow it there.
        guard !names.contains(where: { $0.contains(":") }) else { throw Unsupported("data-attr- on a prefixed name") }

        var result: [CompiledAttribute] = []
        var bound = Set<String>()
        var index = 0
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            let name = current.name
            if let binding = names.firstIndex(of: name) {
                result.append(try boundAttribute(binding, name: name, of: node, shape: shape, in: work, into: &bytes))
                bound.insert(name)
            } else {
                result.append(.fixed(bytes.add(try shape.attributeBytes(keepingOnly: index, of: node, in: work))))
            }
            index += 1
        }
        for (binding, name) in names.enumerated() where !bound.contains(name) {
            result.append(try boundAttribute(binding, name: name, of: node, shape: shape, in: work, into: &bytes))
        }
        return result
    }

    /// How libxml2 writes attribute `name` on this element, found by asking it: with an empty value
    /// and with `a b` (a boolean attribute writes neither; a URI one percent-escapes the space).
    private static func boundAttribute(_ binding: Int, name: String, of node: xmlNodePtr, shape: ElementShape,
                                       in work: OwnedDocument, into bytes: inout CompiledBytes) throws(Unsupported) -> CompiledAttribute {
        let empty = try shape.attributeBytes(named: name, value: "", of: node, in: work)
        let spaced = try shape.attributeBytes(named: name, value: "a b", of: node, in: work)
        if empty == spaced { return .bound(binding: binding, name: bytes.add(empty), kind: .boolean) }
        let emptyValue = Array("=\"\"".utf8)
        guard empty.count > emptyValue.count, Array(empty.suffix(emptyValue.count)) == emptyValue else {
            throw Unsupported("libxml2 writes \(name)=\"\" unexpectedly")
        }
        let prefix = Array(empty.dropLast(emptyValue.count))
        for kind in [BoundAttributeKind.plain, .uri] {
            var expected = prefix
            HTMLEscaping.appendAttributeValue("a b", uri: kind == .uri, to: &expected)
            if expected == spaced { return .bound(binding: binding, name: bytes.add(prefix), kind: kind) }
        }
        throw Unsupported("libxml2 writes the attribute \(name) in an unknown way")
    }

    /// `<!DOCTYPE …>` and the final newline, from a copy of the document holding only its doctype
    /// and a sentinel comment, serialised the way pages are.
    private static func documentFraming(of template: OwnedDocument) throws(Unsupported) -> ([UInt8], [UInt8]) {
        guard let frame = template.copy() else { throw Unsupported("out of memory copying the layout") }
        var next = frame.pointer.pointee.children
        while let node = next {
            next = node.pointee.next
            if node.pointee.type != XML_DTD_NODE { node.free() }
        }
        guard let comment = xmlNewDocComment(frame.pointer, sentinel) else { throw Unsupported("out of memory") }
        xmlAddChild(xmlNodePtr(OpaquePointer(frame.pointer)), comment)
        guard let bytes = HTMLSerialization.bytes(of: frame), let parts = split(bytes) else {
            throw Unsupported("libxml2 did not write the document's frame as expected")
        }
        return parts
    }

    /// The bytes before and after the one sentinel comment in `bytes`; nil unless there is exactly one.
    static func split(_ bytes: [UInt8]) -> ([UInt8], [UInt8])? {
        let width = sentinelBytes.count
        guard bytes.count >= width else { return nil }
        let starts = (0...(bytes.count - width)).filter { bytes[$0..<($0 + width)].elementsEqual(sentinelBytes) }
        guard starts.count == 1, let start = starts.first else { return nil }
        return (Array(bytes[..<start]), Array(bytes[(start + width)...]))
    }

    /// Appends the sentinel comment to `element`.
    static func addSentinel(to element: xmlNodePtr, in work: OwnedDocument) throws(Unsupported) {
        guard let comment = xmlNewDocComment(work.pointer, sentinel) else { throw Unsupported("out of memory") }
        xmlAddChild(element, comment)
    }

    private static func hasMarker(_ node: xmlNodePtr) -> Bool {
        guard node.isElement else { return false }
        var attribute = node.pointee.properties
        while let current = attribute {
            if DirectiveMarker.isMarker(current) { return true }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            if hasMarker(current) { return true }
            child = current.pointee.next
        }
        return false
    }
}
