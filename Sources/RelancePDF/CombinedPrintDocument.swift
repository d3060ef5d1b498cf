import RelanceLayout
import CLibXML2
import Foundation

/// Several generated HTML documents laid one after the other in one document, so that Chromium
/// prints them with one `Page.printToPDF`: a print costs about 100 ms whatever its length, while a
/// 100-page document prints in about half a second. Each document starts on a new page with an
/// invisible marker link (`PartMarkers` reads the page each one starts on), and the printed batch
/// is then cut there (`BatchPrinting`).
///
/// Only documents with the same look are laid together — same style sheets, same inline styles,
/// same `<body>` attributes: `style(of:)` gives that key, or nil for a document that must be
/// printed alone (it runs scripts, sets its own `<base>`, or cannot be read).
enum CombinedPrintDocument {
    /// What documents printed together must share.
    struct Style: Hashable, Sendable {
        let head: [String]
        let body: [String]
        /// The body's classes are not part of the look: each document's go on the `<div>` that
        /// holds it in the batch (`BodyClassSelectors`).
        var classOnParts = false
    }

    /// Parses a document; nil when it cannot be printed with others.
    static func parse(_ source: URL) -> OwnedDocument? {
        guard let data = try? Data(contentsOf: source) else { return nil }
        let document = HTMLParsing.parse([UInt8](data), name: source.path(percentEncoded: false)).document
        guard let document, document.body != nil else { return nil }
        removeSiteScript(from: document.rootElement)
        guard !containsAny(of: ["script", "base", "frame", "iframe"], in: document.rootElement) else { return nil }
        return document
    }

    /// The site's own script only sorts tables on a click (`assets/relance.js`: every page works
    /// without it), so a page prints the same without it; any other script keeps its page alone.
    private static func removeSiteScript(from root: xmlNodePtr?) {
        guard let root else { return }
        for element in root.elementChildren {
            if element.isElement(named: "script"), let source = attribute("src", of: element),
               source == siteScript || source.hasSuffix("/" + siteScript) {
                element.free()
            } else {
                removeSiteScript(from: element)
            }
        }
    }

    private static let siteScript = "relance.js"

    static func style(of document: OwnedDocument, at source: URL) -> Style? {
        guard let head = head(of: document), let body = document.body else { return nil }
        var parts: [String] = []
        // The text of every style sheet, nil once one cannot be read.
        var sheets: [String]? = []
        for element in head.elementChildren {
            switch element.elementName {
            case "link":
                let rel = attribute("rel", of: element) ?? ""
                let href = resolved(attribute("href", of: element), against: source)
                guard rel.lowercased() == "stylesheet" else {
                    parts.append("link \(rel) " + href)
                    continue
                }
                let sheet = standalone(stylesheet: href)
                parts.append("link \(rel) " + (sheet.map { "text " + $0 } ?? href))
                if let sheet { sheets?.append(sheet) } else { sheets = nil }
            case "style":
                let sheet = text(of: element)
                parts.append("style " + sheet)
                sheets?.append(sheet)
            default: continue
            }
        }
        // A `<style>` in the body styles the page too.
        sheets? += styleTexts(in: body)
        let classes = (attribute("class", of: body) ?? "").split(whereSeparator: \.isWhitespace)
        let classOnParts = !classes.isEmpty && sheets.map { BodyClassSelectors.classesCanMove(classes, sheets: $0) } == true
        var bodyAttributes: [String] = []
        var attribute = body.pointee.properties
        while let current = attribute {
            if !(classOnParts && current.name == "class") { bodyAttributes.append("\(current.name)=\(current.value)") }
            attribute = current.pointee.next
        }
        return Style(head: parts, body: bodyAttributes.sorted(), classOnParts: classOnParts)
    }

