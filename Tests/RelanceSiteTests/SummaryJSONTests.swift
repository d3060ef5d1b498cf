import Foundation
import RelancePublish
import Testing
@testable import RelanceCore
@testable import RelanceSite

/// summary.json is written by a streaming writer; its bytes must be JSONEncoder's, exactly.
@Suite struct SummaryJSONTests {
    static func day(_ iso: String) -> Day { Day(iso: Substring(iso))! }

    /// Debtors whose names need every kind of escape, one without an address (a blocked letter),
    /// open and paid invoices, an unallocated payment.
    static func receivables(names: [String]) throws -> Receivables {
        var debtors: [Debtor] = []
        var ledger: [LedgerEntry] = []
        for (index, name) in names.enumerated() {
            let id = "D\(index)"
            debtors.append(Debtor(id: id, name: name, address1: index == 1 ? "" : "1 rue A", postcode: "69001", city: "Lyon",
                                  email: index.isMultiple(of: 2) ? "a@b.fr" : nil))
            ledger.append(LedgerEntry(date: day("2026-01-10"), kind: .invoice, reference: "F\(index)/\"x\"", debtorID: id,
                                      amount: Money(minorUnits: Int64(100_000 + index)), dueDate: day("2026-02-09")))
            if index == 2 {
                ledger.append(LedgerEntry(date: day("2026-03-10"), kind: .payment, reference: "P\(index)", debtorID: id,
                                          amount: Money(minorUnits: 200_000)))
            }
        }
        var book = Book(
            creditor: Creditor(name: "Test SAS"), debtors: debtors, ledger: ledger,
            interactions: [Interaction(day: day("2026-03-01"), debtorID: "D0", kind: .reminder1, channel: .email, sequence: 0)],
            rates: RateTable([
                HalfYear(year: 2026, half: 1): HalfYearRates(ecb: PercentRate(parsing: "2.15")!, legalPrivate: PercentRate(parsing: "6.67")!,
                                                           legalOther: PercentRate(parsing: "2.62")!),
            ]))
        if !names.isEmpty {
            // Rows a --keep-going read left out, one naming no debtor, reasons needing escapes.
            book.rejectedRows = [
                RejectedRow(location: SourceLocation(file: "ledger.csv", line: 7), debtorID: "D0",
                            reasons: ["amount: expected an amount, found \"1,2,3\"", "date: expected a date\there"]),
                RejectedRow(location: SourceLocation(file: "interactions.csv", line: 3), debtorID: nil, reasons: []),
            ]
        }
        return try Receivables(book: book, asOf: day("2026-06-15"))
    }

    @Test func theBytesAreJSONEncodersBytes() throws {
        let names = ["Dupont & Fils « SARL »", "Quote \" and \\ backslash / slash", "Tab\there\nnew line\r\u{8}\u{C}",
                     "Contrôle \u{1}\u{1F}\u{7F} fin", "Émoji 🧾 et \u{2028} séparateur", ""]
        let r = try Self.receivables(names: names)
        let summary = SummaryDocument(r, letters: LetterPlan(r))
        #expect(!summary.actions.isEmpty && !summary.letters.blocked.isEmpty)
        let streamed = summary.json(), reference = try summary.foundationEncoded()
        let differsAt = zip(streamed, reference).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(streamed.count, reference.count)
        #expect(streamed == reference, """
            first difference at byte \(differsAt): \(String(decoding: streamed[max(0, differsAt - 80)..<min(streamed.count, differsAt + 80)], as: UTF8.self))
            --- JSONEncoder: \(String(decoding: reference[max(0, differsAt - 80)..<min(reference.count, differsAt + 80)], as: UTF8.self))
            """)
    }

    /// A large summary.json is written in pieces: cut anywhere, the pieces are the same bytes.
    @Test(arguments: [1, 7, 300])
    func thePiecesMakeTheSameBytes(pieceSize: Int) throws {
        let r = try Self.receivables(names: ["Dupont & Fils", "Martin", "Émoji 🧾"])
        let summary = SummaryDocument(r, letters: LetterPlan(r))
        let output = PieceRecorder()
        try summary.write(into: output, at: "summary.json", pieceSize: pieceSize)
        #expect(output.pieces.count > 1)
        #expect(output.pieces.allSatisfy { $0.count < pieceSize + 4_096 })
        #expect(output.pieces.flatMap { $0 } == summary.json())
    }

    @Test func anEmptyBookToo() throws {
        let r = try Self.receivables(names: [])
        let summary = SummaryDocument(r, letters: LetterPlan(r))
        let streamed = summary.json(), reference = try summary.foundationEncoded()
        #expect(streamed == reference, "\(String(decoding: streamed, as: UTF8.self))\n---\n\(String(decoding: reference, as: UTF8.self))")
    }
}
