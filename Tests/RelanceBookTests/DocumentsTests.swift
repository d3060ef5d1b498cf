import Foundation
import RelanceCore
import Testing
@testable import RelanceBook

/// documents.csv: the contracts, orders, terms and delivery proofs a case file numbers as exhibits.
@Suite("documents.csv")
struct DocumentsTests {
    static let ledger = "date;kind;reference;debtor;amount;due_date;applies_to\n2026-01-05;invoice;F1;D1;100.00;2026-02-04;\n"
        + "2026-01-06;invoice;F2;D2;50.00;2026-02-05;\n"

    static func book(_ documents: String) throws -> TemporaryBook {
        let book = try TemporaryBook(ledger: ledger)
        try book.write("documents.csv", documents)
        try book.write("attachments/docs/contrat.pdf", "%PDF-1.4\n")
        try book.write("attachments/docs/bl.pdf", "%PDF-1.4\n")
        return book
    }

    @Test func itsRowsAreRead() throws {
        let read = try Self.book("""
            debtor;invoices;kind;date;title;file
            D1;;contrat;2025-06-01;Contrat de maintenance;docs/contrat.pdf
            D1;F1;Bon de livraison;03/01/2026;BL signé;docs/bl.pdf

            """).book()
        #expect(read.documents.map { "\($0.debtorID) \($0.kind.rawValue) \($0.date) \($0.title) \($0.file) \($0.invoices)" } == [
            "D1 contrat 2025-06-01 Contrat de maintenance docs/contrat.pdf []",
            "D1 bon_de_livraison 2026-01-03 BL signé docs/bl.pdf [\"F1\"]",
        ])
        #expect(read.documents.map(\.location.line) == [2, 3])
        #expect(read.sourceStamps["documents.csv"] != nil, "a source of the fingerprints")
    }

    @Test func badRowsAreLocated() throws {
        let errors = try Self.book("""
            debtor;invoices;kind;date;title;file
            D9;;contrat;2025-06-01;Contrat;docs/contrat.pdf
            D1;F2;devis;2025-06-01;Devis;docs/contrat.pdf
            D1;;facture;2025-06-01;Facture;docs/contrat.pdf
            D1;;cgv;2025-13-01;CGV;docs/contrat.pdf
            D1;;kbis;2025-06-01;;docs/contrat.pdf
            D1;;autre;2025-06-01;Note;docs/absent.pdf
            D1;;autre;2025-06-01;Note;../secret.pdf

            """).errors()
        #expect(errors.map { "\($0.location.line) \($0.columnName ?? "-")" } == [
            "2 debtor", "3 invoices", "4 kind", "5 date", "6 title", "7 file", "8 file",
        ], "\(errors)")
        #expect(errors.allSatisfy { $0.location.file == "documents.csv" })
        #expect(errors[1].message.contains("belongs to debtor \"D2\""), "\(errors[1].message)")
        #expect(errors[2].message.contains("contrat, devis, bon_de_commande, cgv"), "\(errors[2].message)")
    }

    /// With --keep-going a bad row goes, and so does a document naming a rejected invoice.
    @Test func keepGoingRejectsItsBadRows() throws {
        let book = try Self.book("""
            debtor;invoices;kind;date;title;file
            D1;;contrat;2025-06-01;Contrat;docs/contrat.pdf
            D1;;contrat;pas une date;Contrat;docs/contrat.pdf

            """)
        let read = try book.read(keepGoing: true).get()
        #expect(read.documents.count == 1)
        #expect(read.rejectedRows.map { "\($0.location.file):\($0.location.line) \($0.debtorID ?? "-")" } == ["documents.csv:3 D1"])
    }
}
