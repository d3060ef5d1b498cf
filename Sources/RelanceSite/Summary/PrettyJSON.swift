/// A JSON writer that appends bytes as it goes, in exactly the format of Foundation's JSONEncoder
/// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space indent, `"key" : value`,
/// empty containers on three lines, the same escapes). On a million-invoice book JSONEncoder built
/// an intermediate tree of the whole document: seconds and hundreds of megabytes this writer does
/// not spend. Callers write the keys of each object in sorted order; a test compares the bytes
/// with JSONEncoder's.
struct PrettyJSON {
    private(set) var bytes: [UInt8] = []
    /// Per open container: whether it has an element yet.
    private var started: [Bool] = []
    /// After a key, the value goes on the same line.
    private var afterKey = false

    /// Receives the bytes written so far whenever they reach `pieceSize`, so that a large
    /// document never sits in memory whole; nil keeps every byte in `bytes`.
    private let sink: ((ArraySlice<UInt8>) -> Void)?
    private let pieceSize: Int

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        sink = nil
        pieceSize = .max
    }

    /// A writer that hands its bytes to `sink` in pieces of about `pieceSize` bytes; `finish()`
    /// hands over the last one.
    init(pieceSize: Int, sink: @escaping (ArraySlice<UInt8>) -> Void) {
        self.pieceSize = pieceSize
        self.sink = sink
        bytes.reserveCapacity(pieceSize + 4_096)
    }

    /// Between two elements of a container, where a piece may end.
    private mutating func handOverIfFull() {
        guard let sink, bytes.count >= pieceSize else { return }
        sink(bytes[...])
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func object(_ body: (inout PrettyJSON) -> Void) { container(open: "{", close: "}", body) }
    mutating func array(_ body: (inout PrettyJSON) -> Void) { container(open: "[", close: "]", body) }

    mutating func key(_ name: String) {
        startElement()
        quoted(name)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
        afterKey = true
    }

    mutating func string(_ text: String) {
        startValue()
        quoted(text)
    }

    /// `text` between quotes, escaped as JSONEncoder escapes it. The runs of bytes that need no
    /// escape (nearly all of them) are copied whole rather than byte by byte.
    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(of: byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape of a quote, a backslash or a control character.
    private mutating func appendEscape(of byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    mutating func int(_ value: Int) { startValue(); bytes.append(contentsOf: String(value).utf8) }
    mutating func bool(_ value: Bool) { startValue(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func null() { startValue(); bytes.append(contentsOf: "null".utf8) }

    /// The document followed by a final line break, as summary.json ends; with a sink, the last
    /// piece goes to it and nothing is returned.
    mutating func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        guard let sink else { return bytes }
        sink(bytes[...])
        bytes.removeAll()
        return []
    }

    private mutating func container(open: Character, close: Character, _ body: (inout PrettyJSON) -> Void) {
        startValue()
        bytes.append(UInt8(ascii: open.unicodeScalars.first!))
        started.append(false)
        body(&self)
        let hadElements = started.removeLast()
        bytes.append(0x0A)
        // An empty container still spans three lines, its closing bracket indented.
        if !hadElements { bytes.append(0x0A) }
        indent(started.count)
        bytes.append(UInt8(ascii: close.unicodeScalars.first!))
    }

    /// A value in an array starts its own line; after a key it follows on the same line.
    private mutating func startValue() {
        if afterKey { afterKey = false; return }
        if !started.isEmpty { startElement() }
    }

    private mutating func startElement() {
        handOverIfFull()
        if started[started.count - 1] { bytes.append(UInt8(ascii: ",")) }
        started[started.count - 1] = true
        bytes.append(0x0A)
        indent(started.count)
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }
}
