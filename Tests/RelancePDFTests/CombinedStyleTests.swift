import Foundation
import RelanceTestSupport
import Testing
@testable import RelancePDF

/// Which documents may be printed together: those styled alike.
@Suite struct CombinedStyleTests {
    private func style(_ folder: PDFTempFolder, _ page: String, css: String, bodyClass: String = "letter") throws -> CombinedPrintDocument.Style? {
        let stylesheet = (page as NSString).deletingLastPathComponent + "/courrier.css"
        try folder.write(stylesheet, css)
        let source = try folder.write(page, """
            <!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="courrier.css"></head>
            <body class="\(bodyClass)"><p>x</p></body></html>
            """)
        let document = try #require(CombinedPrintDocument.parse(source))
        return CombinedPrintDocument.style(of: document, at: source)
    }

    /// The case file's documents differ only by their page class, which the sheet uses for an
    /// ancestor at most: they print in one batch, each class on the `<div>` holding its document.
    @Test func pageClassesTheSheetDoesNotSelectTheBodyByDoNotSplitBatches() throws {
        let folder = try PDFTempFolder()
        let css = "body { margin: 0; } .case-page main > section { break-inside: auto; } .aging-body { display: flex; }"
        let cover = try #require(try style(folder, "d/index.html", css: css, bodyClass: "debtor-page case-page"))
        let statement = try #require(try style(folder, "d/decompte.html", css: css, bodyClass: "case-page statement-page"))
        #expect(cover == statement)
        #expect(cover.classOnParts)
        // A sheet that styles the body by its class (the letters') keeps the class in the look.
        let letters = "body.letters { margin: 0; }"
        #expect(try style(folder, "l/a.html", css: letters, bodyClass: "letters") != style(folder, "l/b.html", css: letters, bodyClass: "letters other"))
        #expect(try style(folder, "l/a.html", css: letters, bodyClass: "letters")?.classOnParts == false)
        // So does a `<style>` in the body that does.
        let source = try folder.write("s/page.html", """
            <!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="../d/courrier.css"></head>
            <body class="case-page"><div><style>body.case-page { margin: 0 }</style><p>x</p></div></body></html>
            """)
        let document = try #require(CombinedPrintDocument.parse(source))
        #expect(CombinedPrintDocument.style(of: document, at: source)?.classOnParts == false)
    }

    @Test func aClassMovesOnlyWhenEveryRuleUsesItForAnAncestor() {
        func moves(_ css: String, _ classes: [Substring] = ["page"]) -> Bool {
            BodyClassSelectors.classesCanMove(classes, sheets: [css])
        }
        #expect(moves(".page main { color: red }"))
        #expect(moves(".page > main { color: red }"))
        #expect(moves(".page-wide { color: red } .pages p { margin: 0 }"), "other names that start alike")
        #expect(moves("p { margin: 0 }"))
        #expect(!moves(".page { padding: 1rem }"), "the element itself")
        #expect(!moves(".page, p { padding: 1rem }"))
        #expect(!moves(".page:hover main { color: red }"))
        #expect(!moves("div.page main { color: red }"), "the div would match where the body did not")
        #expect(!moves(".page + main { color: red }"))
        #expect(!moves("body.page main { color: red }"))
        #expect(!moves("BODY[class] p { color: red }"))
        #expect(!moves("body:has(.x) p { color: red }"))
        #expect(moves(".aging-body { display: flex } .aging-body.wide { gap: 0 }"), "body inside another name")
        #expect(moves(".page p { margin: 0 }", ["page", "other"]))
        #expect(!moves(".page p { margin: 0 } .other { margin: 0 }", ["page", "other"]), "every class of the body")
    }

    /// Each case file has its own copy of the letters' sheet: its regenerated letters print with
    /// every other case file's, in one batch, rather than in a batch per debtor.
    @Test func copiesOfOneStandaloneSheetStyleAlike() throws {
        let folder = try PDFTempFolder()
        let css = "body { font-family: serif; }"
        #expect(try style(folder, "a/pieces/one.html", css: css) == style(folder, "b/pieces/two.html", css: css))
        #expect(try style(folder, "c/pieces/three.html", css: css + " p { margin: 0; }") != style(folder, "a/pieces/one.html", css: css))
    }

    /// A sheet that loads other files resolves them from where it is: copies are not the same.
    @Test func sheetsThatReferToOtherFilesAreToldApartByTheirPlace() throws {
        let folder = try PDFTempFolder()
        let css = "body { background: url(fond.png); }"
        #expect(try style(folder, "a/one.html", css: css) != style(folder, "b/two.html", css: css))
    }
}
