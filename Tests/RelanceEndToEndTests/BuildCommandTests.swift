import Foundation
import RelanceTestSupport
import Testing

@Suite struct BuildCommandTests {
    @Test func sampleBookBuildsWithNoFlagsFromAnyWorkingDirectory() throws {
        let temp = try TemporaryFolder()
        // The working directory is a fresh folder: layouts/ and assets/ are found beside the binary.
        let run = try RelanceBinary.run(["build"], in: temp.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(temp.exists("output/index.html"))
        #expect(temp.exists("output/summary.json"))
        #expect(temp.exists("output/style.css"))
        let summary = try json(temp.file("output/summary.json")) as? [String: Any]
        let debtors = summary?["debtors"] as? [[String: Any]] ?? []
        #expect(debtors.count >= 12)
        for debtor in debtors {
            let slug = try #require(debtor["slug"] as? String)
            #expect(temp.exists("output/debtors/\(slug).html"), "\(slug)")
        }
        #expect(run.stdout.contains("Rapprochement"))
    }

    @Test func hostileNamesAreEscapedInEveryPage() throws {
        let temp = try TemporaryFolder()
        var book = BookFixture.mini
        book.debtors = "id,name,type,address_1,postcode,city\n\"<b>&\",\"<script>alert(\"\"x\"\")</script> & 'Fils' \"\"Café\"\"\",business,1 rue A,69001,Lyon\n"
        book.ledger = "date,kind,reference,debtor,amount,due_date\n2026-01-10,invoice,\"F<1>&'\",<b>&,1000.00,2026-02-09\n"
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path, "--as-of", "2026-06-15"])
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try json(temp.file("out/summary.json")) as? [String: Any]
        let slug = try #require(((summary?["debtors"] as? [[String: Any]])?.first?["slug"]) as? String)
        #expect(!slug.contains("<") && !slug.contains("&") && !slug.contains("/"))
        for page in ["out/index.html", "out/debtors/\(slug).html"] {
            let html = try temp.read(page)
            #expect(!html.contains("<script>alert"), "\(page)")
            #expect(html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'Fils' \"Café\""), "\(page)")
            #expect(!html.contains("<b>&"), "\(page)")
        }
    }

    @Test func badRowsFailWithEveryErrorLocatedAndNothingWritten() throws {
        let temp = try TemporaryFolder()
        // A previous good output that must survive untouched.
        try BookFixture.mini.write(to: temp.file("good"))
        let first = try RelanceBinary.run(["build", "--book", temp.file("good").path, "--out", temp.file("out").path, "--as-of", "2026-06-15"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try snapshot(temp.file("out"))

        var bad = BookFixture.mini
        bad.ledger = """
        date,kind,reference,debtor,amount,due_date,applies_to
        2026-01-10,invoice,F1,D1,1000.00,2026-02-09,
        31/02/2026,invoice,F2,D1,10.00,2026-03-01,
        2026-01-12,invoice,F3,NOBODY,10.00,2026-03-01,
        2026-01-13,invoice,F4,D1,12.345,2026-03-01,
        2026-01-14,payment,P1,D1,5.00,,F99

        """
        try bad.write(to: temp.file("bad"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("bad").path, "--out", temp.file("out").path, "--as-of", "2026-06-15"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("ledger.csv:3:1"), "\(run.stderr)")
        #expect(run.stderr.contains("ledger.csv:4:"), "\(run.stderr)")
        #expect(run.stderr.contains("ledger.csv:5:"), "\(run.stderr)")
        #expect(run.stderr.contains("ledger.csv:6:"), "\(run.stderr)")
        #expect(try snapshot(temp.file("out")) == before)
        #expect(!temp.exists("out.partial"))
    }

    @Test func checkReadsWithoutWriting() throws {
        let temp = try TemporaryFolder()
        try BookFixture.mini.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["check", "--book", temp.file("book").path, "--as-of", "2026-06-15"], in: temp.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Rapprochement"))
        #expect(!temp.exists("output"))
    }

    @Test(arguments: [["build", "--as-of", "2026-02-30"], ["build", "--as-of", "15/06/2026"], ["build", "--nope"], ["frobnicate"]])
    func usageErrorsExit64(_ arguments: [String]) throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run(arguments, in: temp.url)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(!temp.exists("output"))
    }

    @Test func refusesToWriteIntoTheBookOrAForeignFolder() throws {
        let temp = try TemporaryFolder()
        try BookFixture.mini.write(to: temp.file("book"))
        let inside = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("book/out").path, "--as-of", "2026-06-15"])
        #expect(inside.status == 64)
        try temp.write("precious/notes.txt", "à garder")
        let foreign = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("precious").path, "--as-of", "2026-06-15"])
        #expect(foreign.status == 64)
        #expect(try temp.read("precious/notes.txt") == "à garder")
        #expect(!temp.exists("book/out"))
    }

    @Test func entriesAfterTheBuildDateAreIgnoredAndCounted() throws {
        let temp = try TemporaryFolder()
        var book = BookFixture.mini
        book.ledger += "2026-07-01,payment,P1,D1,1000.00,,F1\n"
        book.interactions += "2026-07-02,D1,,reminder_1,email\n"
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path, "--as-of", "2026-06-15"])
        #expect(run.stdout.contains("2 ignorées car postérieures au 15/06/2026"), "\(run.stdout)")
        let summary = try json(temp.file("out/summary.json")) as? [String: Any]
        #expect((summary?["totals"] as? [String: Any])?["outstanding"] as? String == "1000.00")
    }
}
