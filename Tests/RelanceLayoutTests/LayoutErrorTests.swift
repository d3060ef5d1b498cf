import Foundation
import Testing
@testable import RelanceLayout

@Suite("Layout errors name the file and the line")
struct LayoutErrorTests {
    /// Line 1 doctype, 2 html/head, 3 body, 4 the table, 5 the repeated row…
    static let dashboard = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>t</title></head>
        <body>
        <table>
          <tr data-repeat="d in debtors">
            <td data-text="d.name">Nom</td>
            <td data-text="d.nmae">Nom</td>
          </tr>
        </table>
        </body></html>

        """

    private func error(_ layout: String, _ data: LayoutValue, name: String = "dashboard.html") throws -> LayoutError? {
        let layouts = try ScratchLayouts([name: layout])
        return layoutError { _ = try layouts.library().layout(name).render(data) }
    }

    @Test func unknownPathNamesFileLineAndPath() throws {
        let error = try error(Self.dashboard, ["debtors": [["name": "A"]]])
        #expect(error == LayoutError(file: "layouts/dashboard.html", line: 7,
                                     message: "unknown path 'd.nmae': 'd' has no 'nmae'"))
        #expect(error?.description == "layouts/dashboard.html:7: unknown path 'd.nmae': 'd' has no 'nmae'")
    }

    @Test func unknownFirstNameIsAnError() throws {
        let error = try error(Self.dashboard, ["debtor": []])
        #expect(error?.line == 5)
        #expect(error?.message == "unknown path 'debtors': no 'debtors' here")
    }

    @Test func malformedRepeatIsAnErrorWhenLoading() throws {
        let layouts = try ScratchLayouts(["dashboard.html": Self.dashboard.replacingOccurrences(of: "d in debtors", with: "foo")])
        let error = layoutError { _ = try layouts.library().layout("dashboard.html") }
        #expect(error == LayoutError(file: "layouts/dashboard.html", line: 5,
                                     message: "data-repeat=\"foo\": expected \"item in path\""))
    }

    @Test(arguments: [
        (#"<p data-text="a..b">x</p>"#, "data-text=\"a..b\": expected a path such as \"debtor.name\""),
        (#"<p data-if="a b">x</p>"#, "data-if=\"a b\": expected a path such as \"debtor.name\""),
        (#"<p data-remove="some">x</p>"#, "data-remove=\"some\": expected \"all\" or \"all-but-first\""),
        (#"<p data-attr-onclick="a">x</p>"#, "data-attr-onclick: event handler attributes cannot take data"),
        (#"<script data-text="a"></script>"#, "data-text on <script>: its text is not escaped, data cannot go there"),
        (#"<br data-text="a">"#, "<br> cannot have content: no data-text or data-include here"),
        (#"<p data-text="a" data-include="x.html">x</p>"#, "data-text and data-include on the same <p>: both replace its content"),
    ])
    func malformedDirectivesAreLoadErrors(body: String, message: String) throws {
        let layouts = try ScratchLayouts(["page.html": page(body)])
        let error = layoutError { _ = try layouts.library().layout("page.html") }
        #expect(error == LayoutError(file: "layouts/page.html", line: 2, message: message))
    }

    @Test func theGeneratorsMarkerIsReserved() throws {
        let layouts = try ScratchLayouts(["page.html": page(#"<p data-relance-directives="0">x</p>"#)])
        let error = layoutError { _ = try layouts.library().layout("page.html") }
        #expect(error == LayoutError(file: "layouts/page.html", line: 2, message: "data-relance-directives is reserved for the generator"))
    }

    @Test func wrongShapesAreErrors() throws {
        let repeatOverText = try error(page(#"<p data-repeat="x in name">x</p>"#), ["name": "A"], name: "page.html")
        #expect(repeatOverText?.message == "data-repeat over 'name': expected a list, found text")
        #expect(repeatOverText?.line == 2)
        let textOfObject = try error(page(#"<p data-text="debtor">x</p>"#), ["debtor": ["name": "A"]], name: "page.html")
        #expect(textOfObject?.message == "data-text 'debtor': expected text, found an object")
        let textOfFlag = try error(page(#"<p data-text="late">x</p>"#), ["late": true], name: "page.html")
        #expect(textOfFlag?.message == "data-text 'late': expected text, found a flag")
        let attributeOfList = try error(page(#"<p data-attr-title="xs">x</p>"#), ["xs": []], name: "page.html")
        #expect(attributeOfList?.message == "data-attr-title 'xs': expected text or a flag, found a list")
        let throughText = try error(page(#"<p data-text="name.first">x</p>"#), ["name": "A"], name: "page.html")
        #expect(throughText?.message == "path 'name.first': 'name' is text, not an object")
    }

    @Test func errorsInsideRepeatedRowsKeepTheLayoutLine() throws {
        let error = try error(Self.dashboard, ["debtors": [["name": "A", "nmae": "x"], ["name": "B"]]])
        #expect(error?.line == 7)
    }

    @Test func libxml2ParseErrorsAreLocated() throws {
        let layout = "<!DOCTYPE html>\n<html><body>\n<p>ok</p>\n<b x=\"1\" x=\"2\">q</b>\n</body></html>\n"
        let layouts = try ScratchLayouts(["broken.html": layout])
        let error = layoutError { _ = try layouts.library().layout("broken.html") }
        #expect(error == LayoutError(file: "layouts/broken.html", line: 4, message: "Attribute x redefined"))
    }

    @Test func mismatchedTagsAreLocated() throws {
        let layouts = try ScratchLayouts(["broken.html": "<!DOCTYPE html>\n<html><body>\n<div>\n</span>\n</div></body></html>\n"])
        let error = layoutError { _ = try layouts.library().layout("broken.html") }
        #expect(error?.line == 4)
        #expect(error?.message == "Unexpected end tag : span")
    }

    @Test func aBareAmpersandIsALocatedErrorWithAHint() throws {
        let layouts = try ScratchLayouts(["amp.html": "<!DOCTYPE html>\n<html><body>\n<p>Durand & fils</p>\n</body></html>\n"])
        let error = layoutError { _ = try layouts.library().layout("amp.html") }
        #expect(error == LayoutError(file: "layouts/amp.html", line: 3,
                                     message: "htmlParseEntityRef: no name (write a literal & as &amp;)"))
    }

    @Test func html5ElementsAreNotErrors() throws {
        let body = try renderBody("<nav><section><article><svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"></path></svg></article></section></nav>", [:])
        // libxml2 2.9 lowercases SVG names; browsers read `viewbox` on inline SVG as viewBox.
        #expect(body == "<nav><section><article><svg viewbox=\"0 0 1 1\"><path d=\"M0 0\"></path></svg></article></section></nav>")
    }

    @Test func aLayoutNeedsTheHTML5Doctype() throws {
        let layouts = try ScratchLayouts(["old.html": "<html><body><p>x</p></body></html>\n"])
        let error = layoutError { _ = try layouts.library().layout("old.html") }
        #expect(error?.file == "layouts/old.html")
        #expect(error?.line == 1)
    }

    @Test func missingLayoutAndMissingFolder() throws {
        let layouts = try ScratchLayouts([:])
        let missing = layoutError { _ = try layouts.library().layout("nope.html") }
        #expect(missing == LayoutError(file: "layouts/nope.html", line: 0, message: "no file 'nope.html' in layouts/"))
        #expect(missing?.description == "layouts/nope.html: no file 'nope.html' in layouts/")
        let noFolder = layoutError { _ = try LayoutLibrary(root: layouts.root.appendingPathComponent("absent")) }
        #expect(noFolder != nil)
    }

    @Test func aFixedLayoutIsReadAgain() throws {
        let layouts = try ScratchLayouts(["page.html": page(#"<p data-repeat="foo">x</p>"#)])
        let library = try layouts.library()
        #expect(layoutError { _ = try library.layout("page.html") } != nil)
        try Data(page(#"<p data-text="x">x</p>"#).utf8).write(to: layouts.root.appendingPathComponent("page.html"))
        #expect(try library.layout("page.html").render(["x": "ok"]).count > 0)
    }
}
