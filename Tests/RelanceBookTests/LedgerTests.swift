import RelanceCore
import Testing
@testable import RelanceBook

@Suite("ledger.csv")
struct LedgerTests {
    private let header = "date;kind;reference;debtor;amount;due_date;applies_to;currency;label\n"

    @Test func frenchKindAliasesAndAmounts() throws {
        let book = try TemporaryBook(ledger: header
            + "02/11/2025;Facture;F1;D1;1 800,00;02/12/2025;;EUR;\n"
            + "03/11/2025;AVOIR;A1;D1;100,00;;F1;;\n"
            + "04/11/2025;règlement;V1;D1;1\u{A0}000,50;;F1;;\n"
            + "05/11/2025;Reglement;V2;D1;1\u{202F}000;;;eur;\n"
            + "06/11/2025;paiement;V2;D1;10;;;;acompte\n"
            + "2025-11-07;credit note;A2;D1;1.5;;;;\n")
        let ledger = try book.book().ledger
        #expect(ledger.map(\.kind) == [.invoice, .creditNote, .payment, .payment, .payment, .creditNote])
        #expect(ledger.map(\.amount.minorUnits) == [180_000, 10_000, 100_050, 100_000, 1_000, 150])
        #expect(ledger[0].dueDate == Day(year: 2025, month: 12, day: 2))
        #expect(ledger[1].appliesTo == "F1")
        #expect(ledger[1].dueDate == nil)
        #expect(ledger[4].label == "acompte")
        #expect(ledger[3].location == SourceLocation(file: "ledger.csv", line: 5))
    }

    @Test func serviceDateIsReadForInvoices() throws {
        let book = try TemporaryBook(ledger: "date;kind;reference;debtor;amount;due_date;service_date\n"
            + "05/01/2026;facture;F1;D1;100,00;04/02/2026;15/12/2025\n"
            + "06/01/2026;facture;F2;D1;100,00;05/02/2026;\n")
        let ledger = try book.book().ledger
        #expect(ledger.map(\.serviceDate) == [Day(year: 2025, month: 12, day: 15), nil])
        let bad = try TemporaryBook(ledger: "date;kind;reference;debtor;amount;due_date;service_date\n"
            + "05/01/2026;facture;F1;D1;100,00;04/02/2026;31/11/2025\n")
        #expect(bad.errors().lines.first?.hasPrefix("ledger.csv:2:") == true)
        #expect(bad.errors().lines.first?.contains("service_date") == true)
    }

