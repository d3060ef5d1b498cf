import Foundation
import RelanceTestSupport
import Testing

/// What goes to the post office and the mail program: the deposit list (HTML and a CSV a French
/// spreadsheet opens) and the `.eml` files.
@Suite struct LetterDeliveryTests {
    @Test func depositListHasOneRowPerRegisteredLetter() throws {
        let build = try SampleBuild.get()
        let bytes = try Data(contentsOf: build.out.appendingPathComponent("letters/bordereau-de-depot.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark for Excel")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        // Shaped like La Poste's form: recipient and address, our reference, level, AR, a blank item number.
        #expect(lines.first == "N°;Destinataire;Adresse;Code postal;Ville;Pays;Notre référence;Niveau;AR;N° de recommandé")
        #expect(lines.count == 5, "four registered letters: three third reminders (one due tomorrow) and one notice")
        #expect(lines.contains("2;Menuiserie Petit & Fils – À l'attention de M. Gérard Petit;9 rue des Ateliers, Zone d'activités Cap Nord;21000;DIJON;FR;PETIT-MENUISERIE-MED-20260615;R1;Oui;"))
        let html = try build.visibleText("letters/bordereau-de-depot.html")
        #expect(html.contains("Expéditeur Lefèvre Thermique SAS 14 boulevard de la Prairie-au-Duc, 44200 Nantes"), "\(html)")
        #expect(html.contains("2 Menuiserie Petit & Fils – À l'attention de M. Gérard Petit 9 rue des Ateliers, Zone d'activités Cap Nord, 21000 DIJON PETIT-MENUISERIE-MED-20260615 R1 Oui"))
        #expect(html.contains("Nombre d'envois 4"))
    }

    @Test func spreadsheetCellsThatLookLikeFormulasAreNeutralised() throws {
        let temp = try TemporaryFolder()
        var book = BookFixture.mini
        book.debtors = "id,name,type,address_1,postcode,city\nD1,\"=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\",business,@rue,69001,+Lyon\n"
        book.interactions = "date,debtor,invoices,kind,channel\n2026-03-01,D1,,reminder_1,letter\n2026-03-20,D1,,reminder_2,letter\n"
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                         "--as-of", "2026-04-20", "--no-pdf"])
        #expect(run.status == 0, "\(run.stderr)")
        let csv = try temp.read("out/letters/bordereau-de-depot.csv")
        let row = try #require(csv.components(separatedBy: "\r\n").dropFirst().first)
        #expect(row == "1;\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";'@rue;69001;'+LYON;FR;D1-R3-20260420;R1;Oui;")
        let online = try temp.read("out/letters/envoi-en-ligne.csv")
        #expect(online.contains("D1-R3-20260420;3e relance;Oui;Oui;R1;\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";;'@rue;;69001;'+Lyon;FR;;"),
                "formulas neutralised in the online-service file too; no PDF column without PDFs: \(online)")
    }

    @Test func emailLetterIsAReadyToSendMessage() throws {
        let build = try SampleBuild.get()
        let eml = try build.text("letters/GHA-R1-20260615.eml")
        let headers = eml.components(separatedBy: "\r\n\r\n").first ?? ""
        #expect(headers.contains("To: \"Groupe Hôtelier Atlantique SA\"") || headers.contains("To: =?utf-8?B?"))
        #expect(headers.contains("<factures@gh-atlantique.fr>"))
        #expect(headers.contains("From: =?utf-8?B?") && headers.contains("<recouvrement@lefevre-thermique.fr>"))
        #expect(headers.contains("Subject: =?utf-8?B?"))
        #expect(headers.contains("Date: Mon, 15 Jun 2026 08:00:00 +0000"))
        #expect(headers.contains("X-Unsent: 1"))
        #expect(eml.contains("Content-Type: text/html; charset=utf-8"))
        #expect(eml.contains("Content-Type: text/plain; charset=utf-8"))
        let subject = try #require(decodedSubject(headers))
        #expect(subject == "Relance – Facture n° FAC-2026-0061 en attente de règlement")
        #expect(!build.exists("letters/RESTAURANT-LE-MARIN-R2-20260615.eml"),
                "a postal second reminder has no e-mail")
    }

    /// `[email] cc`: every message carries the copies, in the order given.
    @Test func copiesGoOnEveryMessage() throws {
        let temp = try TemporaryFolder()
        var book = BookFixture.mini
        book["relance.toml"] = (book["relance.toml"] ?? "") + "email = \"relance@test.fr\"\n\n[email]\ncc = [\"compta@test.fr\", \"dg@test.fr\"]\n"
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                         "--as-of", "2026-02-20", "--no-pdf"])
        #expect(run.status == 0, "\(run.stderr)")
        let eml = try temp.read("out/letters/D1-R1-20260220.eml")
        let headers = eml.components(separatedBy: "\r\n\r\n").first ?? ""
        #expect(headers.contains("\r\nCc: compta@test.fr, dg@test.fr\r\n"), "\(headers)")
    }

    /// The page links the enclosed invoice in the folder named after the letter; the e-mail, whose
    /// attachment goes by its own name, names it so.
    @Test func anEmailLetterLinksItsEnclosureFromThePageAndNamesItInTheMessage() throws {
        let temp = try TemporaryFolder()
        var book = BookFixture.mini
        book["attachments/invoices/F1.pdf"] = "%PDF-1.4\n% facture F1\n%%EOF\n"
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                         "--as-of", "2026-02-20", "--no-pdf"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try temp.read("out/letters/D1-R1-20260220/F1.pdf").contains("facture F1"))
        #expect(try temp.read("out/letters/D1-R1-20260220.html").contains("href=\"D1-R1-20260220/F1.pdf\""))
        let eml = try temp.read("out/letters/D1-R1-20260220.eml")
        let htmlPart = try #require(eml.components(separatedBy: "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n").last)
        let base64 = htmlPart.components(separatedBy: "\r\n--").first?.replacingOccurrences(of: "\r\n", with: "") ?? ""
        let body = String(decoding: try #require(Data(base64Encoded: base64)), as: UTF8.self)
        #expect(body.contains("href=\"F1.pdf\"") && !body.contains("D1-R1-20260220/"), "\(body)")
    }

    @Test func thirdReminderIsAlsoAnEmailWithTheInvoiceAttached() throws {
        let build = try SampleBuild.get()
        let eml = try build.text("letters/PLOMBERIE-ROUSSEAU-R3-20260615.eml")
        #expect(eml.contains("Content-Disposition: attachment; filename=\"FAC-2026-0018.pdf\""))
        let original = try Data(contentsOf: RelanceBinary.packageRoot.appendingPathComponent("assets/sample-book/attachments/invoices/FAC-2026-0018.pdf"))
        let part = try #require(eml.components(separatedBy: "filename=\"FAC-2026-0018.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n").last)
        let base64 = part.components(separatedBy: "\r\n--").first?.replacingOccurrences(of: "\r\n", with: "") ?? ""
        #expect(Data(base64Encoded: base64) == original)
    }

    /// Joins the RFC 2047 encoded words of the Subject header.
    private func decodedSubject(_ headers: String) -> String? {
        guard let start = headers.range(of: "Subject: ") else { return nil }
        var value = ""
        for (index, line) in headers[start.upperBound...].components(separatedBy: "\r\n").enumerated() {
            if index > 0 && !line.hasPrefix(" ") { break }
            value += line.trimmingCharacters(in: .whitespaces)
        }
        var bytes = Data()
        for word in value.components(separatedBy: "?==?utf-8?B?") {
            let clean = word.replacingOccurrences(of: "=?utf-8?B?", with: "").replacingOccurrences(of: "?=", with: "")
            guard let data = Data(base64Encoded: clean) else { return nil }
            bytes += data
        }
        return String(data: bytes, encoding: .utf8)
    }
}
