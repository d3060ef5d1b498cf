import Foundation
import RelanceTestSupport
import Testing

/// A rebuild carries over the debtor folders whose sources did not change, and only those: the
/// output is always the one a fresh build would write.
@Suite struct IncrementalBuildTests {
    static let asOf = "2026-06-15"

    /// Two debtors, each with an overdue invoice; D1 with a proof attached to its reminder.
    static func book() -> BookFixture {
        var book = BookFixture.mini
        book.debtors += "D2,Client Deux,business,2 rue B,69002,Lyon,c@d.fr\n"
        book.ledger += "2026-01-12,invoice,G1,D2,500.00,2026-02-11,\n"
        book.interactions = "date,debtor,invoices,kind,channel,proof\n"
            + "2026-03-01,D1,F1,reminder_1,letter,proofs/r1-d1.pdf\n"
            + "2026-03-02,D2,G1,reminder_1,letter,\n"
        return book
    }

    /// Builds and returns the line saying how many debtor folders were rendered and carried over.
    @discardableResult
    static func build(_ book: URL, _ out: URL) throws -> String {
        let run = try RelanceBinary.run(["build", "--book", book.path, "--out", out.path, "--as-of", asOf, "--no-pdf", "--bundle", "all"])
        try #require(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n").first { $0.hasPrefix("Dossiers débiteurs") }.map(String.init) ?? ""
    }

