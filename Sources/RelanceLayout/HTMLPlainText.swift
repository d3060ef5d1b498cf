import CLibXML2

/// The text of a rendered page, for an e-mail's plain-text alternative: block elements become lines,
/// table cells are separated by " | ", runs of whitespace collapse, `<head>`, `<style>`, `<script>` and
/// `<title>` are skipped. Read through libxml2, like everything else, rather than by string surgery.
///
/// libxml2 reports the elements and text to `PlainTextReader` as it parses (SAX) instead of building
/// a tree that is walked once and freed: every e-mail of a large book is read here, and the tree,
/// its names as Strings and its walk cost more than the reading that remains.
package enum HTMLPlainText {
    package static func text(of html: [UInt8]) -> String {
        LibXMLSetup.ensureInitialised()
        let reader = PlainTextReader()
        html.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let context = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return }
                defer { htmlFreeParserCtxt(context) }
                // The same reading as `HTMLParsing.parse` (UTF-8, no network, no messages): only the
                // receiver of what is read differs.
                if let utf8 = xmlFindCharEncodingHandler("UTF-8") {
                    xmlSwitchToEncoding(context, utf8)
                    if let input = context.pointee.input {
                        relance_xmlFree(UnsafeMutableRawPointer(mutating: input.pointee.encoding))
                        input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
                    }
                }
                context.pointee.sax.pointee = PlainTextReader.handler
                context.pointee.userData = Unmanaged.passUnretained(reader).toOpaque()
                htmlCtxtUseOptions(context, HTMLParsing.options)
                xmlSetStructuredErrorFunc(nil, ignoreDiagnostic)
                defer { xmlSetStructuredErrorFunc(nil, nil) }
                htmlParseDocument(context)
            }
        }
        return withExtendedLifetime(reader) { reader.finish() }
    }
}

/// Turns libxml2's events into lines. Only the body counts; `head`, `style`, `script` and `title`
/// are skipped with everything inside them.
private final class PlainTextReader {
    /// What an element does to the lines.
    enum Role {
        case body, skipped, block, cell, lineBreak, span, other
    }

    /// What to do when an element ends, one entry per element open in the body.
    private enum Ending {
        case nothing, endLine, leaveBody
    }

    // Unchecked: libxml2 calls back one event at a time on this thread, so no two accesses
    // overlap, and the checks cost more than the appends they guard.
    @exclusivity(unchecked) private var lines: [String] = []
    /// The text of the line being read, whitespace not yet collapsed; bytes, not Characters:
    /// collapsing on bytes also treats "\r\n" as whitespace, which the cluster "\r\n" never matched.
    @exclusivity(unchecked) private var current: [UInt8] = []
    /// Cells started on this line: a separator goes before every cell but the first, whatever
    /// whitespace the layout put between the row and its first cell.
    private var cellsOnLine = 0
    private var inBody = false
    /// Whether the document had a body: without one there is no text at all, not even an empty line.
    private var sawBody = false
    /// Depth inside a skipped element; 0 outside.
    private var skippedDepth = 0
    @exclusivity(unchecked) private var endings: [Ending] = []

    func start(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if skippedDepth > 0 { skippedDepth += 1; return }
        let role = Self.role(of: name)
        guard inBody else {
            if role == .body {
                inBody = true
                sawBody = true
                endings.append(.leaveBody)
            } else if role == .skipped {
                skippedDepth = 1
            }
            return
        }
        switch role {
        case .skipped:
            skippedDepth = 1
            return
        case .block:
            endLine()
            endings.append(.endLine)
        case .cell:
            if cellsOnLine > 0 { current.append(contentsOf: " | ".utf8) }
            cellsOnLine += 1
            endings.append(.nothing)
        case .lineBreak:
            endLine()
            endings.append(.nothing)
        case .span:
            endings.append(Self.hasClass("line", attributes) ? .endLine : .nothing)
        case .body, .other:
            endings.append(.nothing)
        }
    }

    func end() {
        if skippedDepth > 0 { skippedDepth -= 1; return }
        guard inBody, let ending = endings.popLast() else { return }
        switch ending {
        case .nothing: break
        case .endLine: endLine()
        case .leaveBody: inBody = false
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<xmlChar>) {
        guard inBody, skippedDepth == 0 else { return }
        current.append(contentsOf: bytes)
    }

    func finish() -> String {
        guard sawBody else { return "" }
        endLine()
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Ends the line being read: its whitespace runs collapse into one space, none at either end;
    /// an empty line adds one blank line, never two in a row nor one at the start.
    private func endLine() {
        cellsOnLine = 0
        // The collapsed text is never longer than what it collapses: written straight into the
        // String's storage (repaired there if a value held invalid UTF-8).
        let text = current.withUnsafeBufferPointer { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            out[count] = 0x20
                            count += 1
                            pendingSpace = false
                        }
                        out[count] = byte
                        count += 1
                    }
                }
                return count
            }
        }
        if !text.isEmpty { lines.append(text) } else if lines.last != "" && !lines.isEmpty { lines.append("") }
        current.removeAll(keepingCapacity: true)
    }

    /// The role of an element by its name, which libxml2 gives lowercase. Names are looked up by
    /// their bytes packed in an integer (all of them are 8 bytes or shorter), not as Strings.
    private static func role(of name: UnsafePointer<xmlChar>) -> Role {
        var packed: UInt64 = 0
        for index in 0..<9 {
            let byte = name[index]
            if byte == 0 { return roles[packed] ?? .other }
            if index == 8 { return .other }
            packed |= UInt64(byte) << (8 * UInt64(index))
        }
        return .other
    }

    private static let roles: [UInt64: Role] = {
        var roles: [UInt64: Role] = [:]
        func add(_ names: [String], _ role: Role) {
            for name in names {
                roles[name.utf8.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }] = role
            }
        }
        add(["body"], .body)
        add(["head", "style", "script", "title"], .skipped)
        add(["p", "div", "section", "article", "header", "footer", "address", "h1", "h2", "h3", "li", "tr", "table", "ul"], .block)
        add(["td", "th"], .cell)
        add(["br"], .lineBreak)
        add(["span"], .span)
        return roles
    }()

    /// Whether the element's `class` attribute lists `name` among its classes.
    private static func hasClass(_ name: String, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Bool {
        guard var pair = attributes else { return false }
        while let attribute = pair[0] {
            if xmlStrEqual(attribute, "class") != 0, let value = pair[1] {
                return String(cString: value).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { $0 == name }
            }
            pair += 2
        }
        return false
    }

    /// The handler libxml2 calls: elements and text only. Blank text libxml2 judges ignorable
    /// (`ignorableWhitespace`) is dropped, as the tree builder drops it.
    static var handler: htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            Unmanaged<PlainTextReader>.fromOpaque(context).takeUnretainedValue().start(name, attributes)
        }
        handler.endElement = { context, _ in
            guard let context else { return }
            Unmanaged<PlainTextReader>.fromOpaque(context).takeUnretainedValue().end()
        }
        handler.characters = { context, bytes, count in
            guard let context, let bytes, count > 0 else { return }
            Unmanaged<PlainTextReader>.fromOpaque(context).takeUnretainedValue()
                .characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        return handler
    }
}

private func ignoreDiagnostic(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {}
