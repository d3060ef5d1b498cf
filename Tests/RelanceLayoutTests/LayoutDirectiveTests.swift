import Testing
@testable import RelanceLayout

@Suite("Layout directives, one at a time")
struct LayoutDirectiveTests {
    @Test func textReplacesChildrenWithOneTextNode() throws {
        let body = try renderBody(#"<p data-text="name">Placeholder <b>bold</b></p>"#, ["name": "Dupont SA"])
        #expect(body == "<p>Dupont SA</p>")
    }

    @Test func textFollowsDottedPaths() throws {
        let body = try renderBody(#"<span data-text="debtor.address.city">Ville</span>"#,
                                  ["debtor": ["address": ["city": "Lyon"]]])
        #expect(body == "<span>Lyon</span>")
    }

    @Test func textOfAbsentValueIsEmpty() throws {
        #expect(try renderBody(#"<td data-text="siren">123</td>"#, ["siren": .absent]) == "<td></td>")
    }

    @Test func pathsThroughAnAbsentObjectAreAbsent() throws {
        #expect(try renderBody(#"<td data-text="debtor.address.city">x</td>"#, ["debtor": ["address": .absent]]) == "<td></td>")
    }

    @Test func attributeIsSetReplacedOrRemoved() throws {
        let body = try renderBody(
            ##"<a href="#" title="old" data-attr-href="link" data-attr-title="tip" data-attr-class="none">x</a>"##,
            ["link": "debtors/d-1.html", "tip": "Voir", "none": .absent])
        #expect(body == #"<a href="debtors/d-1.html" title="Voir">x</a>"#)
    }

    @Test func absentRemovesAnAttributeTheDesignerWrote() throws {
        #expect(try renderBody(#"<td class="late" data-attr-class="cls">x</td>"#, ["cls": .absent]) == "<td>x</td>")
    }

    @Test func flagsSetOrRemoveBooleanAttributes() throws {
        let body = try renderBody(#"<details open data-attr-open="expanded"><summary>s</summary></details><p data-attr-hidden="hide">x</p>"#,
                                  ["expanded": false, "hide": true])
        #expect(body == #"<details><summary>s</summary></details><p hidden="">x</p>"#)
    }

    @Test func ifKeepsOrDropsTheElement() throws {
        let body = try renderBody(#"<p data-if="yes">a</p><p data-if="no">b</p><p data-if="empty">c</p><p data-if="none">d</p><p data-if="items">e</p><p data-if="object">f</p>"#,
                                  ["yes": true, "no": false, "empty": "", "none": .absent, "items": ["x"], "object": ["k": "v"]])
        #expect(body == "<p>a</p><p>e</p><p>f</p>")
    }

    @Test func unlessIsTheOpposite() throws {
        let body = try renderBody(#"<p data-unless="paid">Impayé</p><p data-unless="list">Aucune facture</p>"#,
                                  ["paid": false, "list": []])
        #expect(body == "<p>Impayé</p><p>Aucune facture</p>")
    }

    @Test func repeatClonesPerItemAndBindsIndex() throws {
        let body = try renderBody(#"<ul><li data-repeat="d in debtors"><span data-text="d_index">0</span>. <span data-text="d.name">Nom</span></li></ul>"#,
                                  ["debtors": [["name": "Alpha"], ["name": "Bêta"]]])
        #expect(body == "<ul><li><span>1</span>. <span>Alpha</span></li><li><span>2</span>. <span>Bêta</span></li></ul>")
    }

    @Test func repeatKeepsTheIndentationBetweenRows() throws {
        let body = try renderBody("<table>\n  <tr data-repeat=\"r in rows\"><td data-text=\"r\">x</td></tr>\n</table>",
                                  ["rows": ["a", "b", "c"]])
        #expect(body == "<table>\n  <tr><td>a</td></tr>\n  <tr><td>b</td></tr>\n  <tr><td>c</td></tr>\n</table>")
    }

    @Test func repeatOverEmptyOrAbsentListLeavesNothing() throws {
        let template = "<ul>\n  <li data-repeat=\"x in xs\">x</li>\n</ul>"
        #expect(try renderBody(template, ["xs": []]) == "<ul>\n</ul>")
        #expect(try renderBody(template, ["xs": .absent]) == "<ul>\n</ul>")
    }

    @Test func removeAllDropsMockContent() throws {
        let body = try renderBody("<ul>\n  <li>real</li>\n  <li data-remove=\"all\">mock</li>\n</ul>", [:])
        #expect(body == "<ul>\n  <li>real</li>\n</ul>")
    }

    @Test func removeAllButFirstKeepsTheFirstElementChild() throws {
        let template = "<tbody data-remove=\"all-but-first\">\n  <tr><td>1</td></tr>\n  <!-- mock -->\n  <tr><td>2</td></tr>\n  <tr><td>3</td></tr>\n</tbody>"
        #expect(try renderBody("<table>\(template)</table>", [:]) == "<table><tbody>\n  <tr><td>1</td></tr>\n</tbody></table>")
    }

    @Test func removeAllButFirstThenRepeatTheKeptRow() throws {
        let template = "<table><tbody data-remove=\"all-but-first\">\n  <tr data-repeat=\"r in rows\"><td data-text=\"r\">Dupont</td></tr>\n  <tr><td>Martin</td></tr>\n</tbody></table>"
        #expect(try renderBody(template, ["rows": ["A", "B"]]) == "<table><tbody>\n  <tr><td>A</td></tr>\n  <tr><td>B</td></tr>\n</tbody></table>")
    }

    @Test func directivesAreStrippedAndOtherDataAttributesKept() throws {
        let body = try renderBody(
            #"<table data-sort="desc"><tr data-repeat="r in rows" data-if="r.show" data-kind="row"><td data-sort="5" data-text="r.v" data-attr-title="r.v">x</td></tr></table>"#,
            ["rows": [["show": true, "v": "a"]]])
        #expect(body == #"<table data-sort="desc"><tr data-kind="row"><td data-sort="5" title="a">a</td></tr></table>"#)
        #expect(!body.contains("data-repeat") && !body.contains("data-if") && !body.contains("data-text") && !body.contains("data-attr"))
    }

    @Test func layoutsWithoutDirectivesComeOutUnchanged() throws {
        let html = "<!DOCTYPE html>\n<!-- maquette -->\n<html lang=\"fr\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Relance</title>\n</head>\n<body>\n  <h1>Tableau de bord</h1>\n  <p>Café &amp; crème</p>\n</body>\n</html>\n"
        let layouts = try ScratchLayouts(["plain.html": html])
        let output = String(decoding: try layouts.library().layout("plain.html").render([:]), as: UTF8.self)
        // libxml2 drops the blank between a top-level comment and <html>; everything else is kept.
        #expect(output == html.replacingOccurrences(of: "-->\n<html", with: "--><html"))
    }

    @Test func dataMustBeAnObject() throws {
        let layouts = try ScratchLayouts(["page.html": page("<p>x</p>")])
        let error = layoutError { _ = try layouts.library().layout("page.html").render("text") }
        #expect(error?.file == "layouts/page.html")
    }
}
