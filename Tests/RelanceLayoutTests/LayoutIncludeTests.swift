import Testing
@testable import RelanceLayout

@Suite("Layout includes")
struct LayoutIncludeTests {
    @Test func includeReplacesChildrenWithTheFragment() throws {
        let body = try renderBody(#"<footer data-include="partials/footer.html"><p>Pied de page maquette</p></footer>"#,
                                  ["creditor": "ACME"],
                                  files: ["partials/footer.html": "<p>Édité par <span data-text=\"creditor\">X</span></p>\n"])
        #expect(body == "<footer><p>Édité par <span>ACME</span></p></footer>")
    }

    @Test func fragmentMayBeAFullPageAndOnlyItsBodyIsUsed() throws {
        let fragment = "<!DOCTYPE html>\n<html><head><title>Aperçu du menu</title></head>\n<body>\n<nav><a href=\"index.html\">Accueil</a></nav>\n</body></html>\n"
        let body = try renderBody(#"<header data-include="partials/nav.html"></header>"#, [:], files: ["partials/nav.html": fragment])
        #expect(body == #"<header><nav><a href="index.html">Accueil</a></nav></header>"#)
    }

    @Test func includedContentSeesTheLoopVariable() throws {
        let body = try renderBody(#"<ul><li data-repeat="d in ds" data-include="partials/row.html"></li></ul>"#,
                                  ["ds": ["A", "B"]], files: ["partials/row.html": #"<b data-text="d">x</b>"#])
        #expect(body == "<ul><li><b>A</b></li><li><b>B</b></li></ul>")
    }

    @Test func fragmentsMayIncludeFragments() throws {
        let body = try renderBody(#"<div data-include="partials/outer.html"></div>"#, [:],
                                  files: ["partials/outer.html": #"<section data-include="partials/inner.html"></section>"#,
                                          "partials/inner.html": "<p>inner</p>"])
        #expect(body == "<div><section><p>inner</p></section></div>")
    }

    @Test func includeCycleIsALocatedError() throws {
        let layouts = try ScratchLayouts(["page.html": page(#"<div data-include="partials/a.html"></div>"#),
                                          "partials/a.html": "<p>a</p>\n<div data-include=\"partials/b.html\"></div>",
                                          "partials/b.html": #"<div data-include="partials/a.html"></div>"#])
        let error = layoutError { _ = try layouts.library().layout("page.html") }
        #expect(error?.file == "layouts/partials/b.html")
        #expect(error?.line == 1)
        #expect(error?.message.contains("include cycle: page.html → partials/a.html → partials/b.html → partials/a.html") == true)
    }

    @Test func missingFragmentNamesTheIncludingLine() throws {
        let layouts = try ScratchLayouts(["page.html": page(#"<div data-include="partials/none.html"></div>"#)])
        let error = layoutError { _ = try layouts.library().layout("page.html") }
        #expect(error?.file == "layouts/page.html")
        #expect(error?.line == 2)
        #expect(error?.message.contains("partials/none.html") == true)
    }

    @Test func includesCannotLeaveTheLayoutsFolder() throws {
        let layouts = try ScratchLayouts(["page.html": page(#"<div data-include="../secret.html"></div>"#)])
        let error = layoutError { _ = try layouts.library().layout("page.html") }
        #expect(error?.line == 2)
        #expect(error?.message.contains("not a relative path inside layouts/") == true)
    }

    @Test func errorsInIncludedContentNameTheFragmentFile() throws {
        let fragment = "<p>ligne 1</p>\n<p>ligne 2</p>\n<p data-text=\"debtor.nmae\">ligne 3</p>\n"
        let layouts = try ScratchLayouts(["page.html": page(#"<div data-include="partials/p.html"></div>"#),
                                          "partials/p.html": fragment])
        let error = layoutError { _ = try layouts.library().layout("page.html").render(["debtor": ["name": "A"]]) }
        #expect(error == LayoutError(file: "layouts/partials/p.html", line: 3,
                                     message: "unknown path 'debtor.nmae': 'debtor' has no 'nmae'"))
    }
}
