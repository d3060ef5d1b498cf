import RelanceLayout
import CLibXML2
import Foundation

/// The page that stands in a case file's PDF for an exhibit qpdf cannot read (a damaged PDF): it
/// names the file and its SHA-256, so the lawyer knows what is missing and can check the copy in
/// the folder and the ZIP against it. Built as a libxml2 document: the file name is text, escaped
/// by the serializer.
package enum UnreadableExhibitPage {
    private static let skeleton = """
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title></title></head>
        <body style="font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:11pt;margin:25mm 20mm">
        <h1 style="font-size:14pt"></h1><p></p><p></p><p></p></body></html>
        """

    package static func html(file: String, sha256: String) -> [UInt8]? {
        guard let document = HTMLParsing.parse(Array(skeleton.utf8), name: "unreadable-exhibit").document,
              let body = document.body,
              let head = document.rootElement?.elementChildren.first(where: { $0.isElement(named: "head") }),
              let title = head.elementChildren.first(where: { $0.isElement(named: "title") }) else { return nil }
        let texts = [
            "Pièce illisible : \(file)",
            "Ce fichier PDF n'a pas pu être lu pour être inséré ici (fichier endommagé ou protégé).",
            "Le fichier lui-même est joint tel quel dans le dossier et dans l'archive ZIP, sous le même nom.",
            "Empreinte SHA-256 du fichier : \(sha256)",
        ]
        withXMLChars(texts[0]) { xmlNodeAddContent(title, $0) }
        for (element, text) in zip(body.elementChildren, texts) {
            withXMLChars(text) { xmlNodeAddContent(element, $0) }
        }
        return HTMLSerialization.bytes(of: document)
    }
}
