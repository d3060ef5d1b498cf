import Foundation
import RelanceTestSupport
import Testing

/// A returned cheque read from a FEC is a debt, not an invoice: the lawyer's décompte says so and
/// claims its principal only.
@Suite struct OtherDebtCaseFileTests {
    @Test func theDecompteCallsItADebtAndClaimsNoPenaltyOnIt() throws {
        var book = BookFixture.mini
        book["ledger.csv"] = nil
        book["relance.toml"]! += "\n[sources]\nfec = [\"exports/FEC.txt\"]\npayment_terms_days = 30\n"
        book["exports/FEC.txt"] = [
            "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise",
            "VT\tVentes\t1\t20260110\t411000\tClients\tD1\tClient Un\tF1\t20260110\tFacture F1\t1000,00\t0,00\t\t\t20260110\t\t",
            "VT\tVentes\t1\t20260110\t706000\tVentes\t\t\tF1\t20260110\tFacture F1\t0,00\t1000,00\t\t\t20260110\t\t",
            "OD\tDivers\t2\t20260205\t411000\tClients\tD1\tClient Un\tCHQ9\t20260205\tChèque impayé\t50,00\t0,00\t\t\t20260205\t\t",
            "OD\tDivers\t2\t20260205\t512000\tBanque\t\t\tCHQ9\t20260205\tChèque impayé\t0,00\t50,00\t\t\t20260205\t\t",
        ].joined(separator: "\r\n") + "\r\n"
        let temp = try TemporaryFolder()
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                         "--as-of", "2026-06-01", "--no-pdf", "--bundle", "all"])
        #expect(run.status == 0, "\(run.stderr)")
        let folder = try CaseFilePage.slug(temp, "D1")
        let decompte = try temp.read("out/debtors/\(folder)/decompte.html")
        #expect(decompte.contains("Débit hors facture n° <span>CHQ9</span>") || decompte.contains("Débit hors facture n°</span> <span>CHQ9"),
                "\(decompte)")
        #expect(decompte.contains("Ni pénalités ni indemnité forfaitaire : ce débit n'est pas une facture"))
        #expect(decompte.contains("Total dû au titre du débit"))
        #expect(!decompte.contains("Facture n°</span> <span>CHQ9"), "never called an invoice")
        let bordereau = try temp.read("out/debtors/\(folder)/bordereau.html")
        #expect(bordereau.contains("Facture n° F1") && !bordereau.contains("CHQ9"), "no invoice exhibit for it")
    }
}
