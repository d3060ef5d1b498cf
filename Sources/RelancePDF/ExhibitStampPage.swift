import RelanceLayout
import CLibXML2
import Foundation

/// The « Pièce n° N » marks laid over each page of an exhibit's copy in a case file's PDF, as court
/// exhibits are marked: one transparent A4 page per number, the mark in the top right corner, laid
/// over every page of the copy. The exhibit file itself keeps its bytes (and its SHA-256); only the
/// copy inside the joined PDF is marked.
///
/// Every mark of a build is one page of one sheet, printed once. Its first page holds every glyph
/// a mark uses, so that the font subset Chromium embeds is the same whichever numbers the build
/// needs: a case file's PDF does not depend on the other case files' exhibits.
/// Built as a libxml2 document, the marks text nodes.
package enum ExhibitStampPage {
    private static let skeleton = """
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Pièces</title>
        <style>@page{size:A4;margin:0}html,body{margin:0;background:transparent}
        .page{position:relative;width:210mm;height:296mm;break-after:page}.page:last-child{break-after:auto}
        .mark{position:absolute;top:6mm;right:8mm;padding:1mm 3mm;border:0.4mm solid #1a3d7c;color:#1a3d7c;
        background:#fff;font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:10pt;font-weight:700}</style>
        </head><body></body></html>
        """

    static func mark(_ number: Int) -> String { "Pièce n° \(number)" }
    static let glyphs = "Pièce n° 0123456789"

    /// The sheet of the marks of `numbers`, in order, after the glyph page: page 1 + i holds the
    /// mark of `numbers[i - 1]`.
    package static func sheet(numbers: [Int]) -> [UInt8]? {
        guard let document = HTMLParsing.parse(Array(skeleton.utf8), name: "exhibit-stamps").document,
              let body = document.body else { return nil }
        for text in [glyphs] + numbers.map(mark) {
            guard let page = xmlNewChild(body, nil, "div", nil), let label = xmlNewChild(page, nil, "p", nil) else { return nil }
            xmlSetProp(page, "class", "page")
            xmlSetProp(label, "class", "mark")
            withXMLChars(text) { xmlNodeAddContent(label, $0) }
        }
        return HTMLSerialization.bytes(of: document)
    }
}
