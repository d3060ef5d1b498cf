import Foundation
import RelanceCore
import Testing
@testable import RelanceBook

/// Lines appended to interactions.csv keep the file's own dialect and leave every earlier byte as
/// it was; the book reads them back as the lines they were meant to be.
@Suite("Appending to the log")
struct InteractionLogAppenderTests {
    static let header = "date;debtor;invoices;kind;channel;summary;proof;tracking"

    @Test func crlfSeparatorAndByteOrderMarkAreKeptAndALastLineWithoutBreakIsEnded() throws {
        let original: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((Self.header + "\r\n2026-03-01;D1;F1;reminder_1;email;;;").utf8)
        let temp = try TemporaryBook(interactions: nil)
        try temp.write("interactions.csv", bytes: original)
        let appender = try InteractionLogAppender(book: temp.folder)
        #expect(appender.firstNewLine == 3)
        let bytes = try appender.appending([
            ["date": "2026-06-15", "debtor": "D1", "invoices": "F1", "kind": "reminder_2", "channel": "letter",
             "summary": "Référence \"A\"; suite", "proof": "sent/A.pdf", "tracking": "1A 123 456 7890 1"],
        ])
        #expect(Array(bytes.prefix(original.count)) == original)
        #expect(String(decoding: bytes.dropFirst(original.count), as: UTF8.self)
                == "\r\n2026-06-15;D1;F1;reminder_2;letter;\"Référence \"\"A\"\"; suite\";sent/A.pdf;1A 123 456 7890 1\r\n")
        try temp.write("interactions.csv", bytes: bytes)
        try temp.write("attachments/sent/A.pdf", "%PDF-1.4")
        let line = try #require(try temp.book().interactions.last)
        #expect(line.location.line == 3)
        #expect(line.summary == "Référence \"A\"; suite")
        #expect(line.tracking == "1A 123 456 7890 1")
        #expect(line.proofs == ["sent/A.pdf"])
    }

    @Test func aWindows1252LogStaysWindows1252() throws {
        let temp = try TemporaryBook(
            toml: TemporaryBook.defaultToml + "\n[input]\nencoding = \"windows-1252\"\n",
            debtors: nil, ledger: nil, interactions: nil)
        try temp.write("debtors.csv", bytes: Array("id;name;type\nCAFÉ;Café du Port;business\n".data(using: .windowsCP1252)!))
        try temp.write("ledger.csv", bytes: Array("date;kind;reference;debtor;amount;due_date\n2026-01-05;invoice;F1;CAFÉ;100.00;2026-02-04\n".data(using: .windowsCP1252)!))
        try temp.write("interactions.csv", bytes: Array("date,debtor,kind,summary\n".utf8))
        let appender = try InteractionLogAppender(book: temp.folder)
        let bytes = try appender.appending([["date": "2026-06-15", "debtor": "CAFÉ", "kind": "call", "summary": "Appel – 5 €"]])
        #expect(Array(bytes.dropFirst(appender.original.count)) == Array("2026-06-15,CAFÉ,call,Appel – 5 €\n".data(using: .windowsCP1252)!))
        #expect(throws: BookErrors.self) {
            try appender.appending([["date": "2026-06-15", "debtor": "CAFÉ", "kind": "call", "summary": "日本"]])
        }
    }

    @Test func aColumnTheLogLacksIsAnErrorNamingIt() throws {
        let temp = try TemporaryBook(interactions: "date;debtor;kind\n")
        let appender = try InteractionLogAppender(book: temp.folder)
        #expect(try appender.appending([["date": "2026-06-15", "debtor": "D1", "kind": "call", "proof": ""]]).count > 0,
                "an empty value needs no column")
        let error = try #require(throws: BookErrors.self) {
            try appender.appending([["date": "2026-06-15", "debtor": "D1", "kind": "call", "proof": "sent/A.pdf"]])
        }
        #expect(error.description.contains("interactions.csv:1:1: proof: the header has no column \"proof\""), "\(error)")
    }

    @Test func aBookWithoutLogGetsOneWithEveryColumn() throws {
        let temp = try TemporaryBook(interactions: nil)
        let appender = try InteractionLogAppender(book: temp.folder)
        #expect(appender.firstNewLine == 2)
        let bytes = try appender.appending([["date": "2026-06-15", "debtor": "D1", "kind": "call"]])
        #expect(String(decoding: bytes, as: UTF8.self)
                == "date;debtor;invoices;kind;channel;direction;summary;proof;tracking;delivered_on;amount;due;schedule\n"
                + "2026-06-15;D1;;call;;;;;;;;;\n")
    }
}
