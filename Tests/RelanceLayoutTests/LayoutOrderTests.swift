import Testing
@testable import RelanceLayout

@Suite("Layout directive order and scopes")
struct LayoutOrderTests {
    @Test func ifIsEvaluatedPerRepeatedItem() throws {
        let body = try renderBody("<ul>\n  <li data-repeat=\"i in invoices\" data-if=\"i.late\" data-text=\"i.number\">F-0</li>\n</ul>",
                                  ["invoices": [["number": "F-1", "late": true], ["number": "F-2", "late": false], ["number": "F-3", "late": true]]])
        #expect(body == "<ul>\n  <li>F-1</li>\n  <li>F-3</li>\n</ul>")
    }

    @Test func unlessIsEvaluatedPerRepeatedItem() throws {
        let body = try renderBody(#"<p data-repeat="i in items" data-unless="i.hidden" data-text="i_index">0</p>"#,
                                  ["items": [["hidden": true], ["hidden": false]]])
        #expect(body == "<p>2</p>")
    }

    @Test func ifAndUnlessMustBothPass() throws {
        let template = #"<p data-if="a" data-unless="b">x</p>"#
        #expect(try renderBody(template, ["a": true, "b": false]) == "<p>x</p>")
        #expect(try renderBody(template, ["a": true, "b": true]) == "")
        #expect(try renderBody(template, ["a": false, "b": false]) == "")
    }

    @Test func removeAllWinsOverEverythingElse() throws {
        // Dropped before the path is looked at: the missing path is not an error.
        #expect(try renderBody(#"<p data-remove="all" data-text="missing">mock</p>"#, [:]) == "")
    }

    @Test func droppedElementIsNotFilled() throws {
        #expect(try renderBody(#"<p data-if="no"><span data-text="missing">x</span></p>"#, ["no": false]) == "")
    }

    @Test func textAndAttributesOnTheRepeatedElement() throws {
        let body = try renderBody(#"<a data-repeat="d in ds" data-attr-href="d.url" data-text="d.name">x</a>"#,
                                  ["ds": [["url": "a.html", "name": "A"], ["url": "b.html", "name": "B"]]])
        #expect(body == #"<a href="a.html">A</a><a href="b.html">B</a>"#)
    }

    @Test func nestedRepeatsSeeBothVariables() throws {
        let body = try renderBody(#"<div data-repeat="d in debtors"><p data-repeat="i in d.invoices"><span data-text="d.name">n</span>/<span data-text="i">i</span>/<span data-text="d_index">0</span>.<span data-text="i_index">0</span></p></div>"#,
                                  ["debtors": [["name": "A", "invoices": ["F1", "F2"]], ["name": "B", "invoices": ["F3"]]]])
        #expect(body == "<div><p><span>A</span>/<span>F1</span>/<span>1</span>.<span>1</span></p><p><span>A</span>/<span>F2</span>/<span>1</span>.<span>2</span></p></div><div><p><span>B</span>/<span>F3</span>/<span>2</span>.<span>1</span></p></div>")
    }

    @Test func loopVariablesShadowOuterNames() throws {
        let body = try renderBody(#"<p data-text="x">?</p><ul><li data-repeat="x in xs"><b data-repeat="x in x.inner" data-text="x">?</b></li></ul><p data-text="x">?</p>"#,
                                  ["x": "outer", "xs": [["inner": ["a", "b"]], ["inner": ["c"]]]])
        #expect(body == "<p>outer</p><ul><li><b>a</b><b>b</b></li><li><b>c</b></li></ul><p>outer</p>")
    }

    @Test func indexShadowsToo() throws {
        let body = try renderBody(#"<p data-repeat="r in rows" data-text="r_index">?</p>"#, ["r_index": "outer", "rows": ["a"]])
        #expect(body == "<p>1</p>")
    }
}
