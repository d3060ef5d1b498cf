import Foundation
import RelanceTestSupport
import Testing

/// The requête en injonction de payer a bundled file carries once the mise en demeure has gone
/// unanswered: every mention CPC 54, 57, 1406 and 1407 ask for, the figures of the décompte.
@Suite struct InjunctionRequestTests {
    @Test func aFileWhoseNoticeExpiredHasItsRequest() throws {
        let temp = try TemporaryFolder()
        #expect(try CaseFileBook().build(in: temp).status == 0)
        let folder = try CaseFilePage.folder(temp)
        let request = CaseFilePage.plain(try temp.read("\(folder)/requete-injonction-de-payer.html"))
        CaseFilePage.expectMentions([
            "À Madame, Monsieur le Président du tribunal des activités économiques de Lyon",
            "Test SARL, SARL au capital de 10 000 €, immatriculée au registre du commerce et des sociétés de Lyon sous le n° 732829320, dont le siège est 1 rue du Test, 69001 Lyon, agissant poursuites et diligences de son représentant légal",
            "Client Un SARL, SIREN 732829320, dont le siège est 1 rue A, 69001 LYON.",
            "objet de la facture n° F1, demeurée impayée à son échéance. Mise en demeure lui a été adressée le 01/03/2026, reçue le 03/03/2026 ; elle est restée sans effet.",
            "le décompte des différents éléments de la créance et le bordereau des documents justificatifs (art. 1407 CPC)",
            "Fait à Lyon, le 15 juin 2026.",
            "faites-la signifier au débiteur par commissaire de justice dans les six mois de sa date",
        ], in: request)
        // The same total as the cover's claim.
        let cover = CaseFilePage.plain(try temp.read("\(folder)/index.html"))
        let total = try #require(CaseFilePage.captures(#"Total exigible arrêté au 15 juin 2026 ([^€]+€)"#, in: cover).first, "\(cover)")
        #expect(request.contains("payer la somme de \(total)"), "\(total)")
        #expect(cover.contains("Requête en injonction de payer, prête à dater, signer et déposer"), "a link, then its note")
        #expect(try temp.read("\(folder)/manifest.sha256").contains("requete-injonction-de-payer.html"))
    }

    @Test func noRequestBeforeTheDeadlineOrForADispute() throws {
        let temp = try TemporaryFolder()
        #expect(try CaseFileBook().build(in: temp, extra: ["--as-of", "2026-03-08"]).status == 0)
        let early = try CaseFilePage.folder(temp)
        #expect(!temp.exists("\(early)/requete-injonction-de-payer.html"))
        #expect(CaseFilePage.text(try temp.read("\(early)/index.html")).contains("Requête en injonction de payer non établie : la mise en demeure n'a pas été envoyée, ou son délai n'est pas expiré."))

        var disputed = CaseFileBook()
        disputed.book.interactions += "2026-04-01,D1,F1,dispute,email,in,Conteste la facture.,,,\n"
        #expect(try disputed.build(in: temp, out: "disputed").status == 0)
        let folder = try CaseFilePage.folder(temp, out: "disputed")
        #expect(!temp.exists("\(folder)/requete-injonction-de-payer.html"))
        #expect(CaseFilePage.text(try temp.read("\(folder)/index.html")).contains("des factures sont contestées"))
    }

    /// With the debtor's register (`rcs`, as its Kbis gives it) the request names the court and the
    /// registration.
    @Test func theTradeRegisterNamesTheCourt() throws {
        var book = CaseFileBook()
        book.book.debtors = """
            id,name,type,siren,address_1,postcode,city,email,rcs
            D1,Client Un SARL,business,732829320,1 rue A,33000,Bordeaux,a@b.fr,RCS Bordeaux B 732 829 320

            """
        let temp = try TemporaryFolder()
        let run = try book.build(in: temp)
        #expect(run.status == 0, "\(run.stderr)")
        let request = try CaseFilePage.document(temp, "requete-injonction-de-payer.html")
        CaseFilePage.expectMentions([
            "À Madame, Monsieur le Président du tribunal de commerce de Bordeaux",
            "Client Un SARL, immatriculée au registre du commerce et des sociétés de Bordeaux sous le n° 732829320, dont le siège est 1 rue A, 33000 BORDEAUX.",
            "Déposez-la ou adressez-la au greffe du tribunal de commerce de Bordeaux",
        ], in: request)
    }

    @Test func aBadTradeRegisterIsLocated() throws {
        var book = CaseFileBook()
        book.book.debtors = """
            id,name,type,siren,address_1,postcode,city,rcs
            D1,Client Un SARL,business,732829320,1 rue A,33000,Bordeaux,RCS Bordeaux 552 100 554
            D2,Client Deux,business,,1 rue B,33000,Bordeaux,RCS 732 829 320
            D3,M. Trois,consumer,,1 rue C,33000,Bordeaux,Bordeaux

            """
        let temp = try TemporaryFolder()
        let run = try book.build(in: temp)
        #expect(run.status == 1)
        #expect(run.stderr.contains("debtors.csv:2:61: rcs: expected the RCS number to be the debtor's SIREN (732829320), found \"RCS Bordeaux 552 100 554\""), "\(run.stderr)")
        #expect(run.stderr.contains("debtors.csv:3:49: rcs: expected the city of the trade register"), "\(run.stderr)")
        #expect(run.stderr.contains("debtors.csv:4:46: rcs: expected no trade register for a consumer"), "\(run.stderr)")
    }

    @Test func aConsumerGoesBeforeTheTribunalJudiciaire() throws {
        var book = CaseFileBook()
        book.book.debtors = "id,name,type,address_1,postcode,city\nD1,M. Jean Client,consumer,3 rue des Lilas,33000,Bordeaux\n"
        let temp = try TemporaryFolder()
        #expect(try book.build(in: temp).status == 0)
        let request = CaseFilePage.text(try temp.read("\(try CaseFilePage.folder(temp))/requete-injonction-de-payer.html"))
        #expect(request.contains("Président du tribunal judiciaire dans le ressort duquel demeure le débiteur (33000 Bordeaux)"), "\(request)")
        #expect(request.contains("M. Jean Client, demeurant 3 rue des Lilas, 33000 BORDEAUX."))
        #expect(request.contains("Intérêts au taux légal") && !request.contains("Indemnités forfaitaires"))
    }
}

/// The attestation de créance and the relevé de compte every bundled file carries.
@Suite struct AttestationTests {
    @Test func theAttestationMatchesTheClaimAndTheAccountItsBalance() throws {
        let temp = try TemporaryFolder()
        #expect(try CaseFileBook().build(in: temp).status == 0)
        let text = try CaseFilePage.document(temp, "attestation-de-creance.html")
        #expect(text.contains("atteste que Client Un SARL (SIREN 732829320) reste redevable envers Test SARL, au 15 juin 2026, de la somme de 1 331,88 €"),
                "\(text)")
        #expect(text.contains("1 200,00 € en principal échu, 91,88 € de pénalités de retard, 40,00 € d'indemnités forfaitaires"))
        // Every entry up to the build date, with its running balance: F1, VIR-1, F/2.
        #expect(text.contains("02/11/2025 F1 Facture 1 800,00 € 1 800,00 €"), "\(text)")
        #expect(text.contains("10/02/2026 VIR-1 Règlement 600,00 € 1 200,00 €"))
        #expect(text.contains("20/05/2026 F/2 Facture 250,00 € 1 450,00 € Solde 1 450,00 €"))
        #expect(text.contains("pouvoir spécial (art. 853 CPC)"))
    }
}
