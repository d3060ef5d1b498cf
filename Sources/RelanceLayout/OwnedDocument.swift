import CLibXML2

/// The one owner of an `xmlDoc`: freeing happens exactly once, when the owner goes away.
/// Node pointers taken from it are only used while the owner is alive (the code that walks them
/// holds the owner).
package final class OwnedDocument {
    package let pointer: xmlDocPtr

    package init(_ pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// A deep, independent copy; reading the original concurrently from several threads is safe
    /// because HTML documents carry no shared dictionary (checked when parsing).
    package func copy() -> OwnedDocument? {
        xmlCopyDoc(pointer, 1).map(OwnedDocument.init)
    }

    package var rootElement: xmlNodePtr? { xmlDocGetRootElement(pointer) }

    /// `<body>` under the root `<html>`, if any.
    package var body: xmlNodePtr? {
        guard let html = rootElement, html.isElement(named: "html") else { return nil }
        return html.elementChildren.first { $0.isElement(named: "body") }
    }

    /// True for exactly `<!DOCTYPE html>` (any case), the only doctype a layout may have.
    package var hasHTML5Doctype: Bool {
        guard let dtd = pointer.pointee.intSubset else { return false }
        return string(fromXMLChars: dtd.pointee.name).lowercased() == "html"
            && dtd.pointee.ExternalID == nil && dtd.pointee.SystemID == nil
    }

    /// libxml2 shares a name dictionary between a document and its copies when the parser made
    /// one; concurrent copies would then write to it unlocked. The HTML parser does not make one.
    package var hasDictionary: Bool { pointer.pointee.dict != nil }
}
