import Testing
@testable import RelanceLayout

/// The plain-text alternative of an e-mail, made from its rendered HTML.
@Suite struct HTMLPlainTextTests {
    private func text(_ body: String, head: String = "") -> String {
        HTMLPlainText.text(of: Array("<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>".utf8))
    }

    @Test func keepsLinesAndCells() {
        #expect(text("<p>Bonjour <b>Madame</b>,</p><table><tr><td>F1</td><td>10,00 €</td></tr></table><address><span class=\"line\">1 rue A</span><span class=\"line\">69001 LYON</span></address>",
                     head: "<style>p{}</style><title>Objet</title>")
            == "Bonjour Madame,\r\n\r\nF1 | 10,00 €\r\n\r\n1 rue A\r\n69001 LYON\r\n")
    }

    @Test func collapsesEveryRunOfWhitespaceIntoOneSpace() {
        #expect(text("<p>  Veuillez\n\t régler \r\n  la somme  </p>") == "Veuillez régler la somme\r\n")
        // Line breaks inside a value (a quoted CSV field) never break the e-mail's lines.
        #expect(text("<p>Dupont\r\nFils</p>") == "Dupont Fils\r\n")
    }

    @Test func keepsFrenchSpacesAndEveryScript() {
        #expect(text("<p>1\u{202F}234,56\u{00A0}€ · Émoji 🧾 · 東京</p>") == "1\u{202F}234,56\u{00A0}€ · Émoji 🧾 · 東京\r\n")
    }

    @Test func emptyBlocksMakeOneBlankLineAndNoneAtTheEnds() {
        #expect(text("<p></p><p>A</p><div> </div><p></p><p>B</p><p>  </p>") == "A\r\n\r\nB\r\n")
        #expect(text("<br>A<br><br><br>B") == "A\r\n\r\nB\r\n")
        #expect(text("") == "\r\n")
    }

    /// Nothing to read (no bytes, or a document without a body): no text, not even a line break.
    @Test func noBodyNoText() {
        #expect(HTMLPlainText.text(of: []) == "")
        #expect(HTMLPlainText.text(of: Array("<!DOCTYPE html><html><head><title>Objet</title></head></html>".utf8)) == "")
    }

    /// An empty cell keeps its place, so the columns of a row read in order.
    @Test func cellsOfOneRowShareALine() {
        #expect(text("<table><tr><th>Facture</th><th>Montant</th></tr><tr><td>F-1</td><td></td><td>3 €</td></tr></table>")
            == "Facture | Montant\r\n\r\nF-1 | | 3 €\r\n")
    }

    /// A row indented in its layout reads like one written on a line: no separator before its
    /// first cell, and an empty first cell still keeps its place.
    @Test func indentationBeforeARowsFirstCellIsNotACell() {
        #expect(text("<table>\n  <tr>\n    <td>F-1</td>\n    <td>3 €</td>\n  </tr>\n</table>") == "F-1 | 3 €\r\n")
        #expect(text("<table><tr><td></td><td>3 €</td></tr></table>") == "| 3 €\r\n")
    }
}
