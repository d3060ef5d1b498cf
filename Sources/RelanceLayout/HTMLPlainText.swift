import CLibXML2

/// The text of a rendered page, for an e-mail's plain-text alternative: block elements become lines,
/// table cells are separated by " | ", runs of whitespace collapse, `<style>`, `<head>` and hidden
/// print aids are skipped. Read through libxml2, like everything else, rather than by string surgery.
package enum HTMLPlainText {
    private static let blocks: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "address", "h1", "h2", "h3", "li", "tr", "table", "ul",
    ]
    private static let skipped: Set<String> = ["head", "style", "script", "title"]

    package static func text(of html: [UInt8]) -> String {
        guard let document = HTMLParsing.parse(html, name: "e-mail").document, let body = document.body else { return "" }
        var lines: [String] = []
        // Bytes, not Characters: the plain text of every e-mail of a large book is made here, and
        // splitting a String walks grapheme clusters (6 % of a 9,000-letter build's CPU). Collapsing
        // on bytes also treats "\r\n" as whitespace, which the cluster "\r\n" never matched.
        var current: [UInt8] = []
        var line: [UInt8] = []
        // Cells started on this line: a separator goes before every cell but the first, whatever
        // whitespace the layout put between the row and its first cell.
        var cellsOnLine = 0
        func endLine() {
            cellsOnLine = 0
            line.removeAll(keepingCapacity: true)
            var pendingSpace = false
            for byte in current {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    pendingSpace = !line.isEmpty
                } else {
                    if pendingSpace { line.append(0x20); pendingSpace = false }
                    line.append(byte)
                }
            }
            if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) } else if lines.last != "" && !lines.isEmpty { lines.append("") }
            current.removeAll(keepingCapacity: true)
        }
        func walk(_ first: xmlNodePtr?) {
            var next = first
            while let node = next {
                next = node.pointee.next
                if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content {
                    current.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                } else if node.isElement {
                    let name = node.elementName
                    if skipped.contains(name) { continue }
                    if name == "span", let classes = attribute("class", of: node), classes.contains("line") {
                        walk(node.pointee.children); endLine(); continue
                    }
                    if name == "td" || name == "th" {
                        if cellsOnLine > 0 { current.append(contentsOf: " | ".utf8) }
                        cellsOnLine += 1
                        walk(node.pointee.children); continue
                    }
                    if name == "br" { endLine(); continue }
                    let isBlock = blocks.contains(name)
                    if isBlock { endLine() }
                    walk(node.pointee.children)
                    if isBlock { endLine() }
                }
            }
        }
        walk(body.pointee.children)
        endLine()
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { relance_xmlFree(value) }
        return String(cString: value)
    }
}
