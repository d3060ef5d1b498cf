import Foundation
import RelanceTestSupport
import Testing

/// A rebuild carries over the letters whose debtor and enclosures did not change, and only those:
/// the output is always the one a fresh build would write.
@Suite struct IncrementalLetterTests {
    static let asOf = "2026-06-15"
    /// D3's first reminder goes by e-mail and encloses its invoice's PDF.
    static let emailed = "letters/D3-R1-20260615"
    /// The print batch of D1's and D2's letters.
    static let batch = "letters/courriers-a-imprimer.html"

    /// D1 and D2 are due a second reminder by post; D3, never reminded, a first one by e-mail.
    static func book() -> BookFixture {
        var book = BookFixture.mini
        book.debtors += "D2,Client Deux,business,2 rue B,69002,Lyon,c@d.fr\n"
            + "D3,Client Trois,business,3 rue C,69003,Lyon,e@f.fr\n"
        book.ledger += "2026-01-12,invoice,G1,D2,500.00,2026-02-11,\n"
            + "2026-01-14,invoice,H1,D3,300.00,2026-02-13,\n"
        book.interactions = "date,debtor,invoices,kind,channel\n"
            + "2026-03-01,D1,F1,reminder_1,letter\n"
            + "2026-03-02,D2,G1,reminder_1,letter\n"
        return book
    }

    /// Builds and returns the line that counts the letters.
    @discardableResult
    static func build(_ book: URL, _ out: URL) throws -> String {
        let run = try RelanceBinary.run(["build", "--book", book.path, "--out", out.path, "--as-of", asOf, "--no-pdf"])
        try #require(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n").first { $0.hasPrefix("Courriers") }.map(String.init) ?? ""
    }

    static func inode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    let temp: TemporaryFolder
    var bookFolder: URL { temp.file("book") }
    var out: URL { temp.file("out") }

    init() throws {
        temp = try TemporaryFolder()
        try Self.book().write(to: bookFolder)
        try temp.write("book/attachments/invoices/H1.pdf", "%PDF-1.4 facture H1\n")
        #expect(try Self.build(bookFolder, out) == "Courriers : 3 (dont 2 à imprimer)")
    }

    func letterFile(_ name: String) -> URL { out.appendingPathComponent(name) }

    /// The output must equal what a fresh build of the same book writes.
    func expectSameAsFreshBuild() throws {
        let fresh = temp.file("fresh-\(UUID().uuidString)")
        try Self.build(bookFolder, fresh)
        let rebuilt = try snapshot(out), expected = try snapshot(fresh)
        #expect(rebuilt.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected where rebuilt[path] != bytes { Issue.record("\(path) differs from a fresh build") }
    }

    @Test func anUnchangedBookCarriesEveryLetterOver() throws {
        let files = ["letters/D1-R2-20260615.html", Self.emailed + ".html", Self.emailed + ".eml", Self.emailed + "/H1.pdf",
                     Self.batch]
        for file in files { #expect(FileManager.default.fileExists(atPath: letterFile(file).path), "\(file)") }
        let before = try files.map { try Self.inode(letterFile($0)) }
        #expect(try Self.build(bookFolder, out) == "Courriers : 3 (dont 2 à imprimer ; 3 repris tels quels de la sortie précédente)")
        #expect(try files.map { try Self.inode(letterFile($0)) } == before)
        try expectSameAsFreshBuild()
    }

    /// D1 paid part of its invoice: its letter and the print batch holding it are rendered again,
    /// D2's letter, in the same batch, is carried over.
    @Test func aChangedRowRendersItsDebtorsLetterAndBatchAgainAndNothingElse() throws {
        let d2 = try Self.inode(letterFile("letters/D2-R2-20260615.html"))
        var book = Self.book()
        book.ledger += "2026-04-02,payment,P1,D1,100.00,,F1\n"
        try book.write(to: bookFolder)
        #expect(try Self.build(bookFolder, out) == "Courriers : 3 (dont 2 à imprimer ; 2 repris tels quels de la sortie précédente)")
        #expect(try Self.inode(letterFile("letters/D2-R2-20260615.html")) == d2)
        #expect(try String(contentsOf: letterFile(Self.batch), encoding: .utf8).contains("900,00"))
        try expectSameAsFreshBuild()
    }

    /// A print batch edited since the last build is rendered again, though its letters are carried over.
    @Test func anEditedBatchIsRenderedAgain() throws {
        let batch = letterFile(Self.batch)
        let handle = try FileHandle(forWritingTo: batch)
        try handle.write(contentsOf: Data("X".utf8))
        try handle.close()
        #expect(try Self.build(bookFolder, out) == "Courriers : 3 (dont 2 à imprimer ; 3 repris tels quels de la sortie précédente)")
        #expect(try Data(contentsOf: batch).first != UInt8(ascii: "X"))
        try expectSameAsFreshBuild()
    }

    /// A letter's file edited in place (same inode), removed, or a file added to its enclosures
    /// since the last build: the letter is rendered again.
    @Test func aLetterEditedSinceTheLastBuildIsRenderedAgain() throws {
        let message = letterFile(Self.emailed + ".eml")
        let handle = try FileHandle(forWritingTo: message)
        try handle.write(contentsOf: Data("X".utf8))
        try handle.close()
        try FileManager.default.removeItem(at: letterFile("letters/D1-R2-20260615.html"))
        #expect(try Self.build(bookFolder, out) == "Courriers : 3 (dont 2 à imprimer ; 1 repris tels quels de la sortie précédente)")
        #expect(try Data(contentsOf: message).first != UInt8(ascii: "X"))
        try expectSameAsFreshBuild()

        try Data("notes".utf8).write(to: letterFile(Self.emailed + "/notes.txt"))
        #expect(try Self.build(bookFolder, out) == "Courriers : 3 (dont 2 à imprimer ; 2 repris tels quels de la sortie précédente)")
        try expectSameAsFreshBuild()
    }

    /// The debtor's rows did not change, the invoice's PDF did: the copy and the e-mail carry the new bytes.
    @Test func aChangedEnclosureRendersItsLetterAgain() throws {
        try temp.write("book/attachments/invoices/H1.pdf", "%PDF-1.4 facture H1, avoir déduit\n")
        #expect(try Self.build(bookFolder, out) == "Courriers : 3 (dont 2 à imprimer ; 2 repris tels quels de la sortie précédente)")
        #expect(try String(contentsOf: letterFile(Self.emailed + "/H1.pdf"), encoding: .utf8).contains("avoir déduit"))
        try expectSameAsFreshBuild()
    }

    /// The index holds one `reference sources contents` line per letter and batch, and one of another shape
    /// (an older relance's, or damaged) is not trusted.
    @Test func anIndexOfAnotherShapeIsNotTrusted() throws {
        let index = out.appendingPathComponent(".relance-letter-fingerprints")
        let lines = try String(contentsOf: index, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4 && lines.allSatisfy { $0.split(separator: " ").count == 3 })
        try Data(lines.map { $0.split(separator: " ").prefix(2).joined(separator: " ") + "\n" }.joined().utf8).write(to: index)
        #expect(try Self.build(bookFolder, out) == "Courriers : 3 (dont 2 à imprimer)")
        #expect(try Self.build(bookFolder, out) == "Courriers : 3 (dont 2 à imprimer ; 3 repris tels quels de la sortie précédente)")
        try expectSameAsFreshBuild()
    }
}
