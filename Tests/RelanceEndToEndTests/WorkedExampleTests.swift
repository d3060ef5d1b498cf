import Foundation
import Testing

/// The contract in executable form: the worked example in Fixtures/worked-book, built by the binary.
@Suite struct WorkedExampleTests {
    @Test func summaryHoldsEveryExpectedFigure() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run([
            "build", "--book", RelanceBinary.fixtures.appendingPathComponent("worked-book").path,
            "--out", temp.file("out").path, "--as-of", "2026-06-15",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let expected = try json(RelanceBinary.fixtures.appendingPathComponent("worked-book.expected-summary.json"))
        let actual = try json(temp.file("out/summary.json"))
        let problems = mismatches(expected: expected, actual: actual)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func buildPrintsTheReconciliationLine() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run([
            "build", "--book", RelanceBinary.fixtures.appendingPathComponent("worked-book").path,
            "--out", temp.file("out").path, "--as-of", "2026-06-15",
        ])
        #expect(run.stdout.contains("Rapprochement : 16 lignes lues"))
        // P05's 99,90 € paid before FA-105 is imputed on it on its date (Code civil 1342-10).
        #expect(run.stdout.contains("= 3\u{202F}740,10\u{00A0}€ = encours 3\u{202F}770,00\u{00A0}€ − crédits non affectés 29,90\u{00A0}€"))
        #expect(run.stdout.contains("crédits antérieurs imputés sur des factures émises ensuite : 99,90\u{00A0}€"))
    }

    @Test func rebuildingGivesByteIdenticalOutput() throws {
        let temp = try TemporaryFolder()
        let book = RelanceBinary.fixtures.appendingPathComponent("worked-book").path
        try RelanceBinary.run(["build", "--book", book, "--out", temp.file("a").path, "--as-of", "2026-06-15"])
        try RelanceBinary.run(["build", "--book", book, "--out", temp.file("b").path, "--as-of", "2026-06-15"])
        // PDFs aside: Chromium stamps their creation date (the same PDFs' text is tested elsewhere);
        // so is the rebuild index, which holds a digest of every file of a debtor folder, its PDFs
        // included. Without PDFs the index is byte-identical too (IncrementalBuildTests).
        let a = try snapshot(temp.file("a")).filter { !$0.key.hasSuffix(".pdf") && $0.key != ".relance-fingerprints" }
        let b = try snapshot(temp.file("b")).filter { !$0.key.hasSuffix(".pdf") && $0.key != ".relance-fingerprints" }
        #expect(a.count > 5)
        #expect(a == b)
        #expect(Set(a.keys) == Set(b.keys))
    }

    @Test func bookFolderIsNeverModified() throws {
        let temp = try TemporaryFolder()
        let book = RelanceBinary.fixtures.appendingPathComponent("worked-book")
        let before = try snapshot(book)
        try RelanceBinary.run(["build", "--book", book.path, "--out", temp.file("out").path, "--as-of", "2026-06-15"])
        #expect(try snapshot(book) == before)
    }
}
