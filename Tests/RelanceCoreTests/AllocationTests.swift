import Testing
@testable import RelanceCore

@Suite struct AllocationTests {
    let asOf = day("2026-06-15")

    @Test func explicitPaymentSettlesUpToTheBalanceAndKeepsTheRest() {
        let ledger = [
            invoice("F1", "D", "100.00", date: "2026-01-01", due: "2026-01-31"),
            payment("P1", "D", "150.00", date: "2026-02-01", appliesTo: "F1"),
        ]
        let a = LedgerAllocation(ledger: ledger, asOf: asOf)
        #expect(a.invoice(reference: "F1")?.balance == .zero)
        #expect(a.debtors["D"]?.unallocatedTotal == euros("50.00"))
        #expect(a.invariantViolations().isEmpty)
    }

    @Test func fifoSettlesOldestDueDateFirstThenReference() {
        let ledger = [
            invoice("F2", "D", "100.00", date: "2026-01-01", due: "2026-02-28"),
            invoice("F1b", "D", "100.00", date: "2026-01-01", due: "2026-01-31"),
            invoice("F1a", "D", "100.00", date: "2026-01-01", due: "2026-01-31"),
            payment("P1", "D", "150.00", date: "2026-03-01"),
        ]
        let a = LedgerAllocation(ledger: ledger, asOf: asOf)
        #expect(a.invoice(reference: "F1a")?.balance == .zero)
        #expect(a.invoice(reference: "F1b")?.balance == euros("50.00"))
        #expect(a.invoice(reference: "F2")?.balance == euros("100.00"))
    }

    @Test func creditReceivedBeforeAnInvoiceIsAppliedOnTheInvoiceDate() {
        let ledger = [
            payment("P0", "D", "99.90", date: "2026-01-15"),
            invoice("F1", "D", "120.00", date: "2026-02-15", due: "2026-02-15"),
        ]
        let a = LedgerAllocation(ledger: ledger, asOf: asOf)
        #expect(a.invoice(reference: "F1")?.balance == euros("20.10"))
        #expect(a.debtors["D"]?.unallocatedTotal == .zero)
        let settlement = a.invoice(reference: "F1")?.allocations.first
        #expect(settlement?.date == day("2026-02-15"))
        #expect(settlement?.paidOn == day("2026-01-15"))
        #expect(a.creditAppliedToLaterInvoices == euros("99.90"))
    }

    @Test func creditNotesComeBeforePaymentsOnTheSameDate() {
        let ledger = [
            invoice("F1", "D", "100.00", date: "2026-01-01", due: "2026-01-31"),
            payment("P1", "D", "100.00", date: "2026-02-01"),
            creditNote("A1", "D", "30.00", date: "2026-02-01"),
        ]
        let a = LedgerAllocation(ledger: ledger, asOf: asOf)
        let f1 = a.invoice(reference: "F1")!
        #expect(f1.allocations.map(\.kind) == [.creditNote, .payment])
        #expect(a.debtors["D"]?.unallocatedTotal == euros("30.00"))
    }

    @Test func entriesAfterTheBuildDateAreIgnoredAndCounted() {
        let ledger = [
            invoice("F1", "D", "100.00", date: "2026-01-01", due: "2026-01-31"),
            payment("P1", "D", "100.00", date: "2026-07-01"),
            invoice("F2", "D", "100.00", date: "2026-07-01", due: "2026-07-31"),
        ]
        let a = LedgerAllocation(ledger: ledger, asOf: asOf)
        #expect(a.ignoredEntries == 2)
        #expect(a.invoice(reference: "F2") == nil)
        #expect(a.invoice(reference: "F1")?.balance == euros("100.00"))
    }

    @Test func paymentNamingAnIgnoredInvoiceStaysUnallocated() {
        let ledger = [
            invoice("F1", "D", "100.00", date: "2026-01-01", due: "2026-01-31"),
            invoice("F2", "D", "100.00", date: "2026-07-01", due: "2026-07-31"),
            payment("P1", "D", "100.00", date: "2026-06-01", appliesTo: "F2"),
        ]
        let a = LedgerAllocation(ledger: ledger, asOf: asOf)
        #expect(a.invoice(reference: "F1")?.balance == euros("100.00"))
        #expect(a.debtors["D"]?.unallocatedTotal == euros("100.00"))
    }

    @Test func invariantHoldsOnAMixedLedger() {
        var ledger: [LedgerEntry] = []
        for i in 0..<40 {
            ledger.append(invoice("F\(i)", "D\(i % 3)", "\(100 + i).25", date: "2026-01-\(10 + i % 15)", due: "2026-02-\(10 + i % 15)"))
        }
        for i in 0..<25 {
            ledger.append(payment("P\(i)", "D\(i % 3)", "\(70 + 3 * i).10", date: "2026-03-\(10 + i % 15)"))
        }
        ledger.append(creditNote("A1", "D1", "500.00", date: "2026-03-01", appliesTo: "F1"))
        let a = LedgerAllocation(ledger: ledger, asOf: asOf)
        #expect(a.invariantViolations().isEmpty)
        let b = try? Receivables(book: makeBook(debtors: [business("D0"), business("D1"), business("D2")], ledger: ledger), asOf: asOf)
        #expect(b?.reconciliation.balances == true)
    }
}

/// Ids and references are matched as Swift strings: a decomposed `é` is the same as a precomposed one.
@Suite struct CanonicalEquivalenceTests {
    let asOf = day("2026-06-15")

    @Test func aDecomposedIdOrReferenceNamesTheSameDebtorOrInvoice() {
        let precomposed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        let ledger = [
            invoice("F\u{E9}1", precomposed, "100.00", date: "2026-01-01", due: "2026-01-31"),
            invoice("F2", precomposed, "50.00", date: "2026-01-02", due: "2026-02-01"),
            payment("P1", decomposed, "100.00", date: "2026-02-01", appliesTo: "Fe\u{301}1"),
            payment("P2", decomposed, "20.00", date: "2026-02-02"),
        ]
        let a = LedgerAllocation(ledger: ledger, asOf: asOf)
        #expect(a.invoice(reference: "F\u{E9}1")?.balance == .zero)
        #expect(a.invoice(reference: "F2")?.balance == euros("30.00"))
        #expect(a.debtors.count == 1)
        #expect(a.invariantViolations().isEmpty)
    }
}
