import BookGenerator
import Foundation
import RelanceTestSupport
import Testing

/// The lawyer's book (`LawyersBook`) built as a user builds it on 15 June 2026: the bordereaux, the
/// pieces to provide, the warnings, the requête's and the déclaration's figures and mentions, the
/// numbering frozen at hand-over, and the PDF's marked pages and bookmarks.
@Suite struct LawyersBookTests {
    /// L441-10 penalties in cents at the ECB rate of 2026 H1 (2,15 %) + 10 points, over `days`,
    /// rounded half up: an independent reckoning of what the décompte claims.
    static func penalties(cents: Int, days: Int) -> Int {
        let scaled = cents * 1215 * days  // 12,15 % as 1215 / 10 000, per 365 days
        return (scaled * 2 + 365 * 10_000) / (2 * 365 * 10_000)
    }

    static func money(_ cents: Int) -> String {
        let euros = String(cents / 100)
        var grouped = ""
        for (index, digit) in euros.enumerated() {
            if index > 0 && (euros.count - index) % 3 == 0 { grouped += " " }
            grouped.append(digit)
        }
        return grouped + "," + String(format: "%02d", cents % 100) + " €"
    }

    static func build(_ temp: TemporaryFolder, out: String = "out", asOf: String = "2026-06-15", pdf: Bool = false) throws -> RelanceBinary.Run {
        try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file(out).path, "--as-of", asOf] + (pdf ? [] : ["--no-pdf"]))
    }

    /// The bordereau's « Pièces à fournir », item by item; none when the section is absent.
    static func missing(_ bordereau: String) -> [String] {
        guard let section = CaseFilePage.captures(#"<section class="missing-documents">(.*?)</section>"#, in: bordereau).first else { return [] }
        return CaseFilePage.captures(#"<li>(.*?)</li>"#, in: section).map(CaseFilePage.text)
    }

    @Test func eachFileHoldsItsExhibitsAndSaysWhatIsMissing() throws {
        let temp = try TemporaryFolder()
        try LawyersBook.fixture.write(to: temp.file("book"))
        let run = try Self.build(temp)
        #expect(run.status == 0, "\(run.stderr)")

        // The warnings: the truncated receipt, the reply shared by two debtors (not the terms of
        // sale two debtors share), the claim to declare.
        #expect(run.stderr.contains("attachments/envois/AR-D2.pdf : PDF endommagé : fin de fichier (%%EOF) absente"), "\(run.stderr)")
        #expect(run.stderr.contains("même justificatif pour plusieurs débiteurs (D2, D3) : attachments/echanges/reponse-copie.pdf, attachments/echanges/reponse.pdf"))
        #expect(!run.stderr.contains("docs/cgv.pdf"))
        #expect(run.stderr.contains("débiteur D4 en liquidation judiciaire depuis le 2026-04-01 : aucun courrier ; déclarer la créance au plus tard le 2026-06-20"))

        // D1: real exhibits only, by kind then date, the registered-post chain as one set.
        let d1 = try CaseFilePage.folder(temp, "D1")
        let bordereau = try temp.read("\(d1)/bordereau.html")
        #expect(CaseFilePage.exhibitTitles(bordereau).map { $0.components(separatedBy: " — ").prefix(2).joined(separator: " — ") } == [
            "Pièce n° 1 — Conditions générales de vente", "Pièce n° 2 — Contrat", "Pièce n° 3 — Facture n° F1",
            "Pièce n° 4 — Bon de livraison", "Pièce n° 5 — LRAR du 10/03/2026", "Pièce n° 6 — LRAR du 10/03/2026",
            "Pièce n° 7 — LRAR du 10/03/2026", "Pièce n° 8 — Réponse – e-mail",
        ])
        let titles = CaseFilePage.exhibitTitles(bordereau)
        #expect(titles[4].contains("courrier envoyé (n° 1A 111 222 3333 4)") && titles[5].contains("preuve de dépôt n° 1A 111 222 3333 4")
                && titles[6].contains("avis de réception du 12/03/2026"), "\(titles)")
        #expect(CaseFilePage.plain(bordereau).contains("de Atelier Morel <compta@morel.example> : « Réponse à votre mise en demeure »"))
        #expect(Self.missing(bordereau) == [
            "Facture n° F2 : son PDF (attachments/invoices/).",
            "Preuve de la livraison ou de l'exécution : bon de livraison signé ou procès-verbal de réception (facture F2).",
        ])
        // The first reminder, sent without a copy kept, is reconstructed in an annex, never numbered.
        let annexes = try FileManager.default.contentsOfDirectory(atPath: temp.file("\(d1)/annexes").path)
        #expect(annexes.contains { $0.hasPrefix("reconstitution-") })
        #expect(!titles.contains { $0.contains("Relance") })

        // The requête: the court the register names, the parties, the figures of the décompte.
        let request = CaseFilePage.plain(try temp.read("\(d1)/requete-injonction-de-payer.html"))
        let penalties = Self.penalties(cents: 320_000, days: 131) + Self.penalties(cents: 240_000, days: 116)
        let total = 560_000 + penalties + 8_000
        CaseFilePage.expectMentions([
            "À Madame, Monsieur le Président du tribunal de commerce de Bordeaux",
            "Atelier Morel SARL, immatriculée au registre du commerce et des sociétés de Bordeaux sous le n° 552100554, dont le siège est 12 quai des Chartrons, 33000 BORDEAUX.",
            "objet des factures n° F1, F2, demeurées impayées à leur échéance. Mise en demeure lui a été adressée le 10/03/2026, reçue le 12/03/2026 ; elle est restée sans effet.",
            "En principal (factures échues et impayées) 5 600,00 €",
            "arrêtées au 15/06/2026 \(Self.money(penalties))",
            "(art. L441-10 II et D441-5 C. com.) 80,00 €",
            "payer la somme de \(Self.money(total))",
            "8 pièces numérotées",
            "À compléter avant dépôt — Dossier incomplet : 2 pièces à fournir",
        ], in: request)
        #expect(CaseFilePage.plain(try temp.read("\(d1)/index.html")).contains("Total exigible arrêté au 15 juin 2026 \(Self.money(total))"))
        #expect(CaseFilePage.plain(try temp.read("\(d1)/decompte.html")).contains("taux BCE 2,15 % + 10 points"))

        // D2: the damaged receipt keeps its number and is to be replaced; so is the delivery note
        // only qpdf --check finds broken (CI installs qpdf).
        let d2 = try CaseFilePage.document(temp, "bordereau.html", of: "D2")
        #expect(d2.contains("Pièce n° 3 — LRAR du 01/03/2026 — mise en demeure : avis de réception du 03/03/2026 « AR-D2.pdf » — 01/03/2026 Fichier à remplacer : PDF endommagé"), "\(d2)")
        if PDFTestTools.qpdf != nil {
            #expect(run.stderr.contains("attachments/docs/bl-G1.pdf : PDF endommagé selon qpdf --check : "), "\(run.stderr)")
            #expect(d2.contains("Pièce n° 2 — Bon de livraison — Bon de livraison — 11/01/2026 Fichier à remplacer : PDF endommagé selon qpdf --check"), "\(d2)")
        }

        // D4: the déclaration, no requête, its letter blocked.
        let d4 = try CaseFilePage.folder(temp, "D4")
        #expect(!temp.exists("\(d4)/requete-injonction-de-payer.html"))
        let declaration = CaseFilePage.plain(try temp.read("\(d4)/declaration-de-creance.html"))
        let l1 = Self.penalties(cents: 150_000, days: 28)  // 4 to 31 March: stopped on the eve of 1 April
        CaseFilePage.expectMentions([
            "À Me Paul Roux, 10 cours de l'Intendance, 33000 Bordeaux, liquidateur judiciaire",
            "Imprimerie Roux, SIREN 784671695 — liquidation judiciaire ouverte par jugement du 1er avril 2026, publié au BODACC le 20 avril 2026.",
            "L1 03/03/2026 1 500,00 € \(Self.money(l1)) 40,00 €",
            "Total des sommes échues : \(Self.money(150_000 + l1 + 4_000)).",
            "Sommes non échues, rendues exigibles par le jugement de liquidation Facture Échéance Montant L2 19/04/2026 700,00 €",
            "Montant total déclaré : \(Self.money(150_000 + l1 + 4_000 + 70_000)), à titre chirographaire",
            "À adresser au liquidateur judiciaire au plus tard le 20 juin 2026, deux mois après la publication du jugement au BODACC (art. R622-24 C. com.)",
        ], in: declaration)
        let dashboard = CaseFilePage.plain(try temp.read("out/index.html"))
        #expect(dashboard.contains("Déclarez la créance au liquidateur (Me Paul Roux, 10 cours de l'Intendance, 33000 Bordeaux) au plus tard le 20 juin 2026"),
                "the first alert: \(dashboard)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: temp.file("out/summary.json"))) as! [String: Any]
        let blocked = ((summary["letters"] as? [String: Any])?["blocked"] as? [[String: Any]]) ?? []
        #expect(blocked.contains { $0["debtor"] as? String == "D4" && $0["reason"] as? String == "collective_proceedings" }, "\(blocked)")
    }

    /// Handed over on 16 June, D1's numbering stays; what comes later follows it, whatever its kind.
    @Test func theHandOverFreezesTheNumbering() throws {
        let temp = try TemporaryFolder()
        var book = LawyersBook.fixture
        try book.write(to: temp.file("book"))
        let record = try RelanceBinary.run(["record", "handover", "D1", "--on", "2026-06-16", "--summary", "Me Dupont, avocat",
                                            "--book", temp.file("book").path])
        #expect(record.status == 0, "\(record.stderr)")
        #expect(try Self.build(temp, out: "before", asOf: "2026-06-16").status == 0)
        let before = CaseFilePage.exhibitTitles(try temp.read("\(try CaseFilePage.folder(temp, "D1", out: "before"))/bordereau.html"))

        book["documents.csv"]! += "D1,F2,pv_reception,2026-01-25,Procès-verbal de réception F2,docs/pv-F2.pdf\n"
        book[bytes: "attachments/docs/pv-F2.pdf"] = MinimalPDF.bytes("PV reception F2")
        book[bytes: "attachments/invoices/F2.pdf"] = MinimalPDF.bytes("Facture F2")
        for path in ["documents.csv", "attachments/docs/pv-F2.pdf", "attachments/invoices/F2.pdf"] {
            try Data(book[bytes: path]!).write(to: temp.file("book/\(path)"))
        }
        let run = try Self.build(temp, out: "after", asOf: "2026-06-20")
        #expect(run.status == 0, "\(run.stderr)")
        let bordereau = try temp.read("\(try CaseFilePage.folder(temp, "D1", out: "after"))/bordereau.html")
        let after = CaseFilePage.exhibitTitles(bordereau)
        #expect(before.count == 8 && Array(after.prefix(8)) == before, "\(after)")
        #expect(after.dropFirst(8).map { $0.components(separatedBy: " — ").prefix(2).joined(separator: " — ") } == [
            "Pièce n° 9 — Facture n° F2", "Pièce n° 10 — Procès-verbal de réception",
        ], "\(after)")
        #expect(Self.missing(bordereau).isEmpty && !bordereau.contains("Pièces à fournir"), "nothing left to provide")
    }
}

