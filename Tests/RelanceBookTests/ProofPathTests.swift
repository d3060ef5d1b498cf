import Foundation
import Testing
@testable import RelanceBook

@Suite("Proof paths confined to attachments/")
struct ProofPathTests {
    private func book(proof: String) throws -> TemporaryBook {
        try TemporaryBook(interactions: "date;debtor;kind;proof\n2026-03-01;D1;reminder_1;\(proof)\n")
    }

    @Test func relativePathsInsideAttachmentsAreKept() throws {
        let book = try book(proof: "ar/0001.pdf | invoices\\F1.pdf|./mails/a.eml")
        try book.write("attachments/ar/0001.pdf", "%PDF")
        try book.write("attachments/invoices/F1.pdf", "%PDF")
        try book.write("attachments/mails/a.eml", "From: x")
        #expect(try book.book().interactions[0].proofs == ["ar/0001.pdf", "invoices/F1.pdf", "mails/a.eml"])
    }

    @Test func absolutePath() throws {
        let book = try book(proof: "/etc/passwd")
        try book.write("attachments/x.pdf", "%PDF")
        let errors = book.errors()
        #expect(errors.count == 1)
        #expect(errors[0].columnName == "proof")
        #expect(errors[0].message.contains("absolute"))
    }

    @Test func parentComponent() throws {
        let book = try book(proof: "ar/../../relance.toml")
        try book.write("attachments/ar/x.pdf", "%PDF")
        #expect(book.errors().first?.message.contains("\"..\"") == true)
    }

    @Test func symbolicLinkLeadingOut() throws {
        let book = try book(proof: "escape/relance.toml")
        try book.write("attachments/x.pdf", "%PDF")
        try FileManager.default.createSymbolicLink(
            atPath: book.folder.appendingPathComponent("attachments/escape").path, withDestinationPath: book.folder.path
        )
        let errors = book.errors()
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("outside attachments/"))
    }

    @Test func symbolicLinkStayingInsideIsFine() throws {
        let book = try book(proof: "latest.pdf")
        try book.write("attachments/ar/x.pdf", "%PDF")
        try FileManager.default.createSymbolicLink(
            atPath: book.folder.appendingPathComponent("attachments/latest.pdf").path, withDestinationPath: "ar/x.pdf"
        )
        #expect(book.errors().isEmpty)
    }

    @Test func missingFile() throws {
        let book = try book(proof: "ar/none.pdf")
        try book.write("attachments/ar/x.pdf", "%PDF")
        #expect(book.errors().first?.message == "\"ar/none.pdf\" names no file in attachments/")
    }

    @Test func noAttachmentsFolder() throws {
        let book = try book(proof: "ar/none.pdf")
        #expect(book.errors().first?.message.contains("no attachments/ folder") == true)
    }

    @Test func folderIsNotAFile() throws {
        let book = try book(proof: "ar")
        try book.write("attachments/ar/x.pdf", "%PDF")
        #expect(book.errors().first?.message.contains("is a folder") == true)
    }
}
