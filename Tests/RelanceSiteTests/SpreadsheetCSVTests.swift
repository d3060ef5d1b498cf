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
}
