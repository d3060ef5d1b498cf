import CLibXML2
import RelanceTestSupport
import Testing
@testable import RelanceLayout

/// `HTMLEscaping` against libxml2 itself: each string is put in a text node and in attributes
/// exactly as the DOM path puts it (`xmlNewDocText`, `xmlSetProp`) and serialised by libxml2; the
/// compiled renderer's bytes must be the same. Every ASCII byte, every short string over the
/// characters that matter, a spread of all Unicode scalars, and random longer strings.
@Suite("Compiled escaping is libxml2's escaping")
struct CompiledEscapingTests {
    /// The characters libxml2 treats specially somewhere, plus ordinary ones around them.
    static let alphabet: [String] = [
        "<", ">", "&", "\"", "'", "{", "}", "!", "-", "#", "%", " ", "\t", "\n", "\r", "\u{1}", "\u{C}", "\u{0}",
        "a", "é", "😀", ":", "/",
    ]

    @Test func everyASCIIByte() throws {
        let reference = try LibXML2Reference()
        for byte in UInt8(1)...UInt8(127) {
            let character = String(decoding: [byte], as: UTF8.self)
            for text in [character, "a\(character)b", " \(character)"] { reference.check(text) }
        }
    }

    @Test func everyStringOfUpToThreeCharacters() throws {
        let reference = try LibXML2Reference()
        reference.check("")
        for a in Self.alphabet {
            reference.check(a)
            for b in Self.alphabet {
                reference.check(a + b)
                for c in Self.alphabet { reference.check(a + b + c) }
            }
        }
    }

    @Test func serverSideIncludeForms() throws {
        let reference = try LibXML2Reference()
        for text in ["&{x}", "&{", "&{}", "x&{a\"b'<}c}", "&{a}&{b", "<!-- x -->", "<!--", "<!-->", "<!--->", "a<!--b-->c<!--d",
                     "<!-- \"q\" 'q' & <x> -->", "<!--#include virtual=\"/x\" -->", "&{<!--}-->", "<!--&{-->}"] {
            reference.check(text)
            reference.check(" \t" + text + " ")
        }
    }

    @Test func aSpreadOfAllUnicodeScalars() throws {
        let reference = try LibXML2Reference()
        var scalars: [Unicode.Scalar] = stride(from: 0x80, through: 0x10FFFF, by: 89).compactMap(Unicode.Scalar.init)
        scalars += [0x7F, 0x80, 0x7FF, 0x800, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x10FFFF, 0x2028, 0xA0, 0x202F].compactMap(Unicode.Scalar.init)
        for scalar in scalars { reference.check("a" + String(Character(scalar)) + "<") }
    }

    @Test func randomLongerStrings() throws {
        let reference = try LibXML2Reference()
        var generator = SeededGenerator(seed: 0x5EED)
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...24, using: &generator)
            reference.check((0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined())
        }
    }
}

/// libxml2's serialisation of a value in each kind of slot, and the comparison.
final class LibXML2Reference {
    private let document: OwnedDocument
    /// Attribute names of each kind the compiled renderer knows, with an element where they apply.
    private let attributes: [(element: String, name: String, kind: BoundAttributeKind)] = [
        ("span", "title", .plain), ("span", "data-x", .plain), ("a", "href", .uri), ("img", "src", .uri),
        ("form", "action", .uri), ("a", "name", .uri), ("span", "name", .plain), ("input", "checked", .boolean),
    ]

    init() throws {
        document = try #require(HTMLParsing.parse(Array("<!DOCTYPE html><html><body></body></html>".utf8), name: "t").document)
    }

    func check(_ value: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var expected = Array("<span>".utf8)
        HTMLEscaping.appendText(value, to: &expected)
        expected += Array("</span>".utf8)
        let text = serialise("span") { element in
            xmlAddChild(element, withXMLChars(value) { xmlNewDocText(self.document.pointer, $0) })
        }
        #expect(text == expected, "text \(value.debugDescription)", sourceLocation: sourceLocation)

        for (tag, name, kind) in attributes {
            let page = serialise(tag) { element in
                withXMLChars(name) { name in withXMLChars(value) { _ = xmlSetProp(element, name, $0) } }
            }
            var expected = Array("<\(tag) \(name)".utf8)
            if kind != .boolean { HTMLEscaping.appendAttributeValue(value, uri: kind == .uri, to: &expected) }
            expected += Array((tag == "input" || tag == "img" ? ">" : "></\(tag)>").utf8)
            #expect(page == expected, "\(name) on <\(tag)>: \(value.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    private func serialise(_ tag: String, _ edit: (xmlNodePtr) -> Void) -> [UInt8]? {
        guard let element = withXMLChars(tag, { xmlNewDocNode(document.pointer, nil, $0, nil) }) else { return nil }
        defer { xmlFreeNode(element) }
        edit(element)
        return HTMLSerialization.bytes(of: element, in: document)
    }
}