/// The same book with its PDFs: every PDF exhibit in the case file's PDF, each page marked with its
/// number, one bookmark per document and exhibit, and the damaged receipt replaced by a page naming it.
@Suite(.enabled(if: PDFTestTools.chromium != nil, "Chromium is not installed (apt-get install chromium): the lawyer's PDFs are not tested"),
       .enabled(if: PDFTestTools.qpdf != nil, "qpdf is not installed (apt-get install qpdf): the lawyer's PDFs are not tested"),
       .enabled(if: PDFTestTools.pdftotext != nil, "pdftotext is not installed (apt-get install poppler-utils): the lawyer's PDFs are not tested"))
struct LawyersBookPDFTests {
    @Test func everyExhibitIsInTheFileMarkedAndBookmarked() throws {
        let temp = try TemporaryFolder()
        try LawyersBook.fixture.write(to: temp.file("book"))
        let run = try LawyersBookTests.build(temp, pdf: true)
        #expect(run.status == 0, "\(run.stderr)")
        let slug = try CaseFilePage.slug(temp, "D1")
        let pdf = temp.file("out/debtors/\(slug)/\(slug).pdf")
        let outline = try #require(try PDFTestTools.qpdfOutput(["--json=2", "--json-key=outlines", pdf.path]))
        let entries = try #require((try JSONSerialization.jsonObject(with: Data(outline)) as? [String: Any])?["outlines"] as? [[String: Any]])
        let titles = entries.compactMap { $0["title"] as? String }
        // Seven exhibits a PDF can hold; the e-mail (n° 8) stays on the bordereau and in the folder.
        #expect(titles.filter { $0.hasPrefix("Pièce n° ") }.map { $0.components(separatedBy: " — ")[0] }
                == (1...7).map { "Pièce n° \($0)" }, "\(titles)")
        let text = try PDFTestTools.text(of: [UInt8](try Data(contentsOf: pdf)))
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        for (number, marker) in [(1, "CGV 2025"), (2, "Contrat-cadre Morel"), (3, "Facture F1"), (4, "Bon de livraison F1"),
                                 (5, "Mise en demeure Morel"), (6, "Preuve de depot"), (7, "Avis de reception Morel")] {
            let page = try #require(pages.first { $0.contains(marker) }, "\(marker) is in the PDF")
            #expect(page.contains("Pièce n° \(number)"), "\(marker) is marked n° \(number): \(page)")
        }
        let bookmarkPages = entries.compactMap { $0["destpageposfrom1"] as? Int }
        #expect(bookmarkPages == bookmarkPages.sorted() && bookmarkPages.last == pages.filter { !$0.isEmpty }.count)

        // The terms qpdf repaired are joined, and the build says to replace them.
        #expect(run.stderr.split(separator: "\n").contains { $0.contains("attachments/docs/cgv.pdf")
            && $0.contains("qpdf --check l'a lu en le réparant (file is damaged)") }, "\(run.stderr)")
        let d2 = try CaseFilePage.slug(temp, "D2")
        let d2Text = try PDFTestTools.text(of: [UInt8](try Data(contentsOf: temp.file("out/debtors/\(d2)/\(d2).pdf"))))
        #expect(d2Text.contains("illisible : piece-002-bl-g1.pdf") && d2Text.contains("illisible : piece-003-ar-d2.pdf") && d2Text.contains("Reponse Petit"),
                "the delivery note and the receipt replaced: \(d2Text)")
    }
}
