import Foundation
import RelanceTestSupport
import RelanceCore
import Testing
@testable import RelanceSite
@testable import RelancePDF
@testable import RelancePublish

/// The case file's single PDF: cover, décompte, chronology and bordereau printed, then the PDF
/// exhibits and the regenerated letters in number order, joined. Needs Chromium and qpdf.
@Suite(.serialized,
       .enabled(if: PDFTestTools.chromium != nil, "Chromium is not installed (apt-get install chromium): case-file PDF not tested"),
       .enabled(if: PDFTestTools.qpdf != nil, "qpdf is not installed (apt-get install qpdf): case-file PDF not tested"))
struct CaseFilePDFTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func day(_ iso: String) -> Day { Day(iso: Substring(iso))! }

    /// One debtor owing one invoice, the formal notice's proof at `proofs/AR-1.pdf`, and `first`
    /// logged before it; computed at 2026-06-15.
    static func receivables(first: Interaction) throws -> Receivables {
        let debtor = Debtor(id: "D1", name: "Client Un SARL", address1: "1 rue A", postcode: "69001", city: "Lyon")
        return try receivables(
            debtors: [debtor],
            ledger: [LedgerEntry(date: day("2026-01-10"), kind: .invoice, reference: "F1", debtorID: "D1",
                                 amount: Money(minorUnits: 100_000), dueDate: day("2026-02-09"))],
            interactions: [
                first,
                Interaction(day: day("2026-04-01"), debtorID: "D1", kind: .formalNotice, channel: .registeredLetter,
                            proofs: ["proofs/AR-1.pdf"], tracking: "1A 123 456 7890 1", sequence: 1),
            ])
    }

    /// The test creditor's book of these rows, with the rates of 2026 H1, computed at 2026-06-15.
    static func receivables(debtors: [Debtor], ledger: [LedgerEntry], interactions: [Interaction]) throws -> Receivables {
        let book = Book(
            creditor: Creditor(name: "Test SAS", address: ["1 rue du Test", "69001 Lyon"], city: "Lyon"),
            debtors: debtors, ledger: ledger, interactions: interactions,
            rates: RateTable([
                HalfYear(year: 2026, half: 1): HalfYearRates(ecb: PercentRate(parsing: "2.15")!, legalPrivate: PercentRate(parsing: "6.67")!,
                                                           legalOther: PercentRate(parsing: "2.62")!),
            ]))
        return try Receivables(book: book, asOf: day("2026-06-15"))
    }

    @Test func oneDocumentInExhibitOrder() throws {
        let folder = try PDFTempFolder()
        // The proof: a real one-page PDF with a marker, printed for the occasion.
        let printer = try PDFPrinter(chromium: try #require(PDFTestTools.chromium))
        defer { printer.close() }
        try folder.write("letter.css", PDFTestPages.css)
        let receipt = try folder.write("receipt.html", PDFTestPages.page(title: "AR", paragraphs: 1, marker: "accusereception"))
        let receiptPDF = try printer.print([PDFDocumentRequest(source: receipt)])[0].data
        try FileManager.default.createDirectory(at: folder.url("book/attachments/proofs"), withIntermediateDirectories: true)
        _ = try folder.write("book/attachments/proofs/AR-1.pdf", bytes: receiptPDF)

        let r = try Self.receivables(
            first: Interaction(day: Self.day("2026-03-01"), debtorID: "D1", kind: .reminder1, channel: .email, sequence: 0))

        let publisher = try Publisher(out: folder.url("out"), book: folder.url("book"))
        let site = try SiteBuilder(resources: Resources(root: Self.packageRoot), attachments: folder.url("book/attachments"))
        let merger = try #require(PDFTestTools.qpdf)
        let report = try site.build(r, into: publisher, printCaseFiles: { jobs in
            try CaseFilePDFs(printer: printer, merger: merger).print(jobs, date: r.asOf, from: publisher.stagingFolder, into: publisher)
        }, progress: { _ in })
        _ = try publisher.commit()
        #expect(report.caseFilePDF.written == ["D1"])
        #expect(report.caseFilePDF.notes.isEmpty)

        let slug = Slug.make(for: "D1")
        let pdf = [UInt8](try Data(contentsOf: folder.url("out/debtors/\(slug)/\(slug).pdf")))
        // Cover, décompte, chronology, bordereau, the receipt; the reconstructed first reminder,
        // which proves nothing, stays in the folder's annexes.
        #expect((PDFPageCount.count(pdf) ?? 0) >= 5)
        // One bookmark per document and per exhibit, at its first page.
        let outline = try #require(try PDFTestTools.qpdfOutput(["--json=2", "--json-key=outlines", folder.url("out/debtors/\(slug)/\(slug).pdf").path]))
        let entries = try #require((try JSONSerialization.jsonObject(with: Data(outline)) as? [String: Any])?["outlines"] as? [[String: Any]])
        let titles = entries.compactMap { $0["title"] as? String }
        #expect(titles.prefix(6) == ["Dossier", "Requête en injonction de payer", "Décompte", "Attestation de créance", "Chronologie", "Bordereau de pièces"], "\(titles)")
        #expect(titles.last?.hasPrefix("Pièce n° 1 — ") == true, "\(titles)")
        let pages = entries.compactMap { $0["destpageposfrom1"] as? Int }
        #expect(pages.count == titles.count && pages == pages.sorted() && pages.first == 1)
        if PDFTestTools.pdftotext != nil {
            let text = try PDFTestTools.text(of: pdf)
            // Words found on one document each (the cover links the others by name).
            let marks = ["Voie recommandée", "Fondement et méthode de calcul", "Tous les échanges enregistrés",
                         "Numérotation : par nature", "accusereception"]
            let positions = try marks.map { try #require(text.range(of: $0), "\($0) missing").lowerBound }
            #expect(positions == positions.sorted())
            #expect(!text.contains("RECONSTITUTION — SANS VALEUR PROBANTE"))
            // The exhibit's copy is marked « Pièce n° N » on its page; the file in the folder is not.
            let lastPage = try #require(text.split(separator: "\u{0C}").last { $0.contains("accusereception") })
            #expect(lastPage.contains("Pièce n° 1"), "\(lastPage)")
        }
    }

    /// A PDF proof qpdf --check rejects gets a page naming it and its SHA-256; an HTML proof is
    /// printed; and two builds give the same bytes.
    @Test func damagedProofsGetAPlaceholderAndHTMLProofsArePrinted() throws {
        let folder = try PDFTempFolder()
        try FileManager.default.createDirectory(at: folder.url("book/attachments/proofs"), withIntermediateDirectories: true)
        // A PDF whose structure looks whole (header, startxref, %%EOF) but whose page tree is
        // broken: only qpdf --check finds it.
        let sound = String(decoding: try Data(contentsOf: Self.packageRoot.appending(path: "assets/sample-book/attachments/proofs/AR-2026-009.pdf")), as: UTF8.self)
        let damaged = Array(sound.replacingOccurrences(of: "/Pages 2 0 R", with: "/Pages 9 0 R").utf8)
        _ = try folder.write("book/attachments/proofs/AR-1.pdf", bytes: damaged)
        // A reply long enough for two pages at least: each page of its copy is marked.
        let paragraphs = String(repeating: "<p>reponsedudebiteur : nous contestons le montant de la facture et attendons votre avoir.</p>", count: 90)
        _ = try folder.write("book/attachments/proofs/reply.html", bytes: Array(
            "<!DOCTYPE html><html><head><meta charset=utf-8><title>Réponse</title></head><body>\(paragraphs)</body></html>".utf8))
        let r = try Self.receivables(
            first: Interaction(day: Self.day("2026-03-01"), debtorID: "D1", kind: .reply, channel: .email,
                               proofs: ["proofs/reply.html"], sequence: 0))
        let printer = try PDFPrinter(chromium: try #require(PDFTestTools.chromium))
        defer { printer.close() }
        let merger = try #require(PDFTestTools.qpdf)
        var builds: [[UInt8]] = []
        for output in ["a", "b"] {
            let publisher = try Publisher(out: folder.url(output), book: folder.url("book"))
            let site = try SiteBuilder(resources: Resources(root: Self.packageRoot), attachments: folder.url("book/attachments"))
            let report = try site.build(r, into: publisher, printCaseFiles: { jobs in
                try CaseFilePDFs(printer: printer, merger: merger).print(jobs, date: r.asOf, from: publisher.stagingFolder, into: publisher)
            }, progress: { _ in })
            _ = try publisher.commit()
            #expect(report.caseFilePDF.written == ["D1"])
            #expect(report.caseFilePDF.notes.contains { $0.hasPrefix("attachments/proofs/AR-1.pdf (debtors/") && $0.contains("piece-001-ar-1.pdf) : PDF illisible (qpdf --check : ") }, "\(report.caseFilePDF.notes)")
            let slug = Slug.make(for: "D1")
            builds.append([UInt8](try Data(contentsOf: folder.url("\(output)/debtors/\(slug)/\(slug).pdf"))))
        }
        #expect(builds[0] == builds[1], "two builds of the same case file differ")
        if PDFTestTools.pdftotext != nil {
            let text = try PDFTestTools.text(of: builds[0])
            #expect(text.contains("reponsedudebiteur"), "the HTML proof is printed")
            // The HTML exhibit's copy is marked on every page, and so is the page standing for the
            // unreadable one; neither gets Relance's page numbers.
            let pages = text.split(separator: "\u{0C}")
            let replyPages = pages.filter { $0.contains("reponsedudebiteur") }
            #expect(replyPages.count >= 2 && replyPages.allSatisfy { $0.contains("Pièce n° 2") }, "\(replyPages)")
            #expect(replyPages.allSatisfy { !$0.contains("Page 1 /") && !$0.contains("page 1 /") })
            #expect(pages.contains { $0.contains("Pièce illisible") && $0.contains("Pièce n° 1") })
            #expect(text.contains("Pièce illisible"))
            #expect(text.contains(SHA256Hex.of(damaged)), "the placeholder names the damaged file's SHA-256")
        }
    }
}

extension CaseFilePDFTests {
    /// Two debtors owing one invoice each, both past their formal notice (both bundled).
    static func twoDebtors() throws -> Receivables {
        let first = Debtor(id: "D1", name: "Client Un SARL", address1: "1 rue A", postcode: "69001", city: "Lyon")
        // Letters no document of the first case file uses: its fonts would grow with them if the
        // two were printed in one batch.
        let second = Debtor(id: "D2", name: "Ωmega Ŧrading Ǆ Œuvres & Çie", address1: "9 quai Ÿ", postcode: "13002", city: "Marseille")
        var ledger: [LedgerEntry] = []
        var interactions: [Interaction] = []
        for (number, debtor) in [first, second].enumerated() {
            ledger.append(LedgerEntry(date: day("2026-01-10"), kind: .invoice, reference: "F\(number + 1)", debtorID: debtor.id,
                                      amount: Money(minorUnits: 100_000 * Int64(number + 1)), dueDate: day("2026-02-09")))
            interactions.append(Interaction(day: day("2026-04-01"), debtorID: debtor.id, kind: .formalNotice, channel: .registeredLetter,
                                            tracking: "1A 123 456 789\(number) 1", sequence: number))
        }
        return try receivables(debtors: [first, second], ledger: ledger, interactions: interactions)
    }

    /// A case file's PDF does not depend on what else the build bundles: a rebuild that carries
    /// the folder over keeps the bytes a fresh build makes, and the lawyer's SHA-256 holds.
    @Test func aCaseFilePDFIsTheSameWhateverElseIsBundled() throws {
        let folder = try PDFTempFolder()
        try FileManager.default.createDirectory(at: folder.url("book"), withIntermediateDirectories: true)
        let r = try Self.twoDebtors()
        let printer = try PDFPrinter(chromium: try #require(PDFTestTools.chromium))
        defer { printer.close() }
        let merger = try #require(PDFTestTools.qpdf)
        let slug = Slug.make(for: "D1")
        var pdfs: [[UInt8]] = []
        for (output, bundles) in [("both", BundleSelection.automatic), ("alone", BundleSelection(mode: .none, named: ["D1"]))] {
            let publisher = try Publisher(out: folder.url(output), book: folder.url("book"))
            var site = try SiteBuilder(resources: Resources(root: Self.packageRoot))
            site.bundles = bundles
            let report = try site.build(r, into: publisher, printCaseFiles: { jobs in
                try CaseFilePDFs(printer: printer, merger: merger).print(jobs, date: r.asOf, from: publisher.stagingFolder, into: publisher)
            }, progress: { _ in })
            _ = try publisher.commit()
            #expect(report.caseFilePDF.written.sorted() == (output == "both" ? ["D1", "D2"] : ["D1"]))
            pdfs.append([UInt8](try Data(contentsOf: folder.url("\(output)/debtors/\(slug)/\(slug).pdf"))))
        }
        #expect(SHA256Hex.of(pdfs[0]) == SHA256Hex.of(pdfs[1]), "D1's case file differs when D2's is printed in the same build")
    }

    /// Every « Pièce n° N » of a build is a page of one sheet: the mark of n° 2 laid over a page
    /// gives the same bytes whichever other numbers the sheet holds (its first page carries every
    /// glyph of a mark), and the sheet's pages are where `stampPages` says.
    @Test func anExhibitsMarkIsTheSameWhateverOtherNumbersAreMarked() throws {
        let folder = try PDFTempFolder()
        let page = try folder.write("page.html", PDFTestPages.page(title: "Pièce", paragraphs: 1))
        let printer = try PDFPrinter(chromium: try #require(PDFTestTools.chromium))
        defer { printer.close() }
        let merger = try #require(PDFTestTools.qpdf)
        var marked: [[UInt8]] = []
        for (run, numbers) in [("few", [1, 2]), ("many", [1, 2, 37, 148, 2_069])] {
            let sheet = try folder.write("\(run)/stamps.html", String(decoding: try #require(ExhibitStampPage.sheet(numbers: numbers)), as: UTF8.self))
            var printing = BatchPrinting(printer: printer, merger: merger, scratch: folder.url("\(run)/printed"))
            let printed = try printing.print([PDFDocumentRequest(source: page, numberPagesWhenLong: false, group: "page"),
                                              PDFDocumentRequest(source: sheet, numberPagesWhenLong: false, group: "stamps")])
            let stamps = CaseFilePDFs.stampPages(numbers, printed: printed[1])
            #expect(stamps.count == numbers.count, "\(run): one page per mark after the glyph page")
            for number in numbers where PDFTestTools.pdftotext != nil {
                let alone = try merger.assemble([PDFMerger.Piece(spans: printed[0].spans, pageCount: 1, footer: [try #require(stamps[number])])],
                                                info: PDFDocumentInfo(title: "t", date: "20260615"), scratch: folder.url("join"))
                #expect(try PDFTestTools.text(of: alone).contains("Pièce n° \(number)\n"), "\(run): n° \(number) on its page")
            }
            marked.append(try merger.assemble([PDFMerger.Piece(spans: printed[0].spans, pageCount: 1, footer: [try #require(stamps[2])])],
                                              info: PDFDocumentInfo(title: "t", date: "20260615"), scratch: folder.url("join")))
        }
        let same = marked[0] == marked[1]
        #expect(same, "the mark of n° 2 has other bytes when other numbers are marked")
        #expect(CaseFilePDFs.stampPages([1, 2], printed: nil).isEmpty)
    }
}

/// What the build says when a tool is missing, tools or not.
@Suite struct CaseFilePDFNoteTests {
    @Test func theNoteSaysWhatIsMissing() {
        #expect(CaseFilePDFs.note(chromiumFound: true, qpdfFound: true) == nil)
        let note = CaseFilePDFs.note(chromiumFound: false, qpdfFound: true) ?? ""
        #expect(note.contains("Chromium") && !note.contains("qpdf") && note.contains("ZIP"))
        #expect(CaseFilePDFs.note(chromiumFound: true, qpdfFound: false)?.contains("apt-get install qpdf") == true)
    }
}
