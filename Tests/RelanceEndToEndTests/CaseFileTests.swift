import Foundation
import RelanceTestSupport
import Testing

/// Case files (debtors/<slug>/) built by the real binary: the décompte adds up and matches
/// summary.json, exhibit numbers survive an appended log line, the manifest and the ZIP cover every
/// file, the route follows the 5 000 € ceiling, and two builds give the same bytes.
@Suite struct CaseFileTests {
    @Test func statementAddsUpToTheCentAndMatchesTheSummary() throws {
        let temp = try TemporaryFolder()
        let run = try CaseFileBook().build(in: temp)
        #expect(run.status == 0, "\(run.stderr)")
        let folder = "out/debtors/\(try CaseFilePage.slug(temp))"
        let html = try temp.read("\(folder)/decompte.html")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: temp.file("out/summary.json"))) as! [String: Any]
        let debtor = (summary["debtors"] as! [[String: Any]])[0]

        let sections = html.components(separatedBy: #"<section class="statement-invoice">"#).dropFirst()
        #expect(sections.count == 2)
        var grand = 0
        for section in sections {
            let body = String(section[..<section.range(of: "</section>")!.lowerBound])
            let reference = try #require(CaseFilePage.captures(#"Facture n°</span> <span>(.*?)</span>"#, in: body).first)
            let invoice = try #require((debtor["invoices"] as! [[String: Any]]).first { $0["reference"] as? String == reference })
            let numbers = CaseFilePage.captures(#"<td class="num">(.*?)</td>"#, in: body).compactMap(CaseFilePage.cents)
            // Principal, settlements, balance; then per penalty line days, balance, amount (rate is a %);
            // then the penalty total, the indemnity (business) and the invoice total.
            let principal = numbers[0]
            let lineRows = CaseFilePage.captures(#"<tr><td>[0-9/]+</td><td>[0-9/]+</td>(.*?)</tr>"#, in: body)
            let lineAmounts = lineRows.map { row in CaseFilePage.cents(CaseFilePage.captures(#"<td class="num">(.*?)</td>"#, in: row).last!)! }
            let total = numbers.last!, indemnity = numbers[numbers.count - 2], penalties = numbers[numbers.count - 3]
            let settlements = CaseFilePage.captures(#"<tr class="settlement">(.*?)</tr>"#, in: body)
                .map { CaseFilePage.cents(CaseFilePage.captures(#"<td class="num">(.*?)</td>"#, in: $0).last!)! }
            let balance = principal + settlements.reduce(0, +)
            #expect(lineAmounts.reduce(0, +) == penalties, "\(reference)")
            #expect(balance + penalties + indemnity == total, "\(reference)")
            #expect(penalties == CaseFilePage.cents(decimal: invoice["penalties"] as! String), "\(reference)")
            #expect(indemnity == CaseFilePage.cents(decimal: invoice["indemnity"] as! String), "\(reference)")
            #expect(balance == CaseFilePage.cents(decimal: invoice["outstanding"] as! String), "\(reference)")
            grand += total
        }
        // F1: 17,38 € (2025 H2) + 24,57 € + 49,93 € (2026 H1, before and after the payment).
        #expect(html.contains("17,38\u{00A0}€") && html.contains("24,57\u{00A0}€") && html.contains("49,93\u{00A0}€"))
        // Each line's rate with its make-up (2025 H2 and 2026 H1: ECB 2,15 %).
        #expect(html.components(separatedBy: "taux BCE 2,15\u{00A0}% + 10 points").count - 1 == 3, "one per penalty line of F1")
        let shownGrand = try #require(CaseFilePage.captures(#"<td class="num grand-total">(.*?)</td>"#, in: html).first.flatMap(CaseFilePage.cents))
        #expect(shownGrand == grand)
        let invoices = debtor["invoices"] as! [[String: Any]]
        let summed = CaseFilePage.cents(decimal: debtor["outstanding"] as! String)
            + invoices.map { CaseFilePage.cents(decimal: $0["penalties"] as! String) + CaseFilePage.cents(decimal: $0["indemnity"] as! String) }
                .reduce(0, +)
        #expect(grand == summed)
        #expect(grand == 158_188)
    }

    /// Real exhibits only, by kind then date; what the file lacks is listed apart, and the letter
    /// sent without a copy kept is a reconstruction in the chronology's annex.
    @Test func exhibitsAreTheBooksFilesByKind() throws {
        let temp = try TemporaryFolder()
        var book = CaseFileBook()
        #expect(try book.build(in: temp).status == 0)
        let folder = "out/debtors/\(try CaseFilePage.slug(temp))"
        let before = CaseFilePage.exhibitTitles(try temp.read("\(folder)/bordereau.html"))
        #expect(before == ["Pièce n° 1 — Facture n° F1 — 02/11/2025",
                           "Pièce n° 2 — LRAR du 01/03/2026 — mise en demeure : avis de réception du 03/03/2026 « AR-1.pdf » — 01/03/2026"],
                "\(before)")
        let bordereau = CaseFilePage.text(try temp.read("\(folder)/bordereau.html"))
        #expect(bordereau.contains("Pièces à fournir") && bordereau.contains("Facture n° F/2 : son PDF"))
        #expect(bordereau.contains("Contrat, devis accepté ou bon de commande établissant l'accord du débiteur (factures F1, F/2)"))
        #expect(!bordereau.contains("Avis de réception de la mise en demeure"), "logged with the notice")
        let cover = CaseFilePage.text(try temp.read("\(folder)/index.html"))
        #expect(cover.contains("Dossier incomplet : 3 pièces à fournir avant toute procédure."), "\(cover)")
        let chronology = CaseFilePage.text(try temp.read("\(folder)/chronologie.html"))
        #expect(chronology.contains("Annexe — Reconstitution — sans valeur probante"))
        let annex = try temp.read("\(folder)/annexes/reconstitution-relance-1-2026-01-05-ligne-2.html")
        #expect(annex.contains("Reconstitution — sans valeur probante"))

        // The debtor's reply, dated before the notice, appended at the end of the log, and the
        // documents that complete the file: each in its kind.
        book.book.interactions += "2026-02-20,D1,F1,reply,email,in,Conteste les pénalités.,proofs/reponse.eml|proofs/AR-1.pdf,,\n"
        book.book["attachments/proofs/reponse.eml"] = "From: client\n\nBonjour"
        book.book["documents.csv"] = """
            debtor,invoices,kind,date,title,file
            D1,,contrat,2025-06-01,Contrat de maintenance,docs/contrat.pdf
            D1,F1|F/2,bon_de_livraison,2025-11-02,Bon de livraison signé,docs/bl.pdf

            """
        book.book["attachments/docs/contrat.pdf"] = "%PDF-1.4\n% contrat\n"
        book.book["attachments/docs/bl.pdf"] = "%PDF-1.4\n% bl\n"
        book.book["attachments/invoices/F_2.pdf"] = "%PDF-1.4\n% facture F/2\n"
        #expect(try book.build(in: temp).status == 0)
        let after = CaseFilePage.exhibitTitles(try temp.read("\(folder)/bordereau.html"))
        #expect(after.map { String($0.prefix(while: { $0 != "—" })) + ($0.components(separatedBy: " — ").dropFirst().first ?? "") } == [
            "Pièce n° 1 Contrat", "Pièce n° 2 Facture n° F1", "Pièce n° 3 Facture n° F/2", "Pièce n° 4 Bon de livraison",
            "Pièce n° 5 LRAR du 01/03/2026",
            "Pièce n° 6 Réponse – e-mail",
        ], "\(after)")
        let complete = CaseFilePage.text(try temp.read("\(folder)/index.html"))
        let completeList = CaseFilePage.text(try temp.read("\(folder)/bordereau.html"))
        #expect(!complete.contains("Dossier incomplet") && !completeList.contains("Pièces à fournir"))
    }

    @Test func manifestAndZIPCoverEveryFileOfTheFolder() throws {
        let temp = try TemporaryFolder()
        #expect(try CaseFileBook().build(in: temp).status == 0)
        let slug = try CaseFilePage.slug(temp)
        let folder = temp.file("out/debtors/\(slug)")
        let files = try snapshot(folder).keys.sorted()
        #expect(files.contains("pieces/piece-001-facture-f1.pdf"))
        #expect(files.contains("pieces/piece-002-ar-1.pdf"))
        #expect(files.contains("annexes/reconstitution-relance-1-2026-01-05-ligne-2.html") && files.contains("annexes/courrier.css"))

        let check = try runTool("/usr/bin/env", ["sha256sum", "-c", "--strict", "manifest.sha256"], in: folder)
        #expect(check.status == 0, "\(check.output)")
        let listed = try String(contentsOf: folder.appendingPathComponent("manifest.sha256"), encoding: .utf8)
            .split(separator: "\n").map { String($0.split(separator: " ", maxSplits: 1)[1].dropFirst()) }
        #expect(listed == files.filter { !["manifest.sha256", "\(slug).zip", "\(slug).pdf"].contains($0) })
        // The bordereau shows each exhibit's hash, the same as the manifest's.
        let bordereau = try String(contentsOf: folder.appendingPathComponent("bordereau.html"), encoding: .utf8)
        let hash = try runTool("/usr/bin/env", ["sha256sum", "pieces/piece-002-ar-1.pdf"], in: folder).output.prefix(64)
        #expect(bordereau.contains(String(hash)))

        let zip = try runTool("/usr/bin/env", ["unzip", "-Z1", "\(slug).zip"], in: folder)
        #expect(zip.status == 0, "\(zip.output)")
        let entries = zip.output.split(separator: "\n").map(String.init)
        #expect(entries == files.filter { $0 != "\(slug).zip" }.map { "\(slug)/\($0)" })
        let test = try runTool("/usr/bin/env", ["unzip", "-tq", "\(slug).zip"], in: folder)
        #expect(test.status == 0, "\(test.output)")
    }

    @Test func twoBuildsGiveTheSameBytes() throws {
        let temp = try TemporaryFolder()
        #expect(try CaseFileBook().build(in: temp, out: "first").status == 0)
        #expect(try CaseFileBook().build(in: temp, book: "book2", out: "second").status == 0)
        let first = try snapshot(temp.file("first/debtors"))
        let second = try snapshot(temp.file("second/debtors"))
        #expect(first.count >= 10)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first { #expect(second[path] == bytes, "\(path) differs") }
        #expect(first.keys.contains { $0.hasSuffix(".zip") })
    }

    @Test(arguments: [("5000.00", "Procédure simplifiée de recouvrement des petites créances"),
                      ("5000.01", "Injonction de payer devant le président du tribunal judiciaire")])
    func routeFollowsTheSmallClaimCeiling(_ amount: String, _ route: String) throws {
        let temp = try TemporaryFolder()
        var book = BookFixture.mini
        // A consumer before any formal notice: no interest, no indemnity, the principal alone decides.
        book.debtors = "id,name,type,address_1,postcode,city\nC1,M. Client,consumer,1 rue A,69001,Lyon\n"
        book.ledger = "date,kind,reference,debtor,amount,due_date\n2026-01-10,invoice,F1,C1,\(amount),2026-02-09\n"
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path, "--as-of", "2026-06-15", "--no-pdf"])
        #expect(run.status == 0, "\(run.stderr)")
        let cover = CaseFilePage.text(try temp.read("out/debtors/\(try CaseFilePage.slug(temp, "C1")).html"))
        #expect(cover.contains(route), "\(cover)")
    }

    @Test func aLargeBookBundlesOnlyTheDebtorsAtFormalNotice() throws {
        let temp = try TemporaryFolder()
        var book = BookFixture.mini
        book.debtors = "id,name,type,address_1,postcode,city\n" + (1...501).map { "D\($0),Client \($0),business,1 rue A,69001,Lyon\n" }.joined()
        book.ledger = "date,kind,reference,debtor,amount,due_date\n" + (1...2).map { "2026-01-10,invoice,F\($0),D\($0),100.00,2026-02-09\n" }.joined()
        book.interactions = "date,debtor,invoices,kind,channel\n2026-04-01,D1,,formal_notice,registered_letter\n"
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path, "--as-of", "2026-06-15", "--no-pdf"])
        #expect(run.status == 0, "\(run.stderr)")
        let noticed = "out/debtors/\(try CaseFilePage.slug(temp, "D1"))", plain = "out/debtors/\(try CaseFilePage.slug(temp, "D2"))"
        for file in ["index.html", "decompte.html", "chronologie.html", "bordereau.html", "manifest.sha256"] {
            #expect(temp.exists("\(noticed)/\(file)"), "\(file)")
        }
        // Every debtor has its page, cover, décompte and chronology as sections; the others no folder.
        #expect(!temp.exists(plain))
        let page = try temp.read("\(plain).html")
        for section in ["id=\"dossier\"", "id=\"decompte\"", "id=\"chronologie\"", "href=\"#decompte\"", "--bundle"] {
            #expect(page.contains(section), "\(section)")
        }
        #expect(!page.contains("href=\"decompte.html\""))
        // A bundled debtor's page leads into its folder.
        let noticedSlug = try CaseFilePage.slug(temp, "D1")
        let noticedPage = try temp.read("\(noticed).html")
        for link in ["\(noticedSlug)/index.html", "\(noticedSlug)/bordereau.html", "\(noticedSlug)/\(noticedSlug).zip"] {
            #expect(noticedPage.contains("href=\"\(link)\""), "\(link)")
        }
    }

    @Test func everyDebtorOfTheSampleHasItsCaseFile() throws {
        let sample = try SampleBuild.get()
        #expect(sample.run.status == 0, "\(sample.run.stderr)")
        let summary = try sample.summary()
        var bundled = 0
        for debtor in summary["debtors"] as! [[String: Any]] {
            let slug = debtor["slug"] as! String
            // The lawyer's folder: at formal notice or beyond only; one page for the others.
            let lawyersFile = ["formal_notice", "handed_over"].contains(debtor["stage"] as? String ?? "")
            if lawyersFile { bundled += 1 }
            for file in ["index.html", "decompte.html", "chronologie.html", "bordereau.html", "manifest.sha256", "\(slug).zip"] {
                #expect(sample.exists("debtors/\(slug)/\(file)") == lawyersFile, "\(slug)/\(file)")
            }
            #expect(sample.exists("debtors/\(slug).html"), "\(slug).html")
        }
        #expect(bundled > 0)
        // A chronology lists every line of the debtor, with its registered-post details and its proof.
        let garage = "debtors/\((summary["debtors"] as! [[String: Any]]).first { $0["id"] as? String == "GARAGE-ROUX" }!["slug"] as! String)"
        let chronology = try sample.visibleText("\(garage)/chronologie.html")
        #expect(chronology.contains("1A 123 456 7890 1") && chronology.contains("distribuée le 28/05/2026"))
        #expect(try sample.text("\(garage)/chronologie.html").components(separatedBy: "<tr>").count - 2 == 5)
        let bordereau = try sample.visibleText("\(garage)/bordereau.html")
        #expect(bordereau.contains("Pièce n° 2 — LRAR du 26/05/2026 — mise en demeure : avis de réception du 28/05/2026 « AR-2026-014.pdf »"))
        let annexes = try FileManager.default.contentsOfDirectory(atPath: sample.out.appendingPathComponent("\(garage)/annexes").path)
        let third = try #require(annexes.first { $0.hasPrefix("reconstitution-relance-3-2026-01-26") })
        let copy = try sample.visibleText("\(garage)/annexes/\(third)")
        #expect(copy.contains("Reconstitution — sans valeur probante : courrier reconstitué par Relance le 15 juin 2026"))
        #expect(copy.contains("Troisième relance"))
    }
}
