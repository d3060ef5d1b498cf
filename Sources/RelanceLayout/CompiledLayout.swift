/// A layout compiled once into the bytes libxml2 writes for its fixed parts and slots for its
/// directives, so that a page is written by copying bytes and escaping values instead of copying,
/// filling and serialising a DOM. Every fixed byte comes from libxml2's serialiser (see
/// `LayoutCompiler`); values are escaped by `HTMLEscaping`, proved against libxml2 by tests.
///
/// The layout is a few flat tables of plain values (byte ranges and indices) rather than a tree of
/// objects: walking a tree of class instances retains and releases each one it passes, and
/// counting references was half the rendering time of a million-invoice build. Tables of plain
/// values are read through pointers without counting anything, the paths and names the directives
/// hold are read in place from tables of their own, and the sites are reached only for errors.
final class CompiledLayout: @unchecked Sendable {
    // @unchecked: every table is written once, in `init`, and only read afterwards.
    /// Every fixed byte of the layout; nodes hold ranges of it.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Every sibling list, each contiguous: an element's children are `nodes[element.children]`.
    let nodes: UnsafeBufferPointer<CompiledNode>
    let elements: UnsafeBufferPointer<CompiledElement>
    let attributes: UnsafeBufferPointer<CompiledAttribute>
    /// The elements' directives; `sites[i]` says where `directives[i]` was written, for errors.
    let directives: UnsafeBufferPointer<CompiledDirectives>
    let sites: UnsafeBufferPointer<Unmanaged<DirectiveSite>>
    /// Keeps the sites alive.
    private let siteObjects: [DirectiveSite]
    /// What the directives point to.
    let paths: UnsafeBufferPointer<LayoutPath>
    let repetitions: UnsafeBufferPointer<Directives.Repetition>
    let bindings: UnsafeBufferPointer<Directives.AttributeBinding>
    let names: UnsafeBufferPointer<String>
    /// Written before the document's children: the doctype as libxml2 writes it.
    let prefix: Range<Int>
    /// The document's children, the doctype aside, in `nodes`.
    let roots: Range<Int>
    /// Written after them: libxml2's final newline.
    let suffix: Range<Int>
    /// A first guess at a page's size, to allocate its buffer once in the common case.
    let sizeHint: Int

    init(bytes: [UInt8], tables: CompiledTables, prefix: Range<Int>, roots: Range<Int>, suffix: Range<Int>) {
        self.bytes = Self.copy(bytes)
        nodes = Self.copy(tables.nodes)
        elements = Self.copy(tables.elements)
        attributes = Self.copy(tables.attributes)
        directives = Self.copy(tables.directives)
        siteObjects = tables.sites
        sites = Self.copy(tables.sites.map { Unmanaged.passUnretained($0) })
        paths = Self.copy(tables.paths)
        repetitions = Self.copy(tables.repetitions)
        bindings = Self.copy(tables.bindings)
        names = Self.copy(tables.names)
        self.prefix = prefix
        self.roots = roots
        self.suffix = suffix
        sizeHint = bytes.count + bytes.count / 2
    }

    deinit {
        Self.free(bytes)
        Self.free(nodes)
        Self.free(elements)
        Self.free(attributes)
        Self.free(directives)
        Self.free(sites)
        Self.free(paths)
        Self.free(repetitions)
        Self.free(bindings)
        Self.free(names)
    }

    private static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
    }

    private static func free<T>(_ table: UnsafeBufferPointer<T>) {
        let mutable = UnsafeMutableBufferPointer(mutating: table)
        mutable.deinitialize()
        // The allocation has room for one element even when the table is empty (see `copy`).
        UnsafeMutablePointer(mutating: table.baseAddress!).deallocate()
    }
}

/// One node of a sibling list, as the DOM path would have it after filling.
enum CompiledNode: Sendable {
    /// A node with no directive anywhere inside, serialised by libxml2. `whitespace`: it is a text
    /// node of blanks only, which a dropped element that follows takes away with it.
    case fixed(Range<Int>, whitespace: Bool)
    /// An element with directives, or with some below it: its index in `CompiledLayout.elements`.
    case element(Int)
}

/// An element whose start tag, end tag and static attributes were written by libxml2.
struct CompiledElement: Sendable {
    /// Its directives' index in `CompiledLayout.directives`; nil when only its descendants have some.
    let site: Int?
    /// `<name`.
    let open: Range<Int>
    /// In `CompiledLayout.attributes`, in the order libxml2 writes them once the bindings are applied.
    let attributes: Range<Int>
    /// `<br>`, `<img>`…: libxml2 writes `>` and never the children.
    let isVoid: Bool
    /// False for the elements libxml2 leaves unclosed when they have no child (`<li>`).
    let closesWhenEmpty: Bool
    /// `</name>`.
    let close: Range<Int>
    /// In `CompiledLayout.nodes`; empty when `data-text` replaces them or `data-remove="all"` drops
    /// the element.
    let children: Range<Int>
}

/// An element's directives as indices into the layout's tables of paths, repetitions, bindings
/// and names, so that reading them counts no reference.
struct CompiledDirectives: Sendable {
    let removesAll: Bool
    /// In `CompiledLayout.repetitions`, with the name of the item's position
    /// (`item_index` for `data-repeat="item in …"`) in `CompiledLayout.names`.
    let repetition: (index: Int, indexName: Int)?
    /// In `CompiledLayout.paths`.
    let condition: Int?
    let negatedCondition: Int?
    let text: Int?
    /// In `CompiledLayout.bindings`, in the order written.
    let attributes: Range<Int>
}

enum CompiledAttribute: Sendable {
    /// ` name="value"` exactly as libxml2 wrote it.
    case fixed(Range<Int>)
    /// The attribute set by `data-attr-NAME`: binding `binding` of the site; `name` is ` name` as
    /// libxml2 writes it. Written at the static attribute's place when the element had one, after
    /// the static attributes otherwise, as `xmlSetProp` places it.
    case bound(binding: Int, name: Range<Int>, kind: BoundAttributeKind)
}

enum BoundAttributeKind: Sendable {
    /// libxml2 writes the value escaped and quoted.
    case plain
    /// `href`, `src`, `action`, `name` on `<a>`: also percent-escaped.
    case uri
    /// `checked`, `disabled`…: libxml2 writes the name alone, whatever the value.
    case boolean
}