    @Test func decimalCommaIsAnErrorInACommaSeparatedFile() throws {
        let book = try TemporaryBook(ledger: "date,kind,reference,debtor,amount,due_date\n"
            + "2026-01-05,invoice,F1,D1,\"100,00\",2026-02-04\n")
        let errors = book.errors()
        #expect(errors.lines == [
            "ledger.csv:2:26: amount: expected an amount such as 1234.56, found \"100,00\"",
        ])
    }

    @Test func amountErrors() throws {
        let book = try TemporaryBook(ledger: header
            + "2026-01-05;invoice;F1;D1;12,345;2026-02-04;;;\n"
            + "2026-01-05;invoice;F2;D1;0,00;2026-02-04;;;\n"
            + "2026-01-05;invoice;F3;D1;-5,00;2026-02-04;;;\n"
            + "2026-01-05;invoice;F4;D1;12,3,4;2026-02-04;;;\n")
        let errors = book.errors()
        #expect(errors.count == 4)
        #expect(errors[0].description == "ledger.csv:2:26: amount: expected at most 2 decimals (cents of EUR), found \"12,345\"")
        #expect(errors[1].message == "expected a strictly positive amount, found \"0,00\"")
        #expect(errors[2].message == "expected a strictly positive amount, found \"-5,00\"")
        #expect(errors[3].description
            == "ledger.csv:5:26: amount: expected an amount such as 1234.56 or 1 234,56, found \"12,3,4\"")
    }

    @Test func impossibleDateHasLineAndColumn() throws {
        let book = try TemporaryBook(ledger: header + "2026-01-05;invoice;F1;D1;10;31/02/2026;;;\n")
        let errors = book.errors()
        #expect(errors.count == 1)
        #expect(errors[0].location == SourceLocation(file: "ledger.csv", line: 2, column: 29))
        #expect(errors[0].columnName == "due_date")
        #expect(errors[0].message.contains("31/02/2026"))
    }

    @Test func invoiceNeedsDueDateOthersDoNot() throws {
        let book = try TemporaryBook(ledger: header
            + "2026-01-05;invoice;F1;D1;10;;;;\n"
            + "2026-01-06;payment;V1;D1;10;not a date;;;\n")
        #expect(book.errors().lines == [
            "ledger.csv:2:29: due_date: expected a date such as 2026-03-31 or 31/03/2026, found an empty cell",
        ])
    }

    @Test func dueDateBeforeInvoiceDateIsFine() throws {
        let book = try TemporaryBook(ledger: header + "2026-01-05;invoice;F1;D1;10;2026-01-01;;;\n")
        #expect(book.errors().isEmpty)
    }

    @Test func duplicateReferenceNamesBothLines() throws {
        let book = try TemporaryBook(ledger: header
            + "2026-01-05;invoice;F1;D1;10;2026-02-04;;;\n"
            + "2026-01-06;payment;V1;D1;5;;;;\n"
            + "2026-01-07;payment;V1;D1;5;;;;\n"
            + "2026-01-08;credit_note;F1;D1;10;;;;\n")
        let errors = book.errors()
        #expect(errors.count == 1)
        #expect(errors[0].location.line == 5)
        #expect(errors[0].columnName == "reference")
        #expect(errors[0].message.contains("line 2"))
    }

    @Test func unknownDebtor() throws {
        let book = try TemporaryBook(ledger: header + "2026-01-05;invoice;F1;D9;10;2026-02-04;;;\n")
        #expect(book.errors().lines == [
            "ledger.csv:2:23: debtor: unknown debtor \"D9\": no such id in debtors.csv",
        ])
    }

    @Test func appliesToChecks() throws {
        let book = try TemporaryBook(ledger: header
            + "2026-01-05;payment;V1;D1;10;;F3;;\n"      // forward reference: fine
            + "2026-01-05;invoice;F2;D2;10;2026-02-04;;;\n"
            + "2026-01-05;invoice;F3;D1;10;2026-02-04;;;\n"
            + "2026-01-06;payment;V2;D1;10;;F2;;\n"      // another debtor's invoice
            + "2026-01-06;payment;V3;D1;10;;F9;;\n"      // unknown
            + "2026-01-06;credit_note;A1;D1;10;;;;\n"
            + "2026-01-06;payment;V4;D1;10;;A1;;\n")     // a credit note
        let errors = book.errors()
        #expect(errors.map(\.location.line) == [5, 6, 8])
        #expect(errors.allSatisfy { $0.columnName == "applies_to" })
        #expect(errors[0].message.contains("belongs to debtor \"D2\""))
        #expect(errors[1].message.contains("unknown invoice \"F9\""))
        #expect(errors[2].message.contains("credit note"))
    }

    @Test func currencyMustBeEuro() throws {
        let book = try TemporaryBook(ledger: header + "2026-01-05;invoice;F1;D1;10;2026-02-04;;USD;\n")
        #expect(book.errors().first?.columnName == "currency")
    }

    @Test func wrongFieldCountAndMissingColumn() throws {
        let book = try TemporaryBook(ledger: header + "2026-01-05;invoice;F1;D1;10;2026-02-04\n")
        #expect(book.errors().first?.message == "expected 9 fields as in the header, found 6")
        let missing = try TemporaryBook(ledger: "date;kind;reference;debtor\n2026-01-05;invoice;F1;D1\n")
        #expect(missing.errors().lines == [
            "ledger.csv:1:1: the header lacks the required column \"amount\" "
                + "(found \"date\", \"kind\", \"reference\", \"debtor\")",
        ])
    }

    @Test func unknownColumnsAreIgnoredAndOrderIsFree() throws {
        let book = try TemporaryBook(ledger: "Amount ; Notes;DEBTOR;reference;kind;date;due_date\n"
            + "10;whatever;D1;F1;invoice;2026-01-05;2026-02-04\n")
        #expect(try book.book().ledger.first?.amount == Money(minorUnits: 1_000))
    }

    @Test func emptyRowsOfSeparatorsAreSkipped() throws {
        let book = try TemporaryBook(ledger: TemporaryBook.defaultLedger + ";;;;;;\n;;;;;;\n")
        #expect(try book.book().ledger.count == 1)
    }
}
