import BookGenerator
import Foundation
import RelanceBook
import RelanceCore
import RelanceTestSupport
import Testing

/// assets/sample-book-fec: the sample book as its creditor's software exports it — the FEC exported
/// on 8 June 2026, the invoices as Factur-X PDFs and CII or UBL e-invoices, the bank statement up to
/// 17 June (`SampleExports`) —, debtors.csv and the log the same. Read from those exports it gives
/// exactly the figures of the CSV book without the one invoice issued after the export.
@Suite struct SampleFECBookTests {
    static let root = RelanceBinary.packageRoot
    static let fecBook = root.appendingPathComponent("assets/sample-book-fec")
    static let fecUntil = Day(iso: "2026-06-08")!

    static func sample() throws -> Book {
        let shipped = try RateTableReader.read(file: root.appendingPathComponent("assets/rates/rates.csv"))
        return try BookReader(shippedRates: shipped).read(folder: root.appendingPathComponent("assets/sample-book"))
    }

    /// The committed exports are what `SampleExports` writes for the sample book (rewritten by
    /// `RELANCE_UPDATE_GOLDEN=1`, a run that fails on purpose; the Factur-X PDFs with qpdf).
    @Test func theExportsAreTheSampleBookExported() throws {
        let exports = SampleExports(book: try Self.sample(), fecUntil: Self.fecUntil)
        let updating = GoldenPageTests.updating
        for (path, text) in exports.files {
            let committed = Self.fecBook.appendingPathComponent(path)
            if updating {
                try FileManager.default.createDirectory(at: committed.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: committed)
            }
            #expect(try String(contentsOf: committed, encoding: .utf8) == text, "\(path)")
        }
        let committedExports = try snapshot(Self.fecBook.appendingPathComponent("exports")).keys.map { "exports/" + $0 }
        #expect(committedExports.sorted() == exports.files.keys.sorted(), "no stale export")
        #expect(exports.files.keys.contains { $0.hasSuffix("-ubl.xml") } && exports.files.keys.contains { $0.hasSuffix("-cii.xml") })

        let sampleAttachments = Self.root.appendingPathComponent("assets/sample-book/attachments")
        let fecAttachments = Self.fecBook.appendingPathComponent("attachments")
        #expect(exports.facturX.count == 6, "every invoice PDF of the sample is a Factur-X")
        for (pdf, xml) in exports.facturX.sorted(by: { $0.key < $1.key }) {
            let committed = fecAttachments.appendingPathComponent(pdf).path
            if updating {
                let temp = try TemporaryFolder()
                try temp.write("factur-x.xml", xml)
                _ = try PDFTestTools.qpdfOutput([
                    sampleAttachments.appendingPathComponent(pdf).path, committed, "--deterministic-id",
                    "--add-attachment", temp.file("factur-x.xml").path, "--key=factur-x.xml", "--filename=factur-x.xml",
                    "--mimetype=text/xml", "--creationdate=D:20260101000000Z", "--moddate=D:20260101000000Z", "--"])
            }
            let embedded = try #require(try PDFTestTools.qpdfOutput(["--show-attachment=factur-x.xml", committed]),
                                        "qpdf reads the factur-x.xml of \(pdf) (apt-get install qpdf)")
            #expect(String(decoding: embedded, as: UTF8.self) == xml, "\(pdf)")
        }
        if updating { Issue.record("rewrote the exports of assets/sample-book-fec: read the diff, then run again without RELANCE_UPDATE_GOLDEN") }
        for file in ["debtors.csv", "interactions.csv"] {
            #expect(try Data(contentsOf: Self.root.appendingPathComponent("assets/sample-book/" + file))
                    == Data(contentsOf: Self.fecBook.appendingPathComponent(file)), "\(file)")
        }
        let proofs = "attachments/proofs"
        #expect(try snapshot(Self.root.appendingPathComponent("assets/sample-book/" + proofs))
                == snapshot(Self.fecBook.appendingPathComponent(proofs)))
        #expect(try Set(snapshot(fecAttachments).keys) == Set(snapshot(sampleAttachments).keys))
    }

    /// The sample book's CSV files without the ledger rows no export carries.
    static func csvBookAsExported(in temp: TemporaryFolder) throws -> URL {
        let exports = SampleExports(book: try sample(), fecUntil: fecUntil)
        let copy = temp.file("csv-book")
        try FileManager.default.copyItem(at: root.appendingPathComponent("assets/sample-book"), to: copy)
        let ledger = copy.appendingPathComponent("ledger.csv")
        // Split on the bytes: in a Swift String a CRLF is one Character, which "\n" does not match.
        var lines = try [UInt8](Data(contentsOf: ledger)).split(separator: 0x0A, omittingEmptySubsequences: false)
        for line in exports.leftOut.sorted(by: >) { lines.remove(at: line - 1) }
        try Data(lines.joined(separator: [0x0A])).write(to: ledger)
        #expect(exports.leftOut.count == 1, "the invoice of 22 June")
        return copy
    }

    @Test func readFromItsExportsTheBookGivesTheSameFigures() throws {
        let temp = try TemporaryFolder()
        let csvBook = try Self.csvBookAsExported(in: temp)
        for (book, out) in [(csvBook.path, "csv"), (Self.fecBook.path, "fec")] {
            let run = try RelanceBinary.run(["build", "--book", book, "--out", temp.file(out).path, "--no-pdf"])
            #expect(run.status == 0, "\(book): \(run.stderr)")
            if out == "fec" {
                #expect(run.stdout.contains("Source : FEC \(SampleExports.fecPath) — "), "\(run.stdout)")
                #expect(run.stdout.contains("règlements des relevés bancaires"), "\(run.stdout)")
                #expect(run.stdout.contains("Factures électroniques — 30 fichiers : 6 Factur-X et 24 fichiers XML lus : "
                                            + "30 rapprochés d'une facture du FEC (échéance, livraison), 0 sans facture du FEC, 0 en double."))
                let plain = run.stdout.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{A0}", with: " ")
                #expect(plain.contains("Relevés bancaires \(SampleExports.statementPath) — 5 mouvements : "
                                            + "1 débit ou mouvement non comptabilisé, ignoré ; crédits : 2 ajoutés comme règlements (3 372,00 €), "
                                            + "2 déjà dans le FEC, 0 en double, 0 non identifié (0,00 €)."), "\(run.stdout)")
                for quiet in ["non équilibrée", "non identifié", "facture électronique", "Factur-X", "qpdf"] {
                    #expect(!run.stderr.contains(quiet), "nothing to warn about: \(quiet)\n\(run.stderr)")
                }
            }
        }
        let csv = try temp.read("csv/summary.json"), fec = try temp.read("fec/summary.json")
        #expect(csv == fec, "summary.json, every figure")
        #expect(try temp.read("fec/index.html").contains("Source : FEC \(SampleExports.fecPath)"))
    }

    /// `relance import` shows where each due date came from, and gives back a CSV book with the same
    /// figures again.
    @Test func itsImportBuildsTheSame() throws {
        let temp = try TemporaryFolder()
        let book = Self.fecBook.path
        let imported = try RelanceBinary.run(["import", "--book", book, "--out", temp.file("csv").path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let ledger = try temp.read("csv/ledger.csv")
        #expect(ledger.contains("facture électronique attachments/invoices/FAC-2026-0031.pdf"), "a Factur-X")
        #expect(ledger.contains("facture électronique exports/factures/FAC-2026-0028-"), "an XML e-invoice")
        #expect(ledger.contains("payment_terms_days ([sources]) : 30 jours"), "an invoice of 2021, before e-invoices")
        #expect(ledger.contains("VIR-20260610-BDP") && ledger.contains("releve-2026-06-17.xml"), "a payment of the statement")
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
