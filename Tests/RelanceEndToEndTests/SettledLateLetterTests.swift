import Foundation
import RelanceTestSupport
import Testing

/// Invoices paid late: their penalties and indemnity are claimed in the mise en demeure and the
/// case file, netted against the debtor's unallocated credit, and never in reminders 1–3.
@Suite struct SettledLateLetterTests {
    /// D1 (Lyon): F0, 300 € due 1 February, paid on 13 March (40 days: 300 × 12,15 % × 40 / 365 =
    /// 3,99 €); F1, 1 000 € due 9 February, is at the formal-notice stage; 50 € paid ahead for F9,
    /// an invoice dated after the build date, stay unallocated, kept for it.
    static func build() throws -> (TemporaryFolder, RelanceBinary.Run) {
        let temp = try TemporaryFolder()
        var book = BookFixture.mini
        book.ledger = "date,kind,reference,debtor,amount,due_date,applies_to\n"
            + "2026-01-02,invoice,F0,D1,300.00,2026-02-01,\n"
            + "2026-01-10,invoice,F1,D1,1000.00,2026-02-09,\n"
            + "2026-03-13,payment,P0,D1,300.00,,F0\n"
            + "2026-04-01,payment,P9,D1,50.00,,F9\n"
            + "2026-05-01,invoice,F9,D1,500.00,2026-05-31,\n"
        book.interactions = "date,debtor,invoices,kind,channel\n"
            + "2026-02-20,D1,F1,reminder_1,email\n2026-03-10,D1,F1,reminder_2,letter\n2026-03-30,D1,F1,reminder_3,registered_letter\n"
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                         "--as-of", "2026-04-20", "--no-pdf"])
        return (temp, run)
    }

    @Test func theFormalNoticeClaimsThemNetOfTheCredit() throws {
        let (temp, run) = try Self.build()
        #expect(run.status == 0, "\(run.stderr)")
        let letter = CaseFilePage.text(try temp.read("out/letters/D1-MED-20260420.html"))
        #expect(letter.contains("réglées après leur échéance"), "\(letter)")
        #expect(letter.contains("F0"))
        // F1: 1 000 € + 1 000 × 12,15 % × 70 days / 365 = 23,30 € + 40 € = 1 063,30 €; F0: 3,99 € + 40 €,
        // set off against the 50 € of credit.
        #expect(letter.contains("Total des factures ouvertes 1\u{202F}063,30\u{A0}€"), "\(letter)")
        #expect(letter.contains("-43,99\u{A0}€"), "\(letter)")
        #expect(letter.contains("Total dû 1\u{202F}063,30\u{A0}€"), "\(letter)")
        #expect(letter.contains("nous vous mettons en demeure de nous régler la somme de 1\u{202F}063,30\u{A0}€"))
        let statement = CaseFilePage.text(try temp.read("out/debtors/\(try CaseFilePage.slug(temp, "D1")).html"))
        #expect(statement.contains("Factures réglées après leur échéance"))
        #expect(statement.contains("Facture n° F0"))
    }
}
