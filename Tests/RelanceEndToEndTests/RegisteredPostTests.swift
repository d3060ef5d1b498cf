import Foundation
import RelanceTestSupport
import Testing

/// A registered letter's files read as one set on the bordereau, and a consumer's interest start is
/// set against the avis de réception.
@Suite struct RegisteredPostTests {
    @Test func theReceiptDatesTheConsumersInterest() throws {
        var book = BookFixture.mini
        book.debtors = "id,name,type,address_1,postcode,city\nC1,M. Jean Client,consumer,1 rue A,69001,Lyon\n"
        book.ledger = "date,kind,reference,debtor,amount,due_date\n2026-01-10,invoice,F1,C1,900.00,2026-02-09\n"
        book.interactions = """
            date,debtor,invoices,kind,channel,direction,summary,proof,tracking,delivered_on
            2026-03-02,C1,F1,formal_notice,registered_letter,,Mise en demeure.,envois/C1-MED.pdf|envois/depot-C1.pdf,1A 555 666 7777 8,
            2026-03-06,C1,,delivery,,,,envois/AR-C1.pdf,1A 555 666 7777 8,2026-03-05

            """
        for file in ["C1-MED", "depot-C1", "AR-C1"] { book["attachments/envois/\(file).pdf"] = "%PDF-1.4\n% \(file)\n" }
        let temp = try TemporaryFolder()
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                         "--as-of", "2026-06-15", "--no-pdf"])
        #expect(run.status == 0, "\(run.stderr)")
        let folder = try CaseFilePage.slug(temp, "C1")
        let titles = CaseFilePage.exhibitTitles(try temp.read("out/debtors/\(folder)/bordereau.html"))
        #expect(titles.dropFirst(0).filter { $0.contains("LRAR") } == [
            "Pièce n° 1 — LRAR du 02/03/2026 — mise en demeure : courrier envoyé (n° 1A 555 666 7777 8) « C1-MED.pdf » — 02/03/2026",
            "Pièce n° 2 — LRAR du 02/03/2026 — mise en demeure : preuve de dépôt n° 1A 555 666 7777 8 « depot-C1.pdf » — 02/03/2026",
            "Pièce n° 3 — LRAR du 02/03/2026 — mise en demeure : avis de réception du 05/03/2026 — 02/03/2026",
        ], "\(titles)")
        let statement = CaseFilePage.text(try temp.read("out/debtors/\(folder)/decompte.html"))
        #expect(statement.contains("Mise en demeure envoyée le 02/03/2026, reçue le 05/03/2026 (avis de réception, pièce n° 3) : intérêts à compter du 06/03/2026."),
                "\(statement)")
        #expect(statement.contains("06/03/2026"), "the first interest line starts the day after the receipt")
    }
}
