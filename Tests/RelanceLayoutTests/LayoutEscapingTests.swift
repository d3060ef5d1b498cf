import Testing
@testable import RelanceLayout

@Suite("Layout escaping: data is text, never markup")
struct LayoutEscapingTests {
    static let hostile: [String] = [
        "<script>alert(1)</script>", "&", "\"", "'", "Café Dupont", "😀 Émoji", "", "a & b < c > d \"e\" 'f'",
        "</td></tr><tr><td>", "&amp; &eacute; &#x3C;", "<!-- x -->", "]]>", "\u{00A0}1\u{202F}234,56\u{00A0}€",
    ]

    @Test func scriptInTextIsEscaped() throws {
        let body = try renderBody(#"<p data-text="v">x</p>"#, ["v": "<script>alert(1)</script>"])
        #expect(body == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    }

    @Test func ampersandAndQuotesInText() throws {
        #expect(try renderBody(#"<p data-text="v">x</p>"#, ["v": "A & B \"C\" 'D'"]) == "<p>A &amp; B \"C\" 'D'</p>")
    }

    @Test func entitiesInDataStayLiteral() throws {
        #expect(try renderBody(#"<p data-text="v">x</p>"#, ["v": "&eacute; &lt;"]) == "<p>&amp;eacute; &amp;lt;</p>")
    }

    @Test func accentsAndEmojiAreRawUTF8() throws {
        let output = try renderPage(#"<p data-text="v">x</p><p data-attr-title="v">y</p>"#, ["v": "Café Dupont 😀"])
        #expect(output.contains("<p>Café Dupont 😀</p>"))
        #expect(output.contains(#"<p title="Café Dupont 😀">y</p>"#))
        #expect(!output.contains("&eacute;") && !output.contains("&#"))
    }

    @Test func scriptInAttributeIsEscaped() throws {
        let body = try renderBody(#"<p data-attr-title="v">x</p>"#, ["v": "<script>alert(1)</script>"])
        #expect(body == #"<p title="&lt;script&gt;alert(1)&lt;/script&gt;">x</p>"#)
    }

    @Test func quotesCannotCloseTheAttribute() throws {
        // libxml2 picks the other quote when the value holds only one kind, and writes &quot; when it holds both.
        #expect(try renderBody(#"<p data-attr-title="v">x</p>"#, ["v": #"a" onclick="x"#]) == #"<p title='a" onclick="x'>x</p>"#)
        #expect(try renderBody(#"<p data-attr-title="v">x</p>"#, ["v": "it's"]) == #"<p title="it's">x</p>"#)
        #expect(try renderBody(#"<p data-attr-title="v">x</p>"#, ["v": #"'a' "b""#]) == #"<p title="'a' &quot;b&quot;">x</p>"#)
        #expect(try renderBody(#"<p data-attr-title="v">x</p>"#, ["v": "a & b"]) == #"<p title="a &amp; b">x</p>"#)
    }

    @Test func emptyStringInTextAndAttribute() throws {
        #expect(try renderBody(#"<p data-text="v" data-attr-title="v">placeholder</p>"#, ["v": ""]) == #"<p title="">"# + "</p>")
    }

    @Test func urlAttributesArePercentEncodedByLibxml2() throws {
        // href/src/action go through libxml2's URI escaping: a quote cannot break out, spaces are %20.
        let body = try renderBody(#"<a data-attr-href="v">x</a>"#, ["v": "débiteur \"x\".html?a=1&b=<2>"])
        #expect(body == #"<a href="d%C3%A9biteur%20%22x%22.html?a=1&amp;b=&lt;2&gt;">x</a>"#)
    }

    @Test(arguments: hostile)
    func everyHostileValueRoundTripsThroughLibxml2(value: String) throws {
        let output = try renderPage(#"<table><tr><td data-text="v" data-attr-title="v" data-attr-data-x="v">x</td></tr></table>"#, ["v": .text(value)])
        #expect(reparseProblems(output).isEmpty)
        #expect(!output.contains("<script>"))
        // Parsing the output back gives the value back, in the text and in the attributes.
        let reparsed = HTMLParsing.parse(Array(output.utf8), name: "output.html")
        let td = try #require(reparsed.document.flatMap { firstElement(named: "td", in: $0) })
        #expect(td.text == value)
        #expect(td.attribute("title") == value)
        #expect(td.attribute("data-x") == value)
    }

    @Test func nulInDataBecomesAReplacementCharacter() throws {
        #expect(try renderBody(#"<p data-text="v">x</p>"#, ["v": "a\u{0}b"]) == "<p>a\u{FFFD}b</p>")
    }
}
