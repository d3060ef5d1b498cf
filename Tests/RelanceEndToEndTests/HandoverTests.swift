import Foundation
import RelanceTestSupport
import Testing

/// The exhibit numbering frozen at hand-over: by `relance record handover`, which writes the list
/// with each file's SHA-256, or by a `handover` line typed in the log; afterwards new documents only
/// append.
@Suite struct HandoverTests {
    static func titles(_ temp: TemporaryFolder, out: String = "out") throws -> [String] {
        CaseFilePage.exhibitTitles(try temp.read("\(try CaseFilePage.folder(temp, out: out))/bordereau.html"))
            .map { String($0.components(separatedBy: " — ").prefix(2).joined(separator: " — ")) }
    }

    /// What arrives after the hand-over: a contract (first of all kinds before) and a reply.
    static func addLaterDocuments(_ book: inout CaseFileBook) {
        book.book["documents.csv"] = "debtor,invoices,kind,date,title,file\nD1,,contrat,2025-06-01,Contrat,docs/contrat.pdf\n"
        book.book["attachments/docs/contrat.pdf"] = "%PDF-1.4\n% contrat\n"
        book.book.interactions += "2026-06-12,D1,F1,reply,email,in,Répond à l'avocat.,proofs/reponse.eml,,\n"
        book.book["attachments/proofs/reponse.eml"] = "From: client\n\nBonjour"
    }

    @Test func recordedHandoverFreezesTheListInTheBook() throws {
        let temp = try TemporaryFolder()
        let book = CaseFileBook()
        try book.write(to: temp.file("book"))
        let bookPath = temp.file("book").path
        let dry = try RelanceBinary.run(["record", "handover", "D1", "--on", "2026-06-10", "--summary", "Me Dupont, avocat",
                                         "--book", bookPath, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("serait figée : attachments/case-files/d1-bb0dec6bac52/bordereau.csv (2 pièces)"), "\(dry.stdout)")
        #expect(!temp.exists("book/attachments/case-files"), "a dry run writes nothing")

        let run = try RelanceBinary.run(["record", "handover", "D1", "--on", "2026-06-10", "--summary", "Me Dupont, avocat", "--book", bookPath])
        #expect(run.status == 0, "\(run.stderr)")
        let list = try temp.read("book/attachments/case-files/d1-bb0dec6bac52/bordereau.csv")
        let rows = list.split(separator: "\n")
        #expect(rows.first == "debtor,number,file,sha256,date,title")
        #expect(rows.dropFirst().map { $0.split(separator: ",").prefix(3).joined(separator: ",") } == ["D1,1,invoices/F1.pdf", "D1,2,proofs/AR-1.pdf"])
        #expect(try temp.read("book/interactions.csv").contains("2026-06-10,D1,,handover,,,\"Me Dupont, avocat\""))

        // Later documents come after the frozen ones, whatever their kind and date.
        var later = book
        Self.addLaterDocuments(&later)
        for (path, text) in [("documents.csv", later.book["documents.csv"]!), ("attachments/docs/contrat.pdf", later.book["attachments/docs/contrat.pdf"]!),
                             ("attachments/proofs/reponse.eml", later.book["attachments/proofs/reponse.eml"]!)] {
            try temp.write("book/\(path)", text)
        }
        try temp.write("book/interactions.csv", try temp.read("book/interactions.csv")
                       + "2026-06-12,D1,F1,reply,email,in,Répond à l'avocat.,proofs/reponse.eml,,\n")
        let build = try RelanceBinary.run(["build", "--book", bookPath, "--out", temp.file("out").path, "--as-of", "2026-06-15", "--no-pdf"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try Self.titles(temp) == [
            "Pièce n° 1 — Facture n° F1", "Pièce n° 2 — LRAR du 01/03/2026",
            "Pièce n° 3 — Contrat", "Pièce n° 4 — Réponse – e-mail",
        ])
        // A file changed since the hand-over is named: the lawyer has other bytes.
        try temp.write("book/attachments/invoices/F1.pdf", "%PDF-1.4\n% facture F1 corrigée\n%%EOF\n")
        let changed = try RelanceBinary.run(["check", "--book", bookPath, "--as-of", "2026-06-15"])
        #expect(changed.stderr.contains("attachments/invoices/F1.pdf : pièce n° 1 modifiée depuis la transmission du dossier"), "\(changed.stderr)")
        // Recording again keeps the list; a list for the debtor that names a missing file is an error.
        let again = try RelanceBinary.run(["record", "handover", "D1", "--on", "2026-06-14", "--summary", "Me Martin", "--book", bookPath])
        #expect(again.status == 0 && !again.stdout.contains("figée"), "\(again.stdout)")
        #expect(try temp.read("book/attachments/case-files/d1-bb0dec6bac52/bordereau.csv") == list)
        try FileManager.default.removeItem(at: temp.file("book/attachments/proofs/AR-1.pdf"))
        let broken = try RelanceBinary.run(["check", "--book", bookPath, "--as-of", "2026-06-15"])
        #expect(broken.status == 1 && broken.stderr.contains("attachments/case-files/d1-bb0dec6bac52/bordereau.csv:3"), "\(broken.stderr)")
    }

    @Test func aTypedHandoverLineFreezesWhatTheBookHeldThen() throws {
        let temp = try TemporaryFolder()
        var book = CaseFileBook()
        book.book.interactions += "2026-06-10,D1,,handover,,,Transmis à Me Dupont,,,\n"
        #expect(try book.build(in: temp).status == 0)
        #expect(try Self.titles(temp).count == 2)
        Self.addLaterDocuments(&book)
        // Dated after the hand-over, the reply comes after; the contract, dated before, is taken as
        // held then (the log cannot say when a document was added): recording the list fixes it.
        #expect(try book.build(in: temp, out: "later").status == 0)
        #expect(try Self.titles(temp, out: "later") == [
            "Pièce n° 1 — Contrat", "Pièce n° 2 — Facture n° F1",
            "Pièce n° 3 — LRAR du 01/03/2026",
            "Pièce n° 4 — Réponse – e-mail",
        ])
        let record = try RelanceBinary.run(["record", "handover", "D1", "--on", "2026-06-15", "--summary", "Me Dupont", "--book", temp.file("book").path])
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.stdout.contains("numérotation figée") && !record.stdout.contains("interactions.csv:"), "only the list: \(record.stdout)")
        #expect(try temp.read("book/interactions.csv").components(separatedBy: "handover").count == 2, "no second hand-over line")
    }
}
