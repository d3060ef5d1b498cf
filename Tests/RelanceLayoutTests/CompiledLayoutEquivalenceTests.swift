import Foundation
import Synchronization
import Testing
@testable import RelanceLayout

/// The compiled renderer against the DOM path (the reference) on small layouts aimed at the rules
/// that depend on context: blank text taken by dropped elements, repeated indentation, unclosed
/// empty elements, attributes replaced in place or appended, boolean and URI attributes.
@Suite("Compiled layouts give the DOM's bytes")
struct CompiledLayoutEquivalenceTests {
    static let hostileTexts: [String] = [
        "", " ", "<script>alert(1)</script>", "a & b", "&amp;", "&{ssi}", "x&{a\"b'<}c}", "\"quoted\"", "'single'",
        "\"both'", "é à ç — €", "😀 emoji", "\u{0}nul", "\u{1}\u{2}\u{7}\u{B}\u{C}\u{1F}\t\n\r controls",
        " \t leading blanks", "<!-- x -->", "]]>", "javascript:alert(1)", "?a=1&b=<2>#f%20",
        String(repeating: "long & <value> ", count: 400),
        // Found by the layout fuzzer: a NUL followed by a combining mark is one Character, which
        // replacing the character "\u{0}" missed; the NUL then cut the DOM's C string.
        "a\u{0}\u{35D}b & after", "\u{0}\u{301}\u{0}\u{355}end",
    ]

    @Test func aNULBeforeACombiningMarkNoLongerCutsTheValue() throws {
        let layouts = try ScratchLayouts(["page.html": page("<p data-text=\"v\">x</p>")])
        let layout = try layouts.library().layout("page.html")
        let page = try #require(try expectBothPathsAgree(layout, ["v": .text("a\u{0}\u{35D}b & after")]))
        #expect(String(decoding: page, as: UTF8.self).contains("<p>a\u{FFFD}\u{35D}b &amp; after</p>"))
    }

    @Test(arguments: hostileTexts)
    func hostileValuesInEverySlot(value: String) throws {
        let body = """
        <table><tr><td data-text="v" data-attr-title="v" data-attr-data-x="v">x</td></tr></table>
        <a href="#" data-attr-href="v" data-attr-name="v" class="c">link</a><img data-attr-src="v" alt="">
        <form action="/" data-attr-action="v"><input type="checkbox" data-attr-checked="v" data-attr-value="v"></form>
        <p title="static" data-attr-title="v" data-attr-lang="v">t</p>
        """
        let layouts = try ScratchLayouts(["page.html": page(body)])
        let layout = try layouts.library().layout("page.html")
        try expectBothPathsAgree(layout, ["v": .text(value)], value)
        try expectBothPathsAgree(layout, ["v": true], "true")
        try expectBothPathsAgree(layout, ["v": false], "false")
        try expectBothPathsAgree(layout, ["v": .absent], "absent")
    }

    /// Bodies where what is written depends on what was dropped before, each tried with every
    /// combination of the flags `a`, `b`, `c` and lists of 0 to 3 items.
    static let structures: [String] = [
        "<ul>\n  <li data-if=\"a\">a</li>\n  <li data-if=\"b\">b</li>\n  <li data-unless=\"c\">c</li>\n</ul>",
        "<p>\n\n<span data-if=\"a\">a</span><span data-if=\"b\">b</span>\n<em data-if=\"c\">c</em></p>",
        "<table>\n  <tr data-repeat=\"x in xs\" data-if=\"x.a\"><td data-text=\"x.t\">t</td></tr>\n</table>",
        "<ul>\n    <li data-repeat=\"x in xs\" data-unless=\"x.a\"><b data-repeat=\"y in x.ys\" data-text=\"y.t\"></b></li>\n  <li>end</li></ul>",
        "<ul><li data-if=\"a\">a</li></ul><ol> <li data-if=\"b\">b</li> </ol><dl><dt data-if=\"c\">c</dt></dl>",
        "<div data-remove=\"all-but-first\">\n  <p data-text=\"t\">first</p>\n  <p>mock</p>\n</div>",
        "<div>\n  <p data-remove=\"all\">mock</p>\n  <p data-remove=\"all\">mock</p>\n</div>",
        "<p><img alt=\"\" data-if=\"a\" data-attr-src=\"t\"><br data-unless=\"b\"><input data-attr-checked=\"c\" data-attr-disabled=\"a\"></p>",
        "<select><option data-repeat=\"x in xs\" data-attr-selected=\"x.a\" data-attr-value=\"x.t\" data-text=\"x.t\">o</option></select>",
        "<a class=\"k\" href=\"#\" title=\"s\" data-attr-title=\"t\" data-attr-class=\"x0\" data-attr-id=\"t\" data-attr-hidden=\"a\">l</a>",
        "<td data-if=\"a\"></td><li data-text=\"t\"></li><li data-if=\"b\"><span data-if=\"c\">x</span></li>",
        "\n<section data-repeat=\"x in xs\">\n  <h3 data-text=\"x_index\">1</h3>\n  <p data-if=\"x.a\" data-text=\"x.t\">t</p>\n</section>\n",
        "<p>text <!-- comment --> <span data-if=\"a\">a</span>&amp; &lt;b&gt; <script>var a = 1 < 2;</script><style>p > b {}</style></p>",
    ]

    @Test(arguments: structures)
    func contextDependentWhitespaceAndTags(body: String) throws {
        let layouts = try ScratchLayouts(["page.html": page(body)])
        let layout = try layouts.library().layout("page.html")
        for flags in 0..<8 {
            for count in 0...3 {
                let items: [LayoutValue] = (0..<count).map { index in
                    ["a": .flag((flags >> index) & 1 == 1), "t": .text("<\(index)> & \"\(index)\""),
                     "ys": .list((0..<index).map { _ in ["t": "y"] })]
                }
                let data: LayoutValue = [
                    "a": .flag(flags & 1 == 1), "b": .flag(flags & 2 == 2), "c": .flag(flags & 4 == 4),
                    "t": count == 0 ? .absent : .text("t&<\(count)>"), "x0": "override", "xs": .list(items),
                ]
                try expectBothPathsAgree(layout, data, "flags \(flags), \(count) items")
            }
        }
    }

    /// Threads rendering at once borrow distinct compiled copies (`CompiledLayoutPool`); every copy
    /// must write the DOM's bytes.
    @Test func concurrentRendersUseEqualCopies() throws {
        let body = "<ul>\n  <li data-repeat=\"x in xs\" data-attr-class=\"x.c\"><b data-text=\"x.t\">t</b></li>\n</ul>"
        let layouts = try ScratchLayouts(["page.html": page(body)])
        let layout = try layouts.library().layout("page.html")
        let data: LayoutValue = ["xs": .list((0..<20).map { ["t": .text("<\($0)> & é"), "c": $0 % 2 == 0 ? "even" : .absent] })]
        let expected = try layout.renderThroughDOM(layout.rootObject(data))
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<200 where (try? layout.render(data)) != expected { mismatches.withLock { $0 += 1 } }
        }
        #expect(mismatches.withLock { $0 } == 0)
    }
}
