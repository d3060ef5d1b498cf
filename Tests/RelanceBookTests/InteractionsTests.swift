import RelanceCore
import Testing
@testable import RelanceBook

@Suite("interactions.csv")
struct InteractionsTests {
    private let header = "date;debtor;invoices;kind;channel;direction;amount;due;schedule;delivered_on;tracking\n"
    private let ledger = TemporaryBook.defaultLedger
        + "2026-01-06;invoice;F2;D1;200.00;2026-02-05;\n"
        + "2026-01-07;invoice;G1;D2;50.00;2026-02-06;\n"
        + "2026-01-08;credit_note;A1;D1;5.00;;\n"

    @Test func aDeliveryLineIsRead() throws {
        let book = try TemporaryBook(ledger: ledger, interactions: header
            + "2026-03-07;D2;G1;formal_notice;registered_letter;;;;;;1A 123 456 7890 1\n"
            + "2026-03-10;D2;;delivery;;;;;;2026-03-09;1A 123 456 7890 1\n"
            + "2026-03-11;D2;;Avis_de_réception;;;;;;;\n")
        let log = try book.book().interactions
        #expect(log.map(\.kind) == [.formalNotice, .delivery, .delivery])
        #expect(log[1].direction == .incoming)
        #expect(log[1].deliveredOn == Day(year: 2026, month: 3, day: 9))
    }

    @Test func readsEveryField() throws {
        let book = try TemporaryBook(ledger: ledger, interactions: header
            + "2026-03-01;D1;F1|F2;Relance_1;e-mail;;;;;;\n"
            + "2026-03-05 09:30;D1;;promesse;Téléphone;;1 500,00;30/06/2026;;;\n"
            + "2026-03-06T14:05;D1;F1;payment_plan;;sortant;;;2026-04-30:100,00|31/05/2026:200;;\n"
            + "2026-03-07;D2;G1;formal_notice;registered_letter;;;;;2026-03-09;1A 123 456 7890 1\n")
        let log = try book.book().interactions
        #expect(log.map(\.kind) == [.reminder1, .promise, .paymentPlan, .formalNotice])
        #expect(log.map(\.sequence) == [0, 1, 2, 3])
        #expect(log[0].invoices == ["F1", "F2"])
        #expect(log[0].channel == .email)
        #expect(log[0].direction == .outgoing)
        #expect(log[0].minuteOfDay == nil)
        #expect(log[1].minuteOfDay == 9 * 60 + 30)
        #expect(log[1].direction == .incoming)  // the default of a promise
        #expect(log[1].amount == Money(minorUnits: 150_000))
        #expect(log[1].due == Day(year: 2026, month: 6, day: 30))
        #expect(log[1].channel == .phone)
        #expect(log[2].minuteOfDay == 14 * 60 + 5)
        #expect(log[2].direction == .outgoing)
        #expect(log[2].schedule == [
            Interaction.Instalment(date: Day(year: 2026, month: 4, day: 30)!, amount: Money(minorUnits: 10_000)),
            Interaction.Instalment(date: Day(year: 2026, month: 5, day: 31)!, amount: Money(minorUnits: 20_000)),
        ])
        #expect(log[2].amount == Money(minorUnits: 30_000))  // the schedule's total when left blank
        #expect(log[3].deliveredOn == Day(year: 2026, month: 3, day: 9))
        #expect(log[3].tracking == "1A 123 456 7890 1")
    }

    @Test func requiredValuesByKind() throws {
        let book = try TemporaryBook(ledger: ledger, interactions: header
            + "2026-03-05;D1;;promise;;;;;;;\n"
            + "2026-03-06;D1;;payment_plan;;;100;;;;\n"
            + "2026-03-07;D1;;payment_plan;;;100;;2026-04-30:60|2026-05-31:60;;\n"
            + "2026-03-08;D1;;payment_plan;;;;;2026-05-31:60|2026-04-30:60;;\n")
        let errors = book.errors()
        #expect(errors.map { "\($0.location.line) \($0.columnName ?? "")" }
            == ["2 amount", "2 due", "3 schedule", "4 amount", "5 schedule"])
    }

    @Test func invoicesMustBeTheDebtors() throws {
        let book = try TemporaryBook(ledger: ledger, interactions: header
            + "2026-03-01;D1;F1|G1;reminder_1;;;;;;;\n"
            + "2026-03-01;D1;NOPE;reminder_1;;;;;;;\n"
            + "2026-03-01;D1;A1;reminder_1;;;;;;;\n"
            + "2026-03-01;D9;;reminder_1;;;;;;;\n")
        let errors = book.errors()
        #expect(errors.map(\.location.line) == [2, 3, 4, 5])
        #expect(errors[0].message.contains("belongs to debtor \"D2\""))
        #expect(errors[1].message.contains("unknown invoice \"NOPE\""))
        #expect(errors[2].message.contains("credit note"))
        #expect(errors[3].columnName == "debtor")
    }

    @Test func unknownEnumerationsAreErrors() throws {
        let book = try TemporaryBook(ledger: ledger, interactions: header
            + "2026-03-01;D1;;shout;pigeon;sideways;;;;;\n")
        #expect(book.errors().map(\.columnName) == ["kind", "channel", "direction"])
        #expect(book.errors().first?.message.hasPrefix("expected reminder_1, reminder_2") == true)
    }

    @Test func badDateTime() throws {
        let book = try TemporaryBook(ledger: ledger, interactions: header + "2026-03-01 25:00;D1;;note;;;;;;;\n")
        #expect(book.errors().first?.location == SourceLocation(file: "interactions.csv", line: 2, column: 1))
    }

    @Test func interactionsFileIsOptional() throws {
        let book = try TemporaryBook(interactions: nil)
        #expect(try book.book().interactions.isEmpty)
    }
}
