import Testing
@testable import RelanceCore
@testable import RelanceSite

/// A letter's recap: one line per group of invoices the same steps covered, in the letter's order.
@Suite struct LetterRecapWordingTests {
    static func day(_ iso: String) -> Day { Day(iso: Substring(iso))! }

    @Test func invoicesRemindedTogetherShareALineAndANeverRemindedOneHasItsOwn() throws {
        // The reminder of 7 February covered F1 and F2, overdue on that day; F3 fell due after it.
        func invoice(_ reference: String, due: String) -> LedgerEntry {
            LedgerEntry(date: Self.day("2026-01-01"), kind: .invoice, reference: reference, debtorID: "D1",
                        amount: Money(minorUnits: 10_000), dueDate: Self.day(due))
        }
        let book = Book(
            creditor: Creditor(name: "Test SAS"),
            debtors: [Debtor(id: "D1", name: "Client Un", address1: "1 rue A", postcode: "69001", city: "Lyon", email: "a@b.fr")],
            ledger: [invoice("F1", due: "2026-01-31"), invoice("F2", due: "2026-02-05"), invoice("F3", due: "2026-02-14")],
            interactions: [Interaction(day: Self.day("2026-02-07"), debtorID: "D1", kind: .reminder1, channel: .email, sequence: 0)],
            rates: RateTable([
                HalfYear(year: 2026, half: 1): HalfYearRates(ecb: PercentRate(parsing: "2.15")!, legalPrivate: PercentRate(parsing: "6.67")!,
                                                           legalOther: PercentRate(parsing: "2.62")!),
            ]))
        let plan = LetterPlan(try Receivables(book: book, asOf: Self.day("2026-02-22")))
        let letter = try #require(plan.letters.first)
        #expect(letter.invoices.map(\.reference) == ["F1", "F2", "F3"])
        let lines = LetterFactsWording.recap(letter).compactMap { value -> String? in
            guard case .object(let fields) = value, case .text(let text)? = fields["text"] else { return nil }
            return text
        }
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("Factures n° F1, F2, échues le 31 janvier 2026") == true, "\(lines)")
        #expect(lines.first?.hasSuffix("rappelées le 7 février 2026 (e-mail).") == true, "\(lines)")
        #expect(lines.last == "Facture n° F3, arrivée à échéance le 14 février 2026 : nous vous la rappelons ici pour la première fois.", "\(lines)")
    }
}