    /// The text of the document's `<title>`, for the PDF's own title.
    static func title(of document: OwnedDocument) -> String? {
        guard let title = head(of: document)?.elementChildren.first(where: { $0.isElement(named: "title") }) else { return nil }
        let text = text(of: title).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// The documents end to end, as HTML, every relative link made absolute (the batch is
    /// written elsewhere). The first document's head is kept, without its Content-Security-Policy
    /// (the inline styles of the marks and the breaks would break it; the batch is never published).
    /// `classOnParts` (their `Style`'s): each document's body classes go on the `<div>` holding it.
    static func combine(_ documents: [(document: OwnedDocument, source: URL)], classOnParts: Bool = false) -> [UInt8]? {
        guard let (first, firstSource) = documents.first, let output = first.copy(),
              let head = head(of: output), let body = output.body else { return nil }
        let classes = documents.map { $0.document.body.flatMap { attribute("class", of: $0) } }
        if classOnParts { xmlUnsetProp(body, "class") }
        removeContentSecurityPolicy(from: head)
        absolutize(head, against: firstSource)
        var parts: [xmlNodePtr] = []
        for (index, (document, source)) in documents.enumerated() {
            let part = part(index, in: output)
            if classOnParts, let names = classes[index] { xmlNewProp(part, "class", names) }
            if index == 0 {
                while let child = body.pointee.children {
                    xmlUnlinkNode(child)
                    xmlAddChild(part, child)
                }
            } else if let children = document.body?.pointee.children, let copies = xmlDocCopyNodeList(output.pointer, children) {
                xmlAddChildList(part, copies)
            }
            absolutize(part, against: source)
            parts.append(part)
        }
        for part in parts { xmlAddChild(body, part) }
        return HTMLSerialization.bytes(of: output)
    }

    /// Empty pages that look like `document` (its style sheets and `@page` margins) and carry the
    /// page-number footers of documents of `totals` pages, one after the other, after a first page
    /// that holds every glyph of the footers (`PageNumberFooter`): page 1 + t₁ + … + tₖ in all.
    /// `BatchPrinting` lays them over the documents' pages. `style`: the document's.
    static func footerPages(totals: [Int], like document: OwnedDocument, style: Style, at source: URL) -> [UInt8]? {
        guard let output = document.copy(), let head = head(of: output), let body = output.body else { return nil }
        // The footers' rules are an inline style sheet, which the site's policy (`style-src 'self'`) forbids.
        removeContentSecurityPolicy(from: head)
        absolutize(head, against: source)
        let rules = xmlNewDocNode(output.pointer, nil, "style", nil)!
        withXMLChars(PageNumberFooter.marginBoxRules(totals: totals)) { xmlNodeAddContent(rules, $0) }
        xmlAddChild(head, rules)
        body.removeAllChildren()
        // Documents of one look may differ by their body classes (`Style.classOnParts`): an
        // empty page is the same whichever of them it was made from.
        if style.classOnParts { xmlUnsetProp(body, "class") }
        // Laid over printed pages: a painted background would hide them.
        for element in [output.rootElement!, body] { xmlSetProp(element, "style", "background:none !important") }
        let names = [PageNumberFooter.glyphPageName]
            + totals.flatMap { total in (1...total).map { PageNumberFooter.pageName($0, of: total) } }
        for (position, name) in names.enumerated() {
            let sheet = xmlNewDocNode(output.pointer, nil, "div", nil)!
            let breaks = position + 1 < names.count ? ";break-after:page" : ""
            xmlNewProp(sheet, "style", "height:1px;page:\(name)" + breaks)
            xmlAddChild(body, sheet)
        }
        return HTMLSerialization.bytes(of: output)
    }

    /// `<div>` opening document `index` on a new page, with its marker: a link to
    /// `PartMarkers.prefix` + `index` that takes no room (1 px high, pulled back by its margin) and
    /// shows nothing (transparent text, U+2063, an invisible separator: a link needs a box).
    private static func part(_ index: Int, in document: OwnedDocument) -> xmlNodePtr {
        let part = xmlNewDocNode(document.pointer, nil, "div", nil)!
        if index > 0 { xmlNewProp(part, "style", "break-before:page") }
        let marker = xmlNewDocNode(document.pointer, nil, "a", nil)!
        xmlNewProp(marker, "href", PartMarkers.prefix + String(index))
        xmlNewProp(marker, "style", "display:block;font-size:1px;line-height:1px;height:1px;margin:0 0 -1px 0;padding:0;border:0;color:transparent;overflow:hidden")
        withXMLChars("\u{2063}") { xmlNodeAddContent(marker, $0) }
        xmlAddChild(part, marker)
        return part
    }

    /// Takes the page's Content-Security-Policy out of a copy made for printing, which is never
    /// published and carries inline styles the policy forbids.
    private static func removeContentSecurityPolicy(from head: xmlNodePtr) {
        for element in head.elementChildren {
            if element.isElement(named: "meta"), attribute("http-equiv", of: element)?.lowercased() == "content-security-policy" {
                element.free()
            }
        }
    }

    private static func head(of document: OwnedDocument) -> xmlNodePtr? {
        document.rootElement?.elementChildren.first { $0.isElement(named: "head") }
    }

    private static func attribute(_ name: String, of element: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(element, name) else { return nil }
        defer { relance_xmlFree(value) }
        return string(fromXMLChars: value)
    }

    private static func text(of element: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(element) else { return "" }
        defer { relance_xmlFree(content) }
        return string(fromXMLChars: content)
    }

    /// A local style sheet that refers to nothing else (no `url(…)`, no `@import`), by its text:
    /// copies of one sheet in several folders (each case file's `pieces/courrier.css`) then style
    /// their documents alike, and the documents print together. Nil for any other sheet, which is
    /// told apart by its address.
    private static func standalone(stylesheet href: String) -> String? {
        guard let url = URL(string: href), url.isFileURL, let data = try? Data(contentsOf: url),
              let text = String(data: data, encoding: .utf8) else { return nil }
        let lowered = text.lowercased()
        guard !lowered.contains("url("), !lowered.contains("@import") else { return nil }
        return text
    }

    /// A link relative to `source` made absolute; fragments, `data:` and absolute URLs as they are.
    private static func resolved(_ value: String?, against source: URL) -> String {
        guard let value, !value.isEmpty, !value.hasPrefix("#"), !value.hasPrefix("data:"),
              let url = URL(string: value, relativeTo: source) else { return value ?? "" }
        return url.absoluteString
    }

    /// Every `href` and `src` under `root` made absolute against `source`, except the links of
    /// `<a>` to local files, which are dropped: in a PDF they would name a folder of this machine
    /// (the staging folder, gone after the build), and two builds would differ by it.
    private static func absolutize(_ root: xmlNodePtr, against source: URL) {
        for element in root.elementChildren {
            if element.isElement(named: "a") {
                if let value = attribute("href", of: element), !isRemote(value) { xmlUnsetProp(element, "href") }
            } else {
                for name in ["href", "src"] {
                    if let value = attribute(name, of: element) { xmlSetProp(element, name, resolved(value, against: source)) }
                }
            }
            absolutize(element, against: source)
        }
    }

    /// A link that means the same on any machine.
    private static func isRemote(_ link: String) -> Bool {
        let lowercased = link.lowercased()
        return ["http:", "https:", "mailto:", "tel:"].contains { lowercased.hasPrefix($0) }
    }

    /// The text of every `<style>` element under `root`.
    private static func styleTexts(in root: xmlNodePtr) -> [String] {
        root.elementChildren.flatMap { element in element.isElement(named: "style") ? [text(of: element)] : styleTexts(in: element) }
    }

    private static func containsAny(of names: Set<String>, in root: xmlNodePtr?) -> Bool {
        guard let root else { return false }
        for element in root.elementChildren {
            if names.contains(element.elementName) || containsAny(of: names, in: element) { return true }
        }
        return false
    }
}
