import Foundation
import RelanceCore
import Testing
@testable import RelanceBook

/// A large log is read on two threads, as the ledger is; the lines, their `sequence` (their place in
/// the file) and the errors must be exactly those of a sequential read.
@Suite("Reading a large log on two threads")
struct ParallelInteractionsTests {
    private func read(_ text: String, parallelFrom: Int) -> (lines: [Interaction], errors: [BookError]) {
        let log = ErrorLog()
        let source = SourceText.decode(Array(text.utf8), fileName: "interactions.csv", encoding: .utf8, log: log)
        let ledger = "date;kind;reference;debtor;amount;due_date\n"
            + (0..<50).map { "2026-01-05;invoice;F\($0);D\($0 % 2 + 1);100;2026-02-04\n" }.joined()
        let ledgerSource = SourceText.decode(Array(ledger.utf8), fileName: "ledger.csv", encoding: .utf8, log: log)
        let documents = LedgerReader.read(ledgerSource, debtorIDs: ["D1", "D2"], log: log).documents
        let attachments = AttachmentsFolder(book: URL(fileURLWithPath: "/nonexistent-book"))
        let lines = InteractionsReader.read(source, debtorIDs: ["D1", "D2"], documents: documents,
                                            attachments: attachments, log: log, parallelFrom: parallelFrom)
        return (lines, BookErrors(log.errors).errors)
    }

    @Test func sameLinesSequencesAndErrorsAsSequential() {
        let text = "date;debtor;invoices;kind;summary;amount;due\n" + (0..<400).map { i in
            switch i % 6 {
            case 0: return "2026-03-0\(i % 9 + 1);D1;F\(i % 50 / 2 * 2);reminder_1;\"two\nlines; quoted\";;\n"
            case 1: return "2026-03-02T10:1\(i % 10);D2;;call;appel;;\n"
            case 2: return "\n"
            case 3: return "2026-03-03;D9;;note;unknown debtor;;\n"
            case 4: return "2026-03-04;D1;F1|F0;promise;wrong invoice F1 is D2's;100;2026-04-01\n"
            default: return "04/03/2026;D2;F\(i % 50 / 2 * 2 + 1);dispute;;;\r\n"
            }
        }.joined()
        let sequential = read(text, parallelFrom: Int.max)
        let parallel = read(text, parallelFrom: 0)
        #expect(parallel.lines == sequential.lines)
        #expect(parallel.errors == sequential.errors)
        #expect(!sequential.errors.isEmpty)
        // Sequence counts every row read (333 of the 400 are not blank), not only the lines kept.
        let sequences = sequential.lines.map(\.sequence)
        #expect(sequences == sequences.sorted() && Set(sequences).count == sequences.count)
        #expect(sequences.last == 331)
        #expect(sequences.count < 333)
    }
}
