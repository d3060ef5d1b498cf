import RelanceCore
import Testing
@testable import RelanceBook

@Suite("All errors in one run")
struct MultipleErrorsTests {
    @Test func everyFileReportsAndErrorsAreSorted() throws {
        let book = try TemporaryBook(
            toml: "[creditor]\nname = \"X\"\nnmae = \"typo\"\n",
            debtors: "id;name;type\nD1;Dupont;business\nD1;Again;business\nD3;;alien\n",
            ledger: "date;kind;reference;debtor;amount;due_date\n"
                + "2026-13-01;invoice;F1;D1;10;2026-02-04\n"
                + "2026-01-05;invoice;F2;D9;1.234;2026-02-04\n",
            interactions: "date;debtor;kind;invoices\n2026-03-01;D1;reminder_9;F2\n"
        )
        let errors = book.errors()
        #expect(errors.map { "\($0.location.file):\($0.location.line) \($0.columnName ?? "-")" } == [
            "debtors.csv:3 id",
            "debtors.csv:4 name",
            "debtors.csv:4 type",
            "interactions.csv:2 kind",
            "interactions.csv:2 invoices",
            "ledger.csv:2 date",
            "ledger.csv:3 debtor",
            "ledger.csv:3 amount",
            "relance.toml:3 creditor.nmae",
        ])
        let thrown = BookErrors(errors.reversed())
        #expect(thrown.errors == errors)
        #expect(thrown.description.split(separator: "\n").count == errors.count)
    }

    @Test func descriptionFormat() {
        let error = BookError(location: SourceLocation(file: "ledger.csv", line: 12, column: 18), columnName: "amount",
                              message: "expected an amount such as 1234.56 or 1 234,56, found \"12,3,4\"")
        #expect(error.description
            == "ledger.csv:12:18: amount: expected an amount such as 1234.56 or 1 234,56, found \"12,3,4\"")
    }
}
