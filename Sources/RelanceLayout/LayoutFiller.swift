import CLibXML2

/// Fills one page: walks a fresh copy of a layout and applies the directives in place.
///
/// Order on each element:
/// 1. `data-remove` — `all` drops the element (nothing else is evaluated);
///    `all-but-first` prunes its children after the first element child.
/// 2. `data-repeat` — the element is cloned once per item, with `item` and `item_index` bound;
///    everything below happens per clone.
/// 3. `data-if`, then `data-unless` — a failing test drops the element.
/// 4. `data-include` — nothing left to do: the fragment was spliced in when the layout was loaded.
/// 5. `data-text` — the children become one text node.
/// 6. `data-attr-NAME` — in the order written.
/// 7. The children, unless `data-text` replaced them.
struct LayoutFiller {
    let document: OwnedDocument
    let sites: [DirectiveSite]

    func fill(_ scope: LayoutScope) throws(LayoutError) {
        try fillChildren(of: document.pointer.pointee.children, scope)
    }

    private func fillChildren(of first: xmlNodePtr?, _ scope: LayoutScope) throws(LayoutError) {
        var next = first
        while let node = next {
            // Taken before filling: filling only inserts before the node or removes it.
            next = node.pointee.next
            if node.isElement { try fillElement(node, scope) }
        }
    }

    private func fillElement(_ element: xmlNodePtr, _ scope: LayoutScope) throws(LayoutError) {
        guard let index = DirectiveMarker.take(from: element) else {
            return try fillChildren(of: element.pointee.children, scope)
        }
        let site = sites[index]
        let directives = site.directives

        switch directives.removal {
        case .all?: return element.dropWithLeadingWhitespace()
        case .allButFirst?: Self.keepFirstElementChild(of: element)
        case nil: break
        }

        guard let repetition = directives.repetition else {
            return try fillBound(element, site, scope)
        }
        let items = try DirectiveValues.items(repetition, scope, site)
        // Clones go before the original, each after a copy of the original's indentation, so the
        // rows keep the layout's line breaks; all are inserted before any is filled.
        let indentation = element.pointee.prev.flatMap { $0.isWhitespaceText ? $0 : nil }
        var clones: [xmlNodePtr] = []
        clones.reserveCapacity(items.count)
        for index in items.indices {
            if index > 0, let indentation, let copy = xmlDocCopyNode(indentation, document.pointer, 1) {
                xmlAddPrevSibling(element, copy)
            }
            guard let clone = xmlDocCopyNode(element, document.pointer, 1) else { throw site.error("out of memory") }
            xmlAddPrevSibling(element, clone)
            clones.append(clone)
        }
        if items.isEmpty { element.dropWithLeadingWhitespace() } else { element.free() }
        for (index, clone) in clones.enumerated() {
            try fillBound(clone, site, scope.binding(repetition.variable, to: items[index], position: index + 1))
        }
    }

    /// Steps 3 to 7, on an element whose loop variable (if any) is bound.
    private func fillBound(_ element: xmlNodePtr, _ site: DirectiveSite, _ scope: LayoutScope) throws(LayoutError) {
        let directives = site.directives
        if let path = directives.condition, !(try DirectiveValues.test(path, scope, site)) {
            return element.dropWithLeadingWhitespace()
        }
        if let path = directives.negatedCondition, try DirectiveValues.test(path, scope, site) {
            return element.dropWithLeadingWhitespace()
        }

        if let path = directives.text {
            let text = try DirectiveValues.text(path, scope, site)
            element.removeAllChildren()
            xmlAddChild(element, withXMLChars(text) { xmlNewDocText(document.pointer, $0) })
        }

        for binding in directives.attributes {
            if let text = try DirectiveValues.attribute(binding, scope, site) {
                withXMLChars(binding.name) { name in withXMLChars(text) { _ = xmlSetProp(element, name, $0) } }
            } else {
                withXMLChars(binding.name) { _ = xmlUnsetProp(element, $0) }
            }
        }

        if directives.text == nil {
            try fillChildren(of: element.pointee.children, scope)
        }
    }

    /// `data-remove="all-but-first"`: everything after the first element child goes (elements,
    /// text, comments), except whitespace that ends the element, which keeps the closing tag's
    /// indentation. Children before the first element child stay.
    static func keepFirstElementChild(of element: xmlNodePtr) {
        var first = element.pointee.children
        while let node = first, !node.isElement { first = node.pointee.next }
        guard let kept = first else { return }
        var next = kept.pointee.next
        while let node = next {
            next = node.pointee.next
            if next == nil, node.isWhitespaceText { break }
            node.free()
        }
    }
}
