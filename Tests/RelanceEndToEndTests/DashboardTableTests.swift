import Foundation
import RelanceTestSupport
import Testing

/// The debtors table of the dashboard, cell by cell.
@Suite struct DashboardTableTests {
    @Test func aDebtorWithNothingOverdueShowsNoDelay() throws {
        // F1 falls due on 1 July, after the build date: 16 days to go, not -16 days of delay.
        let temp = try TemporaryFolder()
        var book = BookFixture.mini
        book.ledger = "date,kind,reference,debtor,amount,due_date,applies_to\n2026-06-01,invoice,F1,D1,1000.00,2026-07-01,\n"
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                         "--as-of", "2026-06-15", "--no-pdf"])
        try #require(run.status == 0, "\(run.stderr)")
        let page = try temp.read("out/index.html")
        // The cell still sorts by its number, so "à échoir" comes before every real delay.
        #expect(page.contains("data-sort=\"-16\">à échoir</td>"), "\(page)")
        #expect(!page.contains(">-16<"))
    }
}