    static func folder(_ out: URL, _ debtor: String) throws -> URL {
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any]
        let debtors = try #require(summary?["debtors"] as? [[String: Any]])
        let slug = try #require(debtors.first { $0["id"] as? String == debtor }?["slug"] as? String)
        return out.appendingPathComponent("debtors/\(slug)")
    }

    static func inode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    let temp: TemporaryFolder
    var bookFolder: URL { temp.file("book") }
    var out: URL { temp.file("out") }

    init() throws {
        temp = try TemporaryFolder()
        try Self.book().write(to: temp.file("book"))
        try temp.write("book/attachments/proofs/r1-d1.pdf", "%PDF-1.4 preuve de dépôt\n")
        try Self.build(bookFolder, out)
    }

    /// The output must equal what a fresh build of the same book writes.
    func expectSameAsFreshBuild() throws {
        let fresh = temp.file("fresh-\(UUID().uuidString)")
        try Self.build(bookFolder, fresh)
        let rebuilt = try snapshot(out), expected = try snapshot(fresh)
        #expect(rebuilt.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected where rebuilt[path] != bytes { Issue.record("\(path) differs from a fresh build") }
    }

    @Test func anUnchangedBookCarriesEveryFolderOverWithoutRenderingIt() throws {
        let before = try Self.inode(Self.folder(out, "D1").appendingPathComponent("decompte.html"))
        #expect(try Self.build(bookFolder, out) == "Dossiers débiteurs : 0 généré, 2 repris tels quels de la sortie précédente")
        #expect(try Self.inode(Self.folder(out, "D1").appendingPathComponent("decompte.html")) == before)
        try expectSameAsFreshBuild()
    }

    /// A file of the previous output edited in place (same inode, size and mode), added or removed
    /// is not carried over: its folder is rendered again, so the rebuild equals a fresh build.
    @Test func aFolderEditedSinceTheLastBuildIsRenderedAgain() throws {
        let cover = try Self.folder(out, "D2").appendingPathComponent("index.html")
        let handle = try FileHandle(forWritingTo: cover)
        try handle.write(contentsOf: Data("X".utf8))
        try handle.close()
        #expect(try Self.build(bookFolder, out) == "Dossiers débiteurs : 1 généré, 1 repris tels quels de la sortie précédente")
        #expect(try Data(contentsOf: cover).first != UInt8(ascii: "X"))
        try expectSameAsFreshBuild()

        try Data("notes".utf8).write(to: Self.folder(out, "D1").appendingPathComponent("notes.txt"))
        try FileManager.default.removeItem(at: Self.folder(out, "D2").appendingPathComponent("chronologie.html"))
        #expect(try Self.build(bookFolder, out) == "Dossiers débiteurs : 2 générés, 0 repris tels quels de la sortie précédente")
        try expectSameAsFreshBuild()
    }

    /// An index written by an older relance (two fields a line) or damaged is not trusted.
    @Test func anIndexOfAnotherShapeIsNotTrusted() throws {
        let index = out.appendingPathComponent(".relance-fingerprints")
        let lines = try String(contentsOf: index, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.split(separator: " ").count == 3 })
        let older = lines.map { $0.split(separator: " ").prefix(2).joined(separator: " ") + "\n" }.joined()
        try Data(older.utf8).write(to: index)
        #expect(try Self.build(bookFolder, out) == "Dossiers débiteurs : 2 générés, 0 repris tels quels de la sortie précédente")
        #expect(try Self.build(bookFolder, out) == "Dossiers débiteurs : 0 généré, 2 repris tels quels de la sortie précédente")
        try expectSameAsFreshBuild()
    }

    @Test func aChangedRowRendersItsDebtorAgainAndOnlyIt() throws {
        let d2 = try Self.folder(out, "D2").appendingPathComponent("chronologie.html")
        let d2Inode = try Self.inode(d2)
        let d1 = try Self.folder(out, "D1").appendingPathComponent("chronologie.html")
        let d1Before = try Data(contentsOf: d1)
        var book = Self.book()
        book.interactions += "2026-04-02,D1,F1,call,phone,\n"
        try book.write(to: bookFolder)
        try Self.build(bookFolder, out)
        #expect(try Data(contentsOf: d1) != d1Before)
        #expect(try Self.inode(d2) == d2Inode)
        try expectSameAsFreshBuild()
    }

    @Test func aChangedAttachmentRendersItsFolderAgain() throws {
        // D1's folder holds a copy of the proof: new bytes for the proof, new bytes in the copy.
        try temp.write("book/attachments/proofs/r1-d1.pdf", "%PDF-1.4 preuve de dépôt, version scannée\n")
        try Self.build(bookFolder, out)
        let pieces = try Self.folder(out, "D1").appendingPathComponent("pieces")
        let copies = try FileManager.default.contentsOfDirectory(atPath: pieces.path).filter { $0.hasSuffix(".pdf") }
        #expect(copies.count == 1)
        #expect(try String(contentsOf: pieces.appendingPathComponent(copies[0]), encoding: .utf8).contains("version scannée"))
        try expectSameAsFreshBuild()
    }

    @Test func aBuildDateChangeRendersEverything() throws {
        let cover = try Self.folder(out, "D2").appendingPathComponent("index.html")
        let handle = try FileHandle(forWritingTo: cover)
        try handle.write(contentsOf: Data("X".utf8))
        try handle.close()
        let run = try RelanceBinary.run(["build", "--book", bookFolder.path, "--out", out.path, "--as-of", "2026-06-16", "--no-pdf", "--bundle", "all"])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: Self.folder(out, "D2").appendingPathComponent("index.html")).first != UInt8(ascii: "X"))
    }

    /// A debtor that is not bundled has only its page, carried over like a folder; bundling it
    /// renders its page again, with its folder.
    @Test func aDebtorsOnePageIsCarriedOverToo() throws {
        let single = temp.file("single")
        @discardableResult
        func build(_ extra: [String] = []) throws -> String {
            let run = try RelanceBinary.run(["build", "--book", bookFolder.path, "--out", single.path, "--as-of", Self.asOf, "--no-pdf"] + extra)
            try #require(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").first { $0.hasPrefix("Dossiers débiteurs") }.map(String.init) ?? ""
        }
        try build()
        let page = URL(fileURLWithPath: try Self.folder(single, "D2").path + ".html")
        let inode = try Self.inode(page)
        #expect(try build() == "Dossiers débiteurs : 0 généré, 2 repris tels quels de la sortie précédente")
        #expect(try Self.inode(page) == inode)
        #expect(try build(["--bundle", "D2"]) == "Dossiers débiteurs : 1 généré, 1 repris tels quels de la sortie précédente")
        #expect(try Self.inode(page) != inode)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Dossier complet"))
        #expect(FileManager.default.fileExists(atPath: try Self.folder(single, "D2").appendingPathComponent("index.html").path))
    }

    /// A folder printed by other tools is not carried over: after Chromium or qpdf is upgraded, a
    /// rebuild prints each case file again, as a fresh build would.
    @Test(.enabled(if: PDFTestTools.chromium != nil && PDFTestTools.qpdf != nil, "Chromium or qpdf is not installed: not tested"))
    func anUpgradedPrintingToolPrintsTheCaseFilesAgain() throws {
        let printed = temp.file("printed")
        let qpdf = try #require(PDFTestTools.qpdf).qpdf.path
        // The same qpdf under another version.
        let upgraded = temp.file("upgraded-qpdf")
        try temp.write("upgraded-qpdf", """
            #!/bin/sh
            if [ "$1" = "--version" ]; then echo "qpdf version 99.0.0"; exit 0; fi
            exec \(qpdf) "$@"

            """)
        chmod(upgraded.path, 0o755)
        @discardableResult
        func build(qpdf: String) throws -> String {
            let run = try RelanceBinary.run(["build", "--book", bookFolder.path, "--out", printed.path, "--as-of", Self.asOf, "--bundle", "all"],
                                            environment: ["RELANCE_QPDF": qpdf])
            try #require(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").first { $0.hasPrefix("Dossiers débiteurs") }.map(String.init) ?? ""
        }
        try build(qpdf: qpdf)
        #expect(try build(qpdf: qpdf) == "Dossiers débiteurs : 0 généré, 2 repris tels quels de la sortie précédente")
        #expect(try build(qpdf: upgraded.path) == "Dossiers débiteurs : 2 générés, 0 repris tels quels de la sortie précédente")
        #expect(try build(qpdf: upgraded.path) == "Dossiers débiteurs : 0 généré, 2 repris tels quels de la sortie précédente")
    }
}
