import BookGenerator
import Foundation
import RelanceTestSupport

/// The lawyer's book: every case a lawyer's file meets, in one book built on 15 June 2026.
///
/// - D1, Atelier Morel: a contract, the terms of sale, the invoice F1 with its delivery note, the
///   invoice F2 without its PDF and without delivery proof, a first reminder sent without a copy
///   kept, a mise en demeure with its full registered-post chain (letter, deposit proof, avis de
///   réception logged later) and an e-mail reply; its register is RCS Bordeaux. Its notice has
///   expired: the requête is drawn up.
/// - D2, Boulangerie Petit: a delivery note whose PDF has no page tree, a mise en demeure whose avis
///   de réception is a truncated PDF, and a
///   reply whose file is byte for byte the one D3's reply points to; the terms of sale it shares
///   with D1 are no warning.
///   The terms of sale are read by qpdf only by rebuilding their cross-reference.
/// - D3, Café du Centre: that reply.
/// - D4, Imprimerie Roux: in liquidation since 1 April 2026 (BODACC 20 April: the claim is declared by 20 June): L1 fell due before the
///   judgment, L2 after it.
enum LawyersBook {
    static var fixture: BookFixture {
        var book = BookFixture.mini
        book.debtors = """
            id,name,type,siren,address_1,postcode,city,email,rcs,insolvency,insolvency_opened_on,bodacc_published_on,mandataire
            D1,Atelier Morel SARL,business,552100554,12 quai des Chartrons,33000,Bordeaux,compta@morel.example,RCS Bordeaux 552 100 554,,,,
            D2,Boulangerie Petit,business,542107651,3 rue du Four,69002,Lyon,petit@example.fr,,,,,
            D3,Café du Centre,business,443061841,1 place Bellecour,69002,Lyon,cafe@example.fr,,,,,
            D4,Imprimerie Roux,business,784671695,8 rue des Presses,33000,Bordeaux,roux@example.fr,,liquidation,2026-04-01,2026-04-20,"Me Paul Roux, 10 cours de l'Intendance, 33000 Bordeaux"

            """
        book.ledger = """
            date,kind,reference,debtor,amount,due_date,applies_to
            2026-01-05,invoice,F1,D1,3200.00,2026-02-04,
            2026-01-20,invoice,F2,D1,2400.00,2026-02-19,
            2026-01-10,invoice,G1,D2,800.00,2026-02-09,
            2026-01-12,invoice,H1,D3,500.00,2026-02-11,
            2026-02-01,invoice,L1,D4,1500.00,2026-03-03,
            2026-03-20,invoice,L2,D4,700.00,2026-04-19,

            """
        book.interactions = """
            date,debtor,invoices,kind,channel,direction,summary,proof,tracking,delivered_on
            2026-02-20,D1,,reminder_1,email,,Relance amiable.,,,
            2026-03-10,D1,,formal_notice,registered_letter,,Mise en demeure.,envois/D1-MED.pdf|envois/depot-D1.pdf,1A 111 222 3333 4,
            2026-03-13,D1,,delivery,,,,envois/AR-D1.pdf,1A 111 222 3333 4,2026-03-12
            2026-03-20,D1,F2,reply,email,in,Demande un délai.,echanges/reponse-D1.eml,,
            2026-03-01,D2,,formal_notice,registered_letter,,Mise en demeure.,envois/AR-D2.pdf,1A 999 888 7777 6,2026-03-03
            2026-03-15,D2,,reply,email,in,Répond.,echanges/reponse.pdf,,
            2026-03-16,D3,,reply,email,in,Répond.,echanges/reponse-copie.pdf,,

            """
        book["documents.csv"] = """
            debtor,invoices,kind,date,title,file
            D1,F1|F2,contrat,2025-12-01,Contrat-cadre de maintenance,docs/contrat-D1.pdf
            D1,,cgv,2025-01-01,Conditions générales de vente 2025,docs/cgv.pdf
            D2,,cgv,2025-01-01,Conditions générales de vente 2025,docs/cgv.pdf
            D1,F1,bon_de_livraison,2026-01-06,Bon de livraison signé,docs/bl-F1.pdf
            D2,G1,bon_de_livraison,2026-01-11,Bon de livraison,docs/bl-G1.pdf

            """
        for (path, text) in [
            ("invoices/F1.pdf", "Facture F1"), ("docs/contrat-D1.pdf", "Contrat-cadre Morel"), ("docs/cgv.pdf", "CGV 2025"),
            ("docs/bl-F1.pdf", "Bon de livraison F1"), ("envois/D1-MED.pdf", "Mise en demeure Morel"),
            ("envois/depot-D1.pdf", "Preuve de depot 1A 111 222 3333 4"), ("envois/AR-D1.pdf", "Avis de reception Morel"),
            ("echanges/reponse.pdf", "Reponse Petit"), ("echanges/reponse-copie.pdf", "Reponse Petit"),
        ] {
            book[bytes: "attachments/\(path)"] = MinimalPDF.bytes(text)
        }
        // Its cross-reference is not where the trailer says: qpdf reads it by rebuilding it, so it is
        // joined, with a note to replace it.
        let terms = String(decoding: MinimalPDF.bytes("CGV 2025"), as: UTF8.self)
        if let start = terms.range(of: "startxref\n"), let end = terms[start.upperBound...].firstIndex(of: "\n") {
            book[bytes: "attachments/docs/cgv.pdf"] = Array(terms.replacingCharacters(in: start.upperBound..<end, with: "12").utf8)
        }
        // Whole to look at (header, cross-reference, %%EOF) but its catalogue points to no page
        // tree: only qpdf --check finds it.
        book[bytes: "attachments/docs/bl-G1.pdf"] = Array(String(decoding: MinimalPDF.bytes("Bon de livraison G1"), as: UTF8.self)
            .replacingOccurrences(of: "/Pages 2 0 R", with: "/Pages 9 0 R").utf8)
        // Cut short in transfer: no cross-reference, no %%EOF.
        book[bytes: "attachments/envois/AR-D2.pdf"] = Array(MinimalPDF.bytes("Avis de reception Petit").prefix(200))
        book["attachments/echanges/reponse-D1.eml"] = """
            From: =?UTF-8?Q?Atelier_Morel?= <compta@morel.example>
            Date: Fri, 20 Mar 2026 10:12:00 +0100
            Subject: =?UTF-8?Q?R=C3=A9ponse_=C3=A0_votre_mise_en_demeure?=

            Nous vous demandons un délai pour la facture F2.

            """
        return book
    }
}
