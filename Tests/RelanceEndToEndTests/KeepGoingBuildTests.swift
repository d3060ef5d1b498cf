import Foundation
import RelanceTestSupport
import Testing

/// `relance build --keep-going` (README, « Lignes en erreur : --keep-going »): the rows with errors are
/// left out and listed, the rest builds, the exit status is 2; without the option nothing is written.
@Suite struct KeepGoingBuildTests {
    /// D1's payment has an impossible date: without it D1's balance would be overstated, so its letter
    /// is held; D2 is untouched and gets its letter.
    static var book: BookFixture {
        var book = BookFixture.mini
        book.debtors = "id,name,type,address_1,postcode,city,email\n"
            + "D1,Client Un,business,1 rue A,69001,Lyon,a@b.fr\nD2,Client Deux,business,2 rue B,69002,Lyon,c@d.fr\n"
        book.ledger = "date,kind,reference,debtor,amount,due_date,applies_to\n"
            + "2026-01-10,invoice,F1,D1,1000.00,2026-02-09,\n"
            + "2026-02-30,payment,P1,D1,400.00,,F1\n"
            + "2026-01-10,invoice,F2,D2,500.00,2026-02-09,\n"
        book.interactions = "date,debtor,invoices,kind,channel,summary,proof,tracking\n"
        return book
    }

    @Test func strictByDefaultNothingWritten() throws {
        let temp = try TemporaryFolder()
        try Self.book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                         "--as-of", "2026-03-02", "--no-pdf"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("ledger.csv:3:1: date: expected a date"))
        #expect(!temp.exists("out"))
    }

    @Test func keepGoingBuildsTheRestListsTheRowAndExitsTwo() throws {
        let temp = try TemporaryFolder()
        try Self.book.write(to: temp.file("book"))
        let before = try snapshot(temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                         "--as-of", "2026-03-02", "--no-pdf", "--keep-going"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("ligne rejetée ledger.csv:3 (débiteur D1) : date: expected a date"), "\(run.stderr)")
        #expect(run.stderr.contains("1 ligne rejetée (--keep-going)"))
        #expect(run.stdout.contains("3 lignes lues (3 écritures, 0 interactions), 0 ignorées car postérieures au 02/03/2026, 1 rejetée ;"),
                "\(run.stdout)")
        #expect(try snapshot(temp.file("book")) == before, "build never modifies the book")

        let summary = try #require(try json(temp.file("out/summary.json")) as? [String: Any])
        let rows = try #require(summary["rejected_rows"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["file"] as? String == "ledger.csv")
        #expect(rows.first?["line"] as? Int == 3)
        #expect(rows.first?["debtor"] as? String == "D1")
        let reconciliation = try #require(summary["reconciliation"] as? [String: Any])
        #expect(reconciliation["rejected"] as? Int == 1)
        #expect(reconciliation["ledger_entries_read"] as? Int == 2)
        #expect((summary["totals"] as? [String: Any])?["outstanding"] as? String == "1500.00", "the payment is in no figure")
        let letters = try #require(summary["letters"] as? [String: Any])
        #expect(letters["total"] as? Int == 1, "D2's first reminder only")
        let blocked = try #require(letters["blocked"] as? [[String: Any]])
        #expect(blocked.map { "\($0["debtor"] ?? "") \($0["reason"] ?? "")" } == ["D1 rejected_rows"])

        let dashboard = try temp.read("out/index.html")
        #expect(dashboard.contains("Lignes rejetées (<span>1</span>)"))
        #expect(dashboard.contains("<td class=\"place\">ledger.csv:3</td><td>D1</td>"))
        #expect(dashboard.contains("1 rejetée ;"))
        let page = try String(contentsOf: try #require(FileManager.default.enumerator(at: temp.file("out/debtors"), includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.first { $0.lastPathComponent.hasPrefix("d1-") && $0.pathExtension == "html" }), encoding: .utf8)
        #expect(page.contains("Dossier incomplet : la ligne ledger.csv:3 de ce débiteur a été rejetée"))
    }

    /// The letters of a build that rejected rows are recorded while the rows wait for their fix.
    @Test func theLettersOfAKeepGoingBuildCanBeRecorded() throws {
        let temp = try TemporaryFolder()
        try Self.book.write(to: temp.file("book"))
        let build = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                           "--as-of", "2026-03-02", "--no-pdf", "--keep-going"])
        #expect(build.status == 2, "\(build.stderr)")
        let record = try RelanceBinary.run(["record", "--book", temp.file("book").path, "--out", temp.file("out").path])
        #expect(record.status == 0, "\(record.stderr)")
        let log = try temp.read("book/interactions.csv").split(separator: "\n")
        #expect(log.count == 2, "one line added, for D2's reminder: \(log)")
        #expect(log.last?.contains(",D2,F2,reminder_1,email,") == true, "\(log)")
    }

    @Test func checkKeepsGoingToo() throws {
        let temp = try TemporaryFolder()
        try Self.book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["check", "--book", temp.file("book").path, "--as-of", "2026-03-02", "--keep-going"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("ligne rejetée ledger.csv:3"))
    }

    @Test func aFileErrorStillStops() throws {
        let temp = try TemporaryFolder()
        var book = Self.book
        book.ledger = "date,kind,reference,debtor\n2026-01-10,invoice,F1,D1\n"
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                         "--no-pdf", "--keep-going"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("the header lacks the required column"))
        #expect(!temp.exists("out"))
    }
}
