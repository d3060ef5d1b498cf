import Foundation
import RelanceTestSupport
import Testing

/// The contract in executable form: the worked example (Tests/Support/Fixtures/worked-book), built by the binary.
@Suite struct WorkedExampleTests {
    @Test func summaryHoldsEveryExpectedFigure() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run([
            "build", "--book", SharedFixtures.workedBook.path,
            "--out", temp.file("out").path, "--as-of", "2026-06-15",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let expected = try json(SharedFixtures.workedBookSummary)
        let actual = try json(temp.file("out/summary.json"))
        let problems = mismatches(expected: expected, actual: actual)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func buildPrintsTheReconciliationLine() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run([
            "build", "--book", SharedFixtures.workedBook.path,
            "--out", temp.file("out").path, "--as-of", "2026-06-15",
        ])
        #expect(run.stdout.contains("Rapprochement : 16 lignes lues"))
        // P05's 99,90 € paid before FA-105 is imputed on it on its date (Code civil 1342-10).
        #expect(run.stdout.contains("= 3\u{202F}740,10\u{00A0}€ = encours 3\u{202F}770,00\u{00A0}€ − crédits non affectés 29,90\u{00A0}€"))
        #expect(run.stdout.contains("crédits antérieurs imputés sur des factures émises ensuite : 99,90\u{00A0}€"))
    }

    @Test func rebuildingGivesByteIdenticalOutput() throws {
        let temp = try TemporaryFolder()
        let book = SharedFixtures.workedBook.path
        try RelanceBinary.run(["build", "--book", book, "--out", temp.file("a").path, "--as-of", "2026-06-15", "--bundle", "all"])
        try RelanceBinary.run(["build", "--book", book, "--out", temp.file("b").path, "--as-of", "2026-06-15", "--bundle", "all"])
        // Everything, PDFs included (dated the build date, ID from their content, no temporary
        // path), and so the rebuild index, which holds a digest of every file of a debtor folder.
        let a = try snapshot(temp.file("a"))
        let b = try snapshot(temp.file("b"))
        #expect(a.count > 5)
        if LetterPDFTests.chromium != nil && LetterPDFTests.tool("qpdf") != nil {
            #expect(a.keys.filter { $0.hasSuffix(".pdf") }.count >= 2)
        }
        #expect(Set(a.keys) == Set(b.keys))
        for (path, bytes) in a where b[path] != bytes { Issue.record("\(path) differs between two builds") }
        if a != b, let keep = ProcessInfo.processInfo.environment["RELANCE_KEEP_FAILED"] {
            try? FileManager.default.copyItem(at: temp.file("a"), to: URL(fileURLWithPath: keep + "/a"))
            try? FileManager.default.copyItem(at: temp.file("b"), to: URL(fileURLWithPath: keep + "/b"))
        }
    }

    @Test func bookFolderIsNeverModified() throws {
        let temp = try TemporaryFolder()
        let book = SharedFixtures.workedBook
        let before = try snapshot(book)
        try RelanceBinary.run(["build", "--book", book.path, "--out", temp.file("out").path, "--as-of", "2026-06-15"])
        #expect(try snapshot(book) == before)
    }
}
