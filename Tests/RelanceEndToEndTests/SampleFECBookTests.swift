import BookGenerator
import Foundation
import RelanceBook
import RelanceCore
import Testing

/// assets/sample-book-fec: the sample book with its ledger as a FEC export (exports/), the rest the
/// same. Read from the FEC, it gives exactly the figures of the CSV book.
@Suite struct SampleFECBookTests {
    static let root = RelanceBinary.packageRoot
    static let fecFile = "exports/841203979FEC20261231.txt"

    /// The committed FEC is the sample ledger as `FECWriter` exports it (rewritten by
    /// `RELANCE_UPDATE_GOLDEN=1`, a run that fails on purpose); the other files are the sample's.
    @Test func theFECBookIsTheSampleBookExported() throws {
        let shipped = try RateTableReader.read(file: Self.root.appendingPathComponent("assets/rates/rates.csv"))
        let sample = try BookReader(shippedRates: shipped).read(folder: Self.root.appendingPathComponent("assets/sample-book"))
        let names = Dictionary(sample.debtors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let fec = FECWriter.fec(ledger: sample.ledger, names: names)
        let committed = Self.root.appendingPathComponent("assets/sample-book-fec/" + Self.fecFile)
        if GoldenPageTests.updating {
            try Data(fec.utf8).write(to: committed)
            Issue.record("rewrote \(Self.fecFile): read the diff, then run again without RELANCE_UPDATE_GOLDEN")
        }
        #expect(try String(contentsOf: committed, encoding: .utf8) == fec)
        for file in ["debtors.csv", "interactions.csv"] {
            #expect(try Data(contentsOf: Self.root.appendingPathComponent("assets/sample-book/" + file))
                    == Data(contentsOf: Self.root.appendingPathComponent("assets/sample-book-fec/" + file)), "\(file)")
        }
        #expect(try snapshot(Self.root.appendingPathComponent("assets/sample-book/attachments"))
                == snapshot(Self.root.appendingPathComponent("assets/sample-book-fec/attachments")))
    }

    @Test func readFromItsFECTheBookGivesTheSameFigures() throws {
        let temp = try TemporaryFolder()
        for (book, out) in [("sample-book", "csv"), ("sample-book-fec", "fec")] {
            let run = try RelanceBinary.run(["build", "--book", Self.root.appendingPathComponent("assets/" + book).path,
                                             "--out", temp.file(out).path, "--no-pdf"])
            #expect(run.status == 0, "\(book): \(run.stderr)")
            if book == "sample-book-fec" {
                #expect(run.stdout.contains("Source : FEC \(Self.fecFile) — "), "\(run.stdout)")
                #expect(!run.stderr.contains("non équilibrée"), "every entry of the export balances")
            }
        }
        let csv = try temp.read("csv/summary.json"), fec = try temp.read("fec/summary.json")
        #expect(csv == fec, "summary.json, every figure")
        #expect(try temp.read("fec/index.html").contains("Source : FEC \(Self.fecFile)"))
    }

    /// `relance import` of the FEC book gives back a CSV book with the same figures again.
    @Test func itsImportBuildsTheSame() throws {
        let temp = try TemporaryFolder()
        let book = Self.root.appendingPathComponent("assets/sample-book-fec").path
        let imported = try RelanceBinary.run(["import", "--book", book, "--out", temp.file("csv").path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let ledger = try temp.read("csv/ledger.csv")
        #expect(ledger.contains("payment_terms_days ([sources]) : 30 jours"), "where the due dates came from")
        let toml = try String(contentsOf: URL(fileURLWithPath: book + "/relance.toml"), encoding: .utf8)
        try temp.write("csv/relance.toml", toml.components(separatedBy: "\n[sources]")[0] + "\n")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: book + "/attachments"), to: temp.file("csv/attachments"))
        for (folder, out) in [(book, "from-fec"), (temp.file("csv").path, "from-import")] {
            let run = try RelanceBinary.run(["build", "--book", folder, "--out", temp.file(out).path, "--no-pdf"])
            #expect(run.status == 0, "\(folder): \(run.stderr)")
        }
        #expect(try temp.read("from-fec/summary.json") == temp.read("from-import/summary.json"))
        let refused = try RelanceBinary.run(["import", "--book", temp.file("csv").path, "--out", temp.file("csv").path])
        #expect(refused.status == 64, "never into the book itself")
    }
}
