import Testing
@testable import RelanceSite
import RelanceLayout

@Suite struct SpreadsheetCSVTests {
    @Test(arguments: ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx"])
    func formulaLikeCellsGetAnApostrophe(_ cell: String) {
        #expect(SpreadsheetCSV.neutralised(cell) == "'" + cell)
    }

    @Test(arguments: ["Dupont", "", "1234,56", "Café = bon"])
    func ordinaryCellsStayAsTheyAre(_ cell: String) {
        #expect(SpreadsheetCSV.neutralised(cell) == cell)
    }

    @Test func fileHasABOMSemicolonsCRLFAndQuotes() {
        var csv = SpreadsheetCSV(header: ["a", "b"])
        csv.append(["x;y", "dit \"non\""])
        csv.append(["ligne\nsuivante", "=cmd"])
        #expect(String(decoding: csv.bytes, as: UTF8.self)
            == "\u{FEFF}a;b\r\n\"x;y\";\"dit \"\"non\"\"\"\r\n\"ligne\nsuivante\";'=cmd\r\n")
    }

    @Test func emailSubjectWordsStayShortAndWhole() {
        let encoded = EmailMessage.encodedWord("Troisième relance – Factures impayées n° F/2021/057, F/2021/163")
        for word in encoded.components(separatedBy: "\r\n ") {
            #expect(word.count <= 75)
            #expect(word.hasPrefix("=?utf-8?B?") && word.hasSuffix("?="))
        }
    }

    @Test func plainTextKeepsLinesAndCells() {
        let html = Array("<!DOCTYPE html><html><head><style>p{}</style></head><body><p>Bonjour <b>Madame</b>,</p><table><tr><td>F1</td><td>10,00 €</td></tr></table><address><span class=\"line\">1 rue A</span><span class=\"line\">69001 LYON</span></address></body></html>".utf8)
        #expect(HTMLPlainText.text(of: html) == "Bonjour Madame,\r\n\r\nF1 | 10,00 €\r\n\r\n1 rue A\r\n69001 LYON\r\n")
    }
}
