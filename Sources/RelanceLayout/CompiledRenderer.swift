/// Writes one page from a `CompiledLayout`, applying the directives in the order `LayoutFiller`
/// documents, with the same values, errors and whitespace rules.
///
/// The DOM path's one context-dependent edit is "drop an element together with the blank text
/// node just before it". To reproduce it, every node written in an open sibling list leaves a
/// `Mark` (where its bytes start, whether it is blank text): dropping an element removes the last
/// mark's bytes when it is blank, exactly as the DOM removes the previous sibling. Marks also count
/// an element's children, which decides how libxml2 closes it.
struct CompiledRenderer {
    private struct Mark {
        let start: Int
        let whitespace: Bool
    }

    /// The layout's fixed bytes; valid while the layout is alive, which `render` guarantees.
    private let fixed: UnsafeBufferPointer<UInt8>
    private var scope: LayoutScope
    private var out: [UInt8] = []
    private var marks: [Mark] = []
    /// First mark of the innermost open sibling list.
    private var base = 0

    /// Renders `layout` with `scope` as the page's data.
    static func render(_ layout: CompiledLayout, _ scope: LayoutScope) throws(LayoutError) -> [UInt8] {
        try withExtendedLifetime(layout) { () throws(LayoutError) -> [UInt8] in
            var renderer = CompiledRenderer(fixed: layout.bytes, scope: scope)
            renderer.out.reserveCapacity(layout.sizeHint)
            renderer.marks.reserveCapacity(64)
            renderer.append(layout.prefix)
            try renderer.write(layout.nodes)
            renderer.append(layout.suffix)
            return renderer.out
        }
    }

    private init(fixed: UnsafeBufferPointer<UInt8>, scope: LayoutScope) {
        self.fixed = fixed
        self.scope = scope
    }

    private mutating func append(_ range: Range<Int>) {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: fixed[range]))
    }

    private mutating func write(_ nodes: [CompiledNode]) throws(LayoutError) {
        for node in nodes {
            switch node {
            case .fixed(let range, let whitespace):
                marks.append(Mark(start: out.count, whitespace: whitespace))
                append(range)
            case .element(let element):
                try write(element)
            }
        }
    }

    /// Steps 1 and 2: removal and repetition.
    private mutating func write(_ element: CompiledElement) throws(LayoutError) {
        guard let site = element.site else { return try writeKept(element, text: nil) }
        if site.directives.removal == .all { return dropPrecedingWhitespace() }
        guard let repetition = site.directives.repetition else { return try writeBound(element, site) }
        let items = try DirectiveValues.items(repetition, scope, site)
        guard !items.isEmpty else { return dropPrecedingWhitespace() }
        // Each clone after the first follows a copy of the original's indentation, taken before any
        // clone is filled (a dropped clone takes its indentation away).
        let indentation = items.count > 1 ? precedingWhitespace() : nil
        for (offset, item) in items.enumerated() {
            if offset > 0, let indentation {
                marks.append(Mark(start: out.count, whitespace: true))
                out.append(contentsOf: indentation)
            }
            scope.enter(repetition.variable, indexName: element.indexName, item: item, position: offset + 1)
            defer { scope.leave() }
            try writeBound(element, site)
        }
    }

    /// Steps 3 to 5: the tests, then the text.
    private mutating func writeBound(_ element: CompiledElement, _ site: DirectiveSite) throws(LayoutError) {
        if let path = site.directives.condition, !(try DirectiveValues.test(path, scope, site)) {
            return dropPrecedingWhitespace()
        }
        if let path = site.directives.negatedCondition, try DirectiveValues.test(path, scope, site) {
            return dropPrecedingWhitespace()
        }
        guard let path = site.directives.text else { return try writeKept(element, text: nil) }
        try writeKept(element, text: try DirectiveValues.text(path, scope, site))
    }

    /// Steps 6 and 7: the element, its attributes and its content.
    private mutating func writeKept(_ element: CompiledElement, text: String?) throws(LayoutError) {
        let values = try AttributeValues(element.site, scope)
        marks.append(Mark(start: out.count, whitespace: false))
        append(element.open)
        for attribute in element.attributes {
            switch attribute {
            case .fixed(let range):
                append(range)
            case .bound(let binding, let name, let kind):
                guard let value = values[binding] else { continue }
                append(name)
                if kind != .boolean { HTMLEscaping.appendAttributeValue(value, uri: kind == .uri, to: &out) }
            }
        }
        out.append(UInt8(ascii: ">"))
        if let text {
            // A void element cannot carry data-text (refused when loading).
            HTMLEscaping.appendText(text, to: &out)
            append(element.close)
            return
        }
        let outerBase = base
        let childrenStart = out.count
        base = marks.count
        try write(element.children)
        let childCount = marks.count - base
        marks.removeLast(childCount)
        base = outerBase
        if element.isVoid {
            // The DOM path fills them, libxml2 never writes them.
            out.removeLast(out.count - childrenStart)
        } else if childCount > 0 || element.closesWhenEmpty {
            append(element.close)
        }
    }

    /// The bytes of the blank text node just written in this sibling list, if that is the last node.
    private func precedingWhitespace() -> [UInt8]? {
        guard marks.count > base, let last = marks.last, last.whitespace else { return nil }
        return Array(out[last.start...])
    }

    /// `dropWithLeadingWhitespace`: the element is not written, and a blank text node just before
    /// it goes too.
    private mutating func dropPrecedingWhitespace() {
        guard marks.count > base, let last = marks.last, last.whitespace else { return }
        out.removeLast(out.count - last.start)
        marks.removeLast()
    }
}

/// The values of a site's `data-attr-*`, resolved in the order written (so errors come in that
/// order); nil removes the attribute. Most elements bind one attribute: that one needs no array.
private struct AttributeValues {
    private var first: String?
    private var others: [String?] = []

    init(_ site: DirectiveSite?, _ scope: LayoutScope) throws(LayoutError) {
        guard let site, let head = site.directives.attributes.first else { return }
        first = try DirectiveValues.attribute(head, scope, site)
        for binding in site.directives.attributes.dropFirst() {
            others.append(try DirectiveValues.attribute(binding, scope, site))
        }
    }

    subscript(_ binding: Int) -> String? { binding == 0 ? first : others[binding - 1] }
}
