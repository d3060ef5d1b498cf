import CLibXML2

/// Serialises a document as HTML in raw UTF-8.
///
/// `htmlDocContentDumpFormatOutput` into an output buffer with no encoder writes UTF-8 as is
/// (`htmlDocDumpMemoryFormat` would write `&eacute;`), and unlike `xmlSaveToBuffer` it injects no
/// `<meta http-equiv>`. Format 0 keeps the designer's whitespace exactly.
package enum HTMLSerialization {
    /// nil only when libxml2 ran out of memory.
    package static func bytes(of document: OwnedDocument) -> [UInt8]? {
        written { htmlDocContentDumpFormatOutput($0, document.pointer, "UTF-8", 0) }
    }

    /// One node and its subtree, written as the document dump writes it (format 0 adds nothing
    /// around a node, so the bytes do not depend on the node's siblings). For `LayoutCompiler`.
    package static func bytes(of node: xmlNodePtr, in document: OwnedDocument) -> [UInt8]? {
        written { htmlNodeDumpFormatOutput($0, document.pointer, node, "UTF-8", 0) }
    }

    private static func written(_ dump: (xmlOutputBufferPtr) -> Void) -> [UInt8]? {
        guard let buffer = xmlAllocOutputBuffer(nil) else { return nil }
        defer { xmlOutputBufferClose(buffer) }
        dump(buffer)
        let count = xmlOutputBufferGetSize(buffer)
        guard buffer.pointee.error == 0, let content = xmlOutputBufferGetContent(buffer) else { return nil }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}
