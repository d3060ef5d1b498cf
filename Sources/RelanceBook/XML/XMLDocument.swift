import CLibXML2

/// An XML file parsed by libxml2 for reading with XPath: no network, no entity substitution, no
/// DTD loading, libxml2's size limits on (XXE and "billion laughs" stay out).
final class XMLDocument {
    private let document: xmlDocPtr
    private let context: xmlXPathContextPtr

    typealias Problem = XMLProblem

    init(_ bytes: [UInt8], name: String, namespaces: [String: String]) throws(Problem) {
        let errors = XMLFirstError()
        defer { errors.stop() }
        let parsed = bytes.isEmpty ? nil : bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), name, nil, XMLFirstError.options)
            }
        }
        guard let parsed else {
            throw errors.problem ?? Problem(line: 1, message: bytes.isEmpty ? "the file is empty" : "not well-formed XML")
        }
        guard let context = xmlXPathNewContext(parsed) else {
            xmlFreeDoc(parsed)
            throw Problem(line: 1, message: "cannot read the document")
        }
        for (prefix, uri) in namespaces { xmlXPathRegisterNs(context, prefix, uri) }
        document = parsed
        self.context = context
    }

    deinit {
        xmlXPathFreeContext(context)
        xmlFreeDoc(document)
    }

    /// The root element's local name and namespace URI.
    var root: (name: String, namespace: String?) {
        guard let element = xmlDocGetRootElement(document) else { return ("", nil) }
        let name = String(cString: UnsafeRawPointer(element.pointee.name).assumingMemoryBound(to: CChar.self))
        let namespace = element.pointee.ns.flatMap { ns in
            ns.pointee.href.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }
        return (name, namespace)
    }

    /// The string value of `expression` (XPath `string()`), trimmed; nil when empty.
    func string(_ expression: String) -> String? {
        guard let result = xmlXPathEvalExpression("string(\(expression))", context) else { return nil }
        defer { xmlXPathFreeObject(result) }
        guard let value = result.pointee.stringval else { return nil }
        let text = String(cString: UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)).trimmingBlanks()
        return text.isEmpty ? nil : text
    }

    /// How many nodes `expression` selects.
    func count(_ expression: String) -> Int {
        guard let result = xmlXPathEvalExpression("count(\(expression))", context) else { return 0 }
        defer { xmlXPathFreeObject(result) }
        return Int(result.pointee.floatval)
    }

    /// The line of the first node `expression` selects, for messages.
    func line(_ expression: String) -> Int {
        guard let result = xmlXPathEvalExpression(expression, context) else { return 1 }
        defer { xmlXPathFreeObject(result) }
        guard let nodes = result.pointee.nodesetval, nodes.pointee.nodeNr > 0, let node = nodes.pointee.nodeTab[0] else { return 1 }
        return max(1, Int(xmlGetLineNo(node)))
    }
}
