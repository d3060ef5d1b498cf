import Foundation
import RelanceTestSupport
import Testing

/// The one way tests write a book: its reading of the txtar text must be exact, byte for byte.
@Suite struct BookFixtureTests {
    @Test func filesRunFromTheirMarkerToTheNext() {
        let book = BookFixture("""
            a comment, not a file
            -- relance.toml --
            [creditor]
            name = "X"

            -- debtors.csv --
            id,name,type
            -- attachments/proofs/AR-1.pdf --
            %PDF-1.4
            """)
        #expect(book.paths == ["relance.toml", "debtors.csv", "attachments/proofs/AR-1.pdf"])
        #expect(book.toml == "[creditor]\nname = \"X\"\n\n")
        #expect(book.debtors == "id,name,type\n")
        #expect(book["attachments/proofs/AR-1.pdf"] == "%PDF-1.4")
    }

    @Test func aFinalLineBreakBelongsToTheLastFile() {
        #expect(BookFixture("-- ledger.csv --\nheader\n").ledger == "header\n")
        #expect(BookFixture("-- ledger.csv --\nheader\n\n").ledger == "header\n\n")
        #expect(BookFixture("-- ledger.csv --\n").ledger == "")
    }

    @Test func filesAreChangedRemovedAndWritten() throws {
        var book = BookFixture("-- relance.toml --\nx\n-- ledger.csv --\ny\n")
        book.ledger += "z\n"
        book["relance.toml"] = nil
        book[bytes: "attachments/a.bin"] = [0xFF, 0x00]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relance-fixture-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try book.write(to: folder)
        #expect(try Data(contentsOf: folder.appendingPathComponent("ledger.csv")) == Data("y\nz\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("relance.toml").path))
        #expect(try Data(contentsOf: folder.appendingPathComponent("attachments/a.bin")) == Data([0xFF, 0x00]))
    }
}
