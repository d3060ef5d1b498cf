/// A layout compiled once into the bytes libxml2 writes for its fixed parts and slots for its
/// directives, so that a page is written by copying bytes and escaping values instead of copying,
/// filling and serialising a DOM. Every fixed byte comes from libxml2's serialiser (see
/// `LayoutCompiler`); values are escaped by `HTMLEscaping`, proved against libxml2 by tests.
///
/// The fixed bytes live in one buffer that nodes point into by range, so walking the layout
/// copies no array and counts no reference for them.
final class CompiledLayout: @unchecked Sendable {
    // @unchecked: `bytes` is written once, in `init`, and only read afterwards.
    /// Every fixed byte of the layout; nodes hold ranges of it.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Written before the document's children: the doctype as libxml2 writes it.
    let prefix: Range<Int>
    /// The document's children, the doctype aside.
    let nodes: [CompiledNode]
    /// Written after them: libxml2's final newline.
    let suffix: Range<Int>
    /// A first guess at a page's size, to allocate its buffer once in the common case.
    let sizeHint: Int

    init(bytes: [UInt8], prefix: Range<Int>, nodes: [CompiledNode], suffix: Range<Int>) {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        self.bytes = UnsafeBufferPointer(buffer)
        self.prefix = prefix
        self.nodes = nodes
        self.suffix = suffix
        sizeHint = bytes.count + bytes.count / 2
    }

    deinit { bytes.deallocate() }
}

/// One node of a sibling list, as the DOM path would have it after filling.
enum CompiledNode: Sendable {
    /// A node with no directive anywhere inside, serialised by libxml2. `whitespace`: it is a text
    /// node of blanks only, which a dropped element that follows takes away with it.
    case fixed(Range<Int>, whitespace: Bool)
    /// An element with directives, or with some below it.
    case element(CompiledElement)
}

/// An element whose start tag, end tag and static attributes were written by libxml2.
final class CompiledElement: Sendable {
    /// Its directives, with where they were written; nil when only its descendants have some.
    let site: DirectiveSite?
    /// `item_index` for `data-repeat="item in …"`, made once.
    let indexName: String
    /// `<name`.
    let open: Range<Int>
    /// In the order libxml2 writes them once the bindings are applied.
    let attributes: [CompiledAttribute]
    /// `<br>`, `<img>`…: libxml2 writes `>` and never the children.
    let isVoid: Bool
    /// False for the elements libxml2 leaves unclosed when they have no child (`<li>`).
    let closesWhenEmpty: Bool
    /// `</name>`.
    let close: Range<Int>
    /// Empty when `data-text` replaces them or `data-remove="all"` drops the element.
    let children: [CompiledNode]

    init(site: DirectiveSite?, open: Range<Int>, attributes: [CompiledAttribute], isVoid: Bool,
         closesWhenEmpty: Bool, close: Range<Int>, children: [CompiledNode]) {
        self.site = site
        indexName = site?.directives.repetition.map { $0.variable + "_index" } ?? ""
        self.open = open
        self.attributes = attributes
        self.isVoid = isVoid
        self.closesWhenEmpty = closesWhenEmpty
        self.close = close
        self.children = children
    }
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

/// Collects the fixed bytes of a layout while it is compiled.
struct CompiledBytes {
    private(set) var bytes: [UInt8] = []

    /// The range `chunk` occupies; the same chunk written twice is stored twice (layouts are small).
    mutating func add(_ chunk: [UInt8]) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: chunk)
        return start..<bytes.count
    }
}
