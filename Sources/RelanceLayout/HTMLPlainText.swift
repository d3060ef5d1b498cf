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
        var current = ""
        func endLine() {
            let line = current.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
                .joined(separator: " ")
            if !line.isEmpty { lines.append(line) } else if lines.last != "" && !lines.isEmpty { lines.append("") }
            current = ""
        }
        func walk(_ first: xmlNodePtr?) {
            var next = first
            while let node = next {
                next = node.pointee.next
                if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content {
                    current += String(cString: content)
                } else if node.isElement {
                    let name = node.elementName
                    if skipped.contains(name) { continue }
                    if name == "span", let classes = attribute("class", of: node), classes.contains("line") {
                        walk(node.pointee.children); endLine(); continue
                    }
                    if name == "td" || name == "th" {
                        if !current.isEmpty { current += " | " }
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
