import Foundation
import RelanceTestSupport
import Testing

/// A debtor in collective proceedings: no letter, no action, interest stopped at the opening
/// judgment, an alert to declare the claim in time, and the déclaration de créance in its file.
@Suite struct InsolvencyTests {
    static func book(bodacc: String = "2026-03-10") -> CaseFileBook {
        var book = CaseFileBook()
        book.book.debtors = """
            id,name,type,siren,address_1,postcode,city,email,insolvency,insolvency_opened_on,bodacc_published_on,mandataire
            D1,Client Un SARL,business,732829320,1 rue A,69001,Lyon,a@b.fr,redressement,2026-03-02,\(bodacc),"Me Anne Martin, 4 rue de la Bourse, 69002 Lyon"

            """
        // F/2 falls due on 19 June 2026, after the opening: to fall due, no indemnity.
        return book
    }

    @Test func noLetterInterestStopsAndTheClaimIsDeclared() throws {
        let temp = try TemporaryFolder()
        let run = try Self.book().build(in: temp)
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: temp.file("out/summary.json"))) as! [String: Any]
        let debtor = try #require((summary["debtors"] as! [[String: Any]]).first)
        #expect(debtor["paused"] as? String == "insolvency")
        #expect(debtor["next_action"] is NSNull || debtor["next_action"] == nil)
        // Published on 10 March, the claim was to be declared by 10 May: on 15 June only relief
        // from the forfeiture is left, until 10 September (L622-26).
        #expect(run.stderr.contains("débiteur D1 en redressement judiciaire depuis le 2026-03-02 : aucun courrier ; délai de déclaration expiré le 2026-05-10 : relevé de forclusion à demander au juge-commissaire au plus tard le 2026-09-10"),
                "\(run.stderr)")
        #expect(!temp.exists("out/letters/D1-R2-20260615.html"))

        let folder = try CaseFilePage.folder(temp)
        let declaration = CaseFilePage.plain(try temp.read("\(folder)/declaration-de-creance.html"))
        CaseFilePage.expectMentions([
            "À Me Anne Martin, 4 rue de la Bourse, 69002 Lyon, mandataire judiciaire",
            "Client Un SARL, SIREN 732829320 — redressement judiciaire ouvert par jugement du 2 mars 2026, publié au BODACC le 10 mars 2026.",
            "Intérêts et pénalités arrêtés au 01/03/2026, veille du jugement d'ouverture (art. L622-28 C. com.).",
            "à titre chirographaire : la créance n'est assortie d'aucun privilège ni d'aucune sûreté",
            "hors délai : le délai de déclaration a expiré le 10 mai 2026 (art. R622-24 C. com.) ; la créance n'est admise que si le juge-commissaire relève le créancier de la forclusion, sur une requête déposée au plus tard le 10 septembre 2026",
            "Sommes à échoir Facture Échéance Montant F/2 19/06/2026 250,00",
        ], in: declaration)
        // F1: 1 800 € from 3 December 2025, 1 200 € after the payment of 10 February; stopped on 1 March.
        let statement = CaseFilePage.text(try temp.read("\(folder)/decompte.html"))
        #expect(statement.contains("11/02/2026 01/03/2026 19 1 200,00") || statement.contains("11/02/2026 01/03/2026 19"), "the last line ends on the eve: \(statement)")
        #expect(statement.contains("Pénalités arrêtées au 01/03/2026, veille du jugement d'ouverture du redressement judiciaire (art. L622-28 C. com.)."))
        #expect(!temp.exists("\(folder)/requete-injonction-de-payer.html"))
        let cover = CaseFilePage.text(try temp.read("\(folder)/index.html"))
        #expect(cover.contains("Déclaration de créance au mandataire judiciaire (art. L622-24 C. com.)"))
        #expect(cover.contains("les poursuites individuelles sont interdites (art. L622-21 C. com.)"))
    }

    /// A debtor whose second reminder is due when proceedings open: the letter is listed as blocked,
    /// with the reason and what to do instead, rather than silently not written.
    @Test func theForbiddenLetterIsListedAsBlocked() throws {
        var book = Self.book()
        book.book.interactions = """
            date,debtor,invoices,kind,channel,direction,summary,proof,tracking,delivered_on
            2026-01-05,D1,F1,reminder_1,email,,Relance amiable.,,,

            """
        let temp = try TemporaryFolder()
        let run = try book.build(in: temp)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!temp.exists("out/letters/D1-R2-20260615.html"))
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: temp.file("out/summary.json"))) as! [String: Any]
        let blocked = try #require(((summary["letters"] as? [String: Any])?["blocked"] as? [[String: Any]])?.first)
        #expect(blocked["debtor"] as? String == "D1" && blocked["level"] as? String == "reminder_2")
        #expect(blocked["reason"] as? String == "collective_proceedings")
        #expect((run.stdout + run.stderr).contains("1 courrier interdit par une procédure collective"), "\(run.stdout)\n\(run.stderr)")
        let lettersIndex = CaseFilePage.plain(try temp.read("out/letters/index.html"))
        #expect(lettersIndex.contains("toute poursuite est interdite (art. L622-21 C. com.)"), "\(lettersIndex)")
    }

    /// `relance import` writes back every column that changes what a build claims: the
    /// proceedings and the trade register are not lost on the way.
    @Test func importKeepsTheProceedingsAndTheRegister() throws {
        var book = Self.book()
        book.book.debtors = book.book.debtors.replacingOccurrences(of: ",mandataire\n", with: ",mandataire,rcs\n")
            .replacingOccurrences(of: "69002 Lyon\"\n", with: "69002 Lyon\",RCS Lyon\n")
        let temp = try TemporaryFolder()
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["import", "--book", temp.file("book").path, "--out", temp.file("csv").path])
        #expect(run.status == 0, "\(run.stderr)")
        let debtors = try temp.read("csv/debtors.csv")
        #expect(debtors.contains(",rcs,insolvency,insolvency_opened_on,bodacc_published_on,mandataire\n"), "\(debtors)")
        #expect(debtors.contains(",Lyon,redressement,2026-03-02,2026-03-10,\"Me Anne Martin, 4 rue de la Bourse, 69002 Lyon\"\n"), "\(debtors)")
    }

    @Test func aBadInsolvencyCellIsLocated() throws {
        var book = CaseFileBook()
        book.book.debtors = """
            id,name,type,insolvency,insolvency_opened_on,bodacc_published_on,mandataire
            D1,Client Un SARL,business,faillite,2026-03-02,,
            D2,Client Deux,business,,2026-03-02,,
            D3,Client Trois,business,liquidation,2026-03-02,2026-02-01,

            """
        let temp = try TemporaryFolder()
        let run = try book.build(in: temp)
        #expect(run.status == 1)
        for place in ["debtors.csv:2:", "debtors.csv:3:", "debtors.csv:4:"] { #expect(run.stderr.contains(place), "\(place)\n\(run.stderr)") }
        #expect(run.stderr.contains("sauvegarde, redressement or liquidation"))
    }
}
