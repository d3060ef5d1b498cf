import RelanceCore
import Testing
@testable import RelanceBook

/// A large ledger is read on two threads; the result must be exactly that of a sequential read.
@Suite("Reading a large ledger on two threads")
struct ParallelReadTests {
    private func read(_ text: String, parallelFrom: Int) -> (entries: [LedgerEntry], errors: [BookError]) {
        let log = ErrorLog()
        let source = SourceText.decode(Array(text.utf8), fileName: "ledger.csv", encoding: .utf8, log: log)
        let result = LedgerReader.read(source, debtorIDs: ["D1", "D2"], log: log, parallelFrom: parallelFrom)
        return (result.entries, BookErrors(log.errors).errors)
    }

    private func ledger(rows: Int, row: (Int) -> String) -> String {
        "date;kind;reference;debtor;amount;due_date;applies_to;label\n" + (0..<rows).map(row).joined()
    }

    @Test func sameEntriesAndErrorsAsSequential() {
        let text = ledger(rows: 400) { i in
            switch i % 5 {
            case 0: return "2026-01-05;invoice;F\(i);D1;1 000,50;2026-02-04;;\"multi\nline; label\"\n"
            case 1: return "2026-01-06;payment;P\(i);D1;10;;F\(i - 1);\n"
            case 2: return "2026-01-07;invoice;F\(i % 7);D2;5;2026-02-04;;\r\n"  // duplicates across the halves
            case 3: return "\n"
            default: return "2026-01-08;credit_note;C\(i);D9;5;;F\(i + 1);x\n"  // unknown debtor, unknown invoice
            }
        }
        let sequential = read(text, parallelFrom: Int.max)
        let parallel = read(text, parallelFrom: 0)
        #expect(parallel.entries == sequential.entries)
        #expect(parallel.errors == sequential.errors)
        #expect(!sequential.errors.isEmpty)
        // Row i starts on line 2 + i + (rows before it with a two-line label).
        #expect(parallel.entries.first { $0.reference == "F395" }?.location.line == 2 + 395 + 79)
    }

    @Test func aWrongGuessFallsBackToSequential() {
        // Unquoted values holding one `"` each fool the quick quote count about where a line ends.
        let text = ledger(rows: 300) { i in
            i == 10 ? "2026-01-05;invoice;F\(i);D1;10;2026-02-04;;5\" screen\n"
                : "2026-01-05;invoice;F\(i);D1;10;2026-02-04;;\"quoted\nvalue\"\n"
        }
        let source = SourceText.decode(Array(text.utf8), fileName: "ledger.csv", encoding: .utf8, log: ErrorLog())!
        let header = CSVTableReader.readHeader(source, schema: LedgerReader.schema, log: ErrorLog())!
        let cut = CSVParallelRows.guessCut(source, from: header.1)!
        let realStarts = Set(source.bytes.indices.filter { index in
            index > 0 && source.bytes[index - 1] == 0x0A && source.bytes[index] == UInt8(ascii: "2")
        })
        #expect(!realStarts.contains(cut.offset))  // the guess is wrong here
        let sequential = read(text, parallelFrom: Int.max)
        let parallel = read(text, parallelFrom: 0)
        #expect(parallel.entries == sequential.entries)
        #expect(parallel.errors == sequential.errors)
        #expect(sequential.entries.count == 300)
        #expect(sequential.errors.isEmpty)
    }

    @Test func twoPartsMeetAtTheCut() {
        let text = ledger(rows: 200) { i in "2026-01-05;invoice;F\(i);D1;10;2026-02-04;;\"a\r\nb\"\r\n" }
        let log = ErrorLog()
        let source = SourceText.decode(Array(text.utf8), fileName: "ledger.csv", encoding: .utf8, log: log)!
        let (header, body) = CSVTableReader.readHeader(source, schema: LedgerReader.schema, log: log)!
        let parts = CSVParallelRows.read(source, header: header, from: body, log: log, minimumBytes: 0,
                                         makePart: { _ in [Int]() }) { lines, row in lines.append(row.line) }
        #expect(parts.count == 2)
        #expect(parts.joined().elementsEqual(stride(from: 2, through: 400, by: 2)))
        #expect(log.isEmpty)
    }
}
