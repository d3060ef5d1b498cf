import Foundation
import RelanceCore
import Testing
@testable import RelanceBook

/// The files case files use, read once: damaged or mistyped files named, e-mails' headers read,
/// and a proof of an exchange used for two debtors caught.
@Suite struct AttachmentChecksTests {
    static let pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n9\n%%EOF\n"

    @Test func damagedAndMistypedFilesAreNamed() {
        #expect(AttachmentChecks.check(name: "a.pdf", bytes: Array(Self.pdf.utf8)).problem == nil)
        #expect(AttachmentChecks.check(name: "a.pdf", bytes: Array(Self.pdf.utf8.prefix(30))).problem?.contains("tronqué") == true)
        #expect(AttachmentChecks.check(name: "scan.jpg", bytes: Array(Self.pdf.utf8)).problem == "extension .jpg mais contenu PDF")
        #expect(AttachmentChecks.check(name: "scan.jpg", bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0]).problem == nil)
        #expect(AttachmentChecks.check(name: "contrat.pdf", bytes: [0x50, 0x4B, 0x03, 0x04, 0]).problem
                == "extension .pdf mais contenu ZIP (document bureautique ?)")
        #expect(AttachmentChecks.check(name: "vide.png", bytes: []).problem == "fichier vide")
        #expect(AttachmentChecks.check(name: "note.eml", bytes: Array("pas un e-mail".utf8)).problem?.contains("e-mail illisible") == true)
    }

    @Test func anEmailsHeadersAreRead() {
        let eml = "Received: from x\r\nDate: Wed, 6 May 2026 09:12:00 +0200\r\nFrom: =?UTF-8?B?SMO0dGVsIGRlcyBWb3NnZXM=?= <compta@hotel.fr>\r\n"
            + "Subject: =?ISO-8859-1?Q?Facture_contest=E9e?=\r\n =?UTF-8?Q?_(suite)?=\r\n\r\nBonjour\r\nSubject: pas un en-tête\r\n"
        let headers = AttachmentChecks.check(name: "x.eml", bytes: Array(eml.utf8)).email
        #expect(headers == AttachmentFacts.EmailHeaders(date: "Wed, 6 May 2026 09:12:00 +0200", from: "Hôtel des Vosges <compta@hotel.fr>",
                                                        subject: "Facture contestée (suite)"))
    }

    /// The same proof of an exchange for two debtors is warned about; the same terms of sale, a
    /// document every debtor shares, is not.
    @Test func aProofUsedForTwoDebtorsIsCaught() throws {
        let book = try TemporaryBook(interactions: """
            date;debtor;kind;proof
            2026-03-01;D1;reply;mails/reponse.eml
            2026-03-02;D2;reply;mails/copie.eml
            2026-03-03;D1;reminder_1;envois/r1.pdf

            """)
        try book.write("attachments/mails/reponse.eml", "From: a@b.fr\n\nBonjour")
        try book.write("attachments/mails/copie.eml", "From: a@b.fr\n\nBonjour")
        try book.write("attachments/envois/r1.pdf", Self.pdf)
        try book.write("attachments/docs/cgv.pdf", Self.pdf)
        try book.write("documents.csv", "debtor;kind;date;title;file\nD1;cgv;2025-01-01;CGV;docs/cgv.pdf\nD2;cgv;2025-01-01;CGV;docs/cgv.pdf\n")
        let read = try book.book()
        #expect(read.sourceWarnings.contains(.proofSharedByDebtors(files: ["attachments/mails/copie.eml", "attachments/mails/reponse.eml"],
                                                                   debtorIDs: ["D1", "D2"])), "\(read.sourceWarnings)")
        #expect(read.sourceWarnings.filter { if case .proofSharedByDebtors = $0 { true } else { false } }.count == 1)
        #expect(read.attachmentFacts["mails/reponse.eml"]?.email?.from == "a@b.fr")
        #expect(read.attachmentFacts["docs/cgv.pdf"]?.sha256.count == 64)
    }
}
