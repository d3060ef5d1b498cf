import Foundation
import RelanceTestSupport
import Testing
@testable import RelancePDF

@Suite struct PDFReplacementHTMLTests {
    private func replacement(_ html: String, name: String = "lettre.html") throws -> (String?, URL) {
        let folder = try PDFTempFolder()
        let file = try folder.write("A & B/\(name)", html)
        return (ReplacementHTML.of(file), file)
    }

    @Test func theBaseGoesFirstInTheHead() throws {
        let (html, file) = try replacement("<!DOCTYPE html>\n<html lang=\"fr\"><HEAD class=\"x\"><meta charset=\"utf-8\"></HEAD><body><header>é</header></body></html>")
        let base = "<base href=\"\(file.absoluteString.replacingOccurrences(of: "&", with: "&amp;"))\">"
        #expect(html == "<!DOCTYPE html>\n<html lang=\"fr\"><HEAD class=\"x\">\(base)<meta charset=\"utf-8\"></HEAD><body><header>é</header></body></html>")
        #expect(file.absoluteString.contains("A%20&%20B"))
    }

    @Test func aHeaderIsNotAHead() throws {
        let (html, _) = try replacement("<!DOCTYPE html><html><header>x</header><head><title>t</title></head></html>")
        #expect(html?.contains("<head><base href=") == true)
        #expect(html?.contains("<header>x</header>") == true)
    }

    @Test func aByteOrderMarkIsDropped() throws {
        let (html, _) = try replacement("\u{FEFF}<!DOCTYPE html><html><head></head></html>")
        #expect(html?.hasPrefix("<!DOCTYPE html>") == true)
    }

    @Test func pagesThatMightRenderDifferentlyAreNavigatedTo() throws {
        for page in [
            "<html><body>no head</body></html>",
            "<html><head><base href=\"x/\"></head></html>",
            "<html><head><script src=\"a.js\"></script></head></html>",
            "<html><head></head><body><a href=\"#pièce-3\">pièce 3</a></body></html>",
            "<html><head></head><body><a href='#x'>x</a></body></html>",
        ] {
            #expect(try replacement(page).0 == nil, "\(page)")
        }
        let folder = try PDFTempFolder()
        let latin1 = try folder.write("latin1.html", bytes: Array("<html><head></head><body>".utf8) + [0xE9] + Array("</body></html>".utf8))
        #expect(ReplacementHTML.of(latin1) == nil)
        #expect(ReplacementHTML.of(folder.url("missing.html")) == nil)
    }
}
