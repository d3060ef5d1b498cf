/// The tables of a layout while it is compiled.
struct CompiledTables {
    private(set) var nodes: [CompiledNode] = []
    private(set) var elements: [CompiledElement] = []
    private(set) var attributes: [CompiledAttribute] = []
    private(set) var directives: [CompiledDirectives] = []
    private(set) var sites: [DirectiveSite] = []
    private(set) var paths: [LayoutPath] = []
    private(set) var repetitions: [Directives.Repetition] = []
    private(set) var bindings: [Directives.AttributeBinding] = []
    private(set) var names: [String] = []

    /// Stores a sibling list contiguously; returns where it is.
    mutating func add(siblings: [CompiledNode]) -> Range<Int> {
        nodes.appendReturningRange(siblings)
    }

    mutating func add(attributes list: [CompiledAttribute]) -> Range<Int> {
        attributes.appendReturningRange(list)
    }

    /// Stores a site's directives; returns their index.
    mutating func add(site: DirectiveSite) -> Int {
        let written = site.directives
        let repetition = written.repetition.map { repetition -> (index: Int, indexName: Int) in
            repetitions.append(repetition)
            names.append(repetition.variable + "_index")
            return (repetitions.count - 1, names.count - 1)
        }
        let attributes = bindings.appendReturningRange(written.attributes)
        directives.append(CompiledDirectives(
            removesAll: written.removal == .all, repetition: repetition, condition: add(path: written.condition),
            negatedCondition: add(path: written.negatedCondition), text: add(path: written.text),
            attributes: attributes))
        sites.append(site)
        return sites.count - 1
    }

    private mutating func add(path: LayoutPath?) -> Int? {
        guard let path else { return nil }
        paths.append(path)
        return paths.count - 1
    }

    /// The node of a new element.
    mutating func add(element: CompiledElement) -> CompiledNode {
        elements.append(element)
        return .element(elements.count - 1)
    }
}

/// Collects the fixed bytes of a layout while it is compiled.
struct CompiledBytes {
    private(set) var bytes: [UInt8] = []

    /// The range `chunk` occupies; the same chunk written twice is stored twice (layouts are small).
    mutating func add(_ chunk: [UInt8]) -> Range<Int> {
        bytes.appendReturningRange(chunk)
    }
}

extension Array {
    /// Appends `elements`; returns the range they occupy, which is how the tables refer to them.
    fileprivate mutating func appendReturningRange(_ elements: [Element]) -> Range<Int> {
        let start = count
        append(contentsOf: elements)
        return start..<count
    }
}
