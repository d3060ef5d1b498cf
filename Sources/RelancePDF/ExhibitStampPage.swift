import RelanceLayout
import CLibXML2
import Foundation

/// The « Pièce n° N » mark laid over each page of an exhibit's copy in a case file's PDF, as court
/// exhibits are marked: one transparent A4 page, the mark in the top right corner, laid over every
/// page of the copy. The exhibit file itself keeps its bytes (and its SHA-256); only the copy inside
/// the joined PDF is marked.
/// Built as a libxml2 document, the mark a text node.
package enum ExhibitStampPage {
    private static let skeleton = """
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title></title>
        <style>@page{size:A4;margin:0}html,body{margin:0;background:transparent}
        .page{position:relative;width:210mm;height:296mm}
        .mark{position:absolute;top:6mm;right:8mm;padding:1mm 3mm;border:0.4mm solid #1a3d7c;color:#1a3d7c;
        background:#fff;font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:10pt;font-weight:700}</style>
        </head><body></body></html>
        """

    package static func html(number: Int) -> [UInt8]? {
        guard let document = HTMLParsing.parse(Array(skeleton.utf8), name: "exhibit-stamp").document,
              let body = document.body,
              let head = document.rootElement?.elementChildren.first(where: { $0.isElement(named: "head") }),
              let title = head.elementChildren.first(where: { $0.isElement(named: "title") }) else { return nil }
        let mark = "Pièce n° \(number)"
        withXMLChars(mark) { xmlNodeAddContent(title, $0) }
        guard let page = xmlNewChild(body, nil, "div", nil), let label = xmlNewChild(page, nil, "p", nil) else { return nil }
        xmlSetProp(page, "class", "page")
        xmlSetProp(label, "class", "mark")
        withXMLChars(mark) { xmlNodeAddContent(label, $0) }
        return HTMLSerialization.bytes(of: document)
    }
}
