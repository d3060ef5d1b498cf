import RelanceCore
import Testing
@testable import RelanceBook

/// `--keep-going`: rows with errors are left out whole, with what depends on them, and every one is
/// accounted for; errors that are not a row's still stop the read.
@Suite("Keep going: rejected rows")
struct KeepGoingTests {
    static let debtors = "id;name;type;siren\nD1;Dupont SA;business;\nD2;Martin SARL;business;123\nD3;Petit SAS;business;\n"
    static let ledger = "date;kind;reference;debtor;amount;due_date;applies_to\n"
        + "2026-01-05;invoice;F1;D1;100.00;2026-02-04;\n"       // 2 kept
        + "2026-01-06;invoice;F2;D1;1O0.00;2026-02-05;\n"       // 3 own error (letter O)
        + "2026-02-10;payment;P1;D1;50.00;;F2\n"               // 4 applies to the rejected F2
        + "2026-02-31;payment;P2;D3;20.00;;\n"                 // 5 own error: no such day, names D3
        + "2026-01-07;invoice;F3;D2;300.00;2026-02-06;\n"       // 6 its debtor's row is rejected
        + "2026-01-08;invoice;F4;D3;80.00;2026-02-07;\n"        // 7 kept
    static let interactions = "date;debtor;kind;invoices\n"
        + "2026-03-01;D1;reminder_1;F1\n"                      // 2 kept
        + "2026-03-02;D1;reminder_1;F2\n"                      // 3 names the rejected F2
        + "2026-03-03;D2;call;\n"                              // 4 its debtor's row is rejected
        + "2026-03-04;D3;reminder_9;F4\n"                      // 5 own error

    @Test func strictByDefault() throws {
        let book = try TemporaryBook(debtors: Self.debtors, ledger: Self.ledger, interactions: Self.interactions)
        #expect(book.errors().count == 4)
    }

    @Test func rejectsRowsAndWhatDependsOnThem() throws {
        let book = try TemporaryBook(debtors: Self.debtors, ledger: Self.ledger, interactions: Self.interactions)
        let read = try book.read(keepGoing: true).get()
        #expect(read.debtors.map(\.id) == ["D1", "D3"])
        #expect(read.ledger.map(\.reference) == ["F1", "F4"])
        #expect(read.interactions.map(\.location.line) == [2])
        let rows = read.rejectedRows.map { "\($0.location.row) \($0.debtorID ?? "-")" }
        #expect(rows == [
            "debtors.csv:3 D2",
            "interactions.csv:3 D1", "interactions.csv:4 D2", "interactions.csv:5 D3",
            "ledger.csv:3 D1", "ledger.csv:4 D1", "ledger.csv:5 D3", "ledger.csv:6 D2",
        ])
        let reasons = Dictionary(uniqueKeysWithValues: read.rejectedRows.map { ($0.location.row, $0.reasons) })
        #expect(reasons["ledger.csv:4"] == ["applies_to: the row of the invoice \"F2\" (ledger.csv:3) was rejected"])
        #expect(reasons["ledger.csv:6"] == ["the row of the debtor \"D2\" (debtors.csv:3) was rejected"])
        #expect(reasons["interactions.csv:3"] == ["invoices: the row of the invoice \"F2\" (ledger.csv:3) was rejected"])
        #expect(reasons["ledger.csv:5"]?.first?.hasPrefix("date: expected a date") == true)
        // Every data row is kept or rejected: 6 ledger rows, 4 log lines, 3 debtors.
        #expect(read.ledger.count + read.rejectedCounts.ledger == 6)
        #expect(read.interactions.count + read.rejectedCounts.interactions == 4)
        #expect(read.debtors.count + read.rejectedCounts.debtors == 3)
        // A rejected row that gave no value still names its debtor: D3's letters are held too.
        #expect(read.debtorsWithRejectedRows.keys.sorted() == ["D1", "D3"])
    }

    @Test func aRowWithTooManyFieldsStillNamesItsDebtor() throws {
        let ledger = TemporaryBook.defaultLedger + "2026-02-10;payment;P1;D1;50.00;;F1;extra\n"
        let book = try TemporaryBook(ledger: ledger)
        let read = try book.read(keepGoing: true).get()
        #expect(read.rejectedRows.map(\.location.row) == ["ledger.csv:3"])
        #expect(read.rejectedRows.first?.debtorID == "D1")
        #expect(read.debtorsWithRejectedRows["D1"]?.map(\.row) == ["ledger.csv:3"])
    }

    @Test func errorsThatAreNotARowsStillStop() throws {
        let noAmountColumn = try TemporaryBook(ledger: "date;kind;reference;debtor;due_date\n2026-01-05;invoice;F1;D1;2026-02-04\n")
        #expect(throws: BookErrors.self) { try noAmountColumn.read(keepGoing: true).get() }
        let badSetting = try TemporaryBook(toml: "[creditor]\nname = \"X\"\n[policy]\nprescription_alert = -3\n")
        #expect(throws: BookErrors.self) { try badSetting.read(keepGoing: true).get() }
    }

    @Test func aCleanBookRejectsNothing() throws {
        let read = try TemporaryBook().read(keepGoing: true).get()
        #expect(read.rejectedRows.isEmpty)
        #expect(read.ledger.count == 1)
    }
}
