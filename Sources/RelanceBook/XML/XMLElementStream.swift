import CLibXML2

/// A file read with libxml2's streaming reader (`xmlTextReader`): its root element is checked, then
/// each element of one local name is handed over expanded with its subtree, one at a time, and
/// freed before the next. Memory stays bounded by one such element whatever the file's size; the
/// same options as `XMLDocument` (no network, no entities, size limits on).
enum XMLElementStream {
    typealias Root = (name: String, namespace: String?)

    /// Streams `bytes`.
    static func read(_ bytes: [UInt8], name: String, element: StaticString,
                     root check: (Root) -> String?, each: (XMLElement) -> Void) throws(XMLProblem) {
        guard !bytes.isEmpty else { throw XMLProblem(line: 1, message: "the file is empty") }
        let outcome: Result<Void, XMLProblem> = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
                run(xmlReaderForMemory(start, Int32(buffer.count), name, nil, XMLFirstError.options), element: element, root: check, each: each)
            }
        }
        try outcome.get()
    }

    /// Streams the open file `descriptor` (not closed here).
    static func read(descriptor: Int32, name: String, element: StaticString,
                     root check: (Root) -> String?, each: (XMLElement) -> Void) throws(XMLProblem) {
        try run(xmlReaderForFd(descriptor, name, nil, XMLFirstError.options), element: element, root: check, each: each).get()
    }

    private static func run(_ reader: xmlTextReaderPtr?, element: StaticString,
                            root check: (Root) -> String?, each: (XMLElement) -> Void) -> Result<Void, XMLProblem> {
        guard let reader else { return .failure(XMLProblem(line: 1, message: "cannot read the file")) }
        defer { xmlFreeTextReader(reader) }
        let errors = XMLFirstError()
        defer { errors.stop() }
        var sawRoot = false
        var status = xmlTextReaderRead(reader)
        while status == 1 {
            guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) else {
                status = xmlTextReaderRead(reader)
                continue
            }
            if !sawRoot {
                sawRoot = true
                let root = (name: string(xmlTextReaderConstLocalName(reader)) ?? "", namespace: string(xmlTextReaderConstNamespaceUri(reader)))
                if let problem = check(root) {
                    return .failure(XMLProblem(line: Int(max(1, xmlTextReaderGetParserLineNumber(reader))), message: problem))
                }
            } else if let local = xmlTextReaderConstLocalName(reader), xmlName(local, is: element) {
                guard let node = xmlTextReaderExpand(reader) else { break }
                each(XMLElement(node: node))
                // Past the subtree, which the reader then frees.
                status = xmlTextReaderNext(reader)
                continue
            }
            status = xmlTextReaderRead(reader)
        }
        if status != 0 || errors.problem != nil || !sawRoot {
            return .failure(errors.problem ?? XMLProblem(line: Int(max(1, xmlTextReaderGetParserLineNumber(reader))),
                                                         message: sawRoot ? "not well-formed XML" : "no element: not XML"))
        }
        return .success(())
    }

    private static func string(_ text: UnsafePointer<xmlChar>?) -> String? {
        text.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
