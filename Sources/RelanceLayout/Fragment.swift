import CLibXML2

/// A parsed `data-include` file: the nodes to splice, owned by their document.
final class Fragment {
    private let document: OwnedDocument
    /// First of the content nodes (the body's children), nil when the fragment is empty.
    var contentHead: xmlNodePtr? { document.body?.pointee.children }

    /// `document`'s own includes must already be resolved.
    init(document: OwnedDocument) {
        self.document = document
        trimWhitespaceEnds()
    }

    /// A fragment may be a bare piece of HTML (`<nav>…</nav>`) or a full page a designer can open;
    /// from a full page only the body's content is used. A bare piece is parsed inside a body
    /// (libxml2's NOIMPLIED mode nests sibling elements wrongly); the wrapper goes on line 1
    /// without a newline so line numbers stay those of the file.
    static func parseableBytes(_ bytes: [UInt8]) -> [UInt8] {
        isFullDocument(bytes) ? bytes : Array("<!DOCTYPE html><html><body>".utf8) + bytes
    }

    private static func isFullDocument(_ bytes: [UInt8]) -> Bool {
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(bytes[start]) { start += 1 }
        let head = String(decoding: bytes[start..<min(start + 9, bytes.endIndex)], as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype") || head.hasPrefix("<html")
    }

    /// The file's final newline (and any leading blank) would otherwise land inside the including
    /// element, before its closing tag.
    private func trimWhitespaceEnds() {
        guard let body = document.body else { return }
        while let first = body.pointee.children, first.isWhitespaceText { first.free() }
        while let last = body.pointee.last, last.isWhitespaceText { last.free() }
    }
}
