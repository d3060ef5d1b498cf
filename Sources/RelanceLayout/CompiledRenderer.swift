/// Writes one page from a `CompiledLayout`, applying the directives in the order `LayoutFiller`
/// documents, with the same values, errors and whitespace rules.
///
/// The DOM path's one context-dependent edit is "drop an element together with the blank text
/// node just before it". To reproduce it, every node written in an open sibling list leaves a
/// `Mark` (where its bytes start, whether it is blank text): dropping an element removes the last
/// mark's bytes when it is blank, exactly as the DOM removes the previous sibling. Marks also count
/// an element's children, which decides how libxml2 closes it.
struct CompiledRenderer: ~Copyable {
    /// Where a node written in an open sibling list starts, and whether it is blank text.
    private struct Mark {
        let start: Int
        let whitespace: Bool
    }

    /// The layout whose tables are read; the renderer holds it, so they stay valid while it renders.
    private let layout: CompiledLayout
    private var scope: LayoutScope
    private var out: FlatBuffer<UInt8>
    private var marks = FlatBuffer<Mark>(capacity: 64)
    /// First mark of the innermost open sibling list.
    private var base = 0

    /// Renders `layout` with `scope` as the page's data.
    static func render(_ layout: CompiledLayout, _ scope: LayoutScope) throws(LayoutError) -> [UInt8] {
        var renderer = CompiledRenderer(layout: layout, scope: scope)
        renderer.append(layout.prefix)
        try renderer.write(layout.roots)
        renderer.append(layout.suffix)
        return renderer.finish()
    }

    private init(layout: CompiledLayout, scope: LayoutScope) {
        self.layout = layout
        self.scope = scope
        out = FlatBuffer(capacity: layout.sizeHint)
    }

    private consuming func finish() -> [UInt8] {
        out.array()
    }

    private mutating func append(_ range: Range<Int>) {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: layout.bytes[range]))
    }

    /// The sibling list `layout.nodes[range]`.
    private mutating func write(_ range: Range<Int>) throws(LayoutError) {
        for index in range {
            switch layout.nodes[index] {
            case .fixed(let range, let whitespace):
                marks.append(Mark(start: out.count, whitespace: whitespace))
                append(range)
            case .element(let element):
                try write(element: layout.elements[element])
            }
        }
    }

    /// Steps 1 and 2: removal and repetition.
    private mutating func write(element: CompiledElement) throws(LayoutError) {
        guard let index = element.site else { return try writeKept(element, nil, text: nil) }
        let site = SiteIndex(index, layout.sites)
        let directives = layout.directives[index]
        if directives.removesAll { return dropPrecedingWhitespace() }
        guard let repetition = directives.repetition else { return try writeBound(element, site, directives) }
        let items = try DirectiveValues.items(layout.repetitions[repetition.index], scope, site)
        guard !items.isEmpty else { return dropPrecedingWhitespace() }
        // Each clone after the first follows a copy of the original's indentation, taken before any
        // clone is filled (a dropped clone takes its indentation away).
        let indentation = items.count > 1 ? precedingWhitespace() : nil
        for (offset, item) in items.enumerated() {
            if offset > 0, let indentation {
                marks.append(Mark(start: out.count, whitespace: true))
                out.append(bytesOf: indentation)
            }
            scope.enter(layout.repetitions[repetition.index].variable,
                        indexName: layout.names[repetition.indexName], item: item, position: offset + 1)
            defer { scope.leave() }
            try writeBound(element, site, directives)
        }
    }

    /// Steps 3 to 5: the tests, then the text.
    private mutating func writeBound(_ element: CompiledElement, _ site: SiteIndex,
                                     _ directives: CompiledDirectives) throws(LayoutError) {
        if let path = directives.condition, !(try DirectiveValues.test(layout.paths[path], scope, site)) {
            return dropPrecedingWhitespace()
        }
        if let path = directives.negatedCondition, try DirectiveValues.test(layout.paths[path], scope, site) {
            return dropPrecedingWhitespace()
        }
        // The text before the attributes: errors come in the DOM filler's order.
        let text = try directives.text.map { path throws(LayoutError) in
            try DirectiveValues.text(layout.paths[path], scope, site)
        }
        try writeKept(element, try AttributeValues(directives.attributes, layout.bindings, site, scope), text: text)
    }

    /// Steps 6 and 7: the element, its attributes and its content.
    private mutating func writeKept(_ element: CompiledElement, _ values: AttributeValues?,
                                    text: String?) throws(LayoutError) {
        marks.append(Mark(start: out.count, whitespace: false))
        append(element.open)
        for index in element.attributes {
            switch layout.attributes[index] {
            case .fixed(let range):
                append(range)
            case .bound(let binding, let name, let kind):
                guard let value = values?[binding] else { continue }
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
        return out.array(from: last.start)
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

    init(_ range: Range<Int>, _ bindings: UnsafeBufferPointer<Directives.AttributeBinding>, _ site: SiteIndex,
         _ scope: LayoutScope) throws(LayoutError) {
        guard let head = range.first else { return }
        first = try DirectiveValues.attribute(bindings[head], scope, site)
        for binding in range.dropFirst() {
            others.append(try DirectiveValues.attribute(bindings[binding], scope, site))
        }
    }

    subscript(_ binding: Int) -> String? { binding == 0 ? first : others[binding - 1] }
}

/// A directive site of the layout by its index: the site itself is only reached for an error.
private struct SiteIndex: DirectiveLocation {
    let index: Int
    let sites: UnsafeBufferPointer<Unmanaged<DirectiveSite>>

    init(_ index: Int, _ sites: UnsafeBufferPointer<Unmanaged<DirectiveSite>>) {
        self.index = index
        self.sites = sites
    }

    func error(_ message: String) -> LayoutError { sites[index].takeUnretainedValue().error(message) }
}
