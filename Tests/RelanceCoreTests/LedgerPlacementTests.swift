import Testing
@testable import RelanceCore

/// Every ledger entry read is in exactly one place, and every amount is accounted for to the cent.
@Suite struct LedgerPlacementTests {
    static let ledger = [
        invoice("F1", "D1", "100.00", date: "2026-01-01", due: "2026-01-31"),            // settled
        invoice("F2", "D1", "300.00", date: "2026-01-02", due: "2026-02-01"),            // open, partly paid
        payment("P1", "D1", "150.00", date: "2026-02-10"),                                // F1 100 + F2 50
        creditNote("A1", "D2", "80.00", date: "2026-02-11"),                              // G1 50 on 01/03, 30 unallocated
        invoice("G1", "D2", "50.00", date: "2026-03-01", due: "2026-03-31"),              // settled by the earlier credit
        payment("P2", "D1", "400.00", date: "2026-07-01"),                                // after the build date
        invoice("F3", "D1", "70.00", date: "2026-07-02", due: "2026-08-01"),              // after the build date
    ]
    static let asOf = day("2026-06-15")

    @Test func eachEntryHasOnePlace() {
        let allocation = LedgerAllocation(ledger: Self.ledger, asOf: Self.asOf)
        let placement = LedgerPlacement(ledger: Self.ledger, allocation: allocation, asOf: Self.asOf)
        #expect(placement.violations == [])
        #expect(placement.openInvoices == 1)
        #expect(placement.settledInvoices == 2)
        #expect(placement.allocatedSettlements == 1)
        #expect(placement.settlementsWithUnallocatedCredit == 1)
        #expect(placement.ignored == 2)
        #expect(placement.placed == Self.ledger.count)
    }

    @Test func aCentMissingFromASettlementIsFound() {
        // The allocation ran on the true ledger; the ledger checked says P1 was 150,01 €.
        let allocation = LedgerAllocation(ledger: Self.ledger, asOf: Self.asOf)
        var altered = Self.ledger
        altered[2].amount = euros("150.01")
        let placement = LedgerPlacement(ledger: altered, allocation: allocation, asOf: Self.asOf)
        #expect(placement.violations.count == 1)
        #expect(placement.violations.first?.contains("P1") == true)
    }

    @Test func anEntryTheAllocationNeverSawIsFound() {
        let allocation = LedgerAllocation(ledger: Self.ledger, asOf: Self.asOf)
        let longer = Self.ledger + [payment("P9", "D1", "10.00", date: "2026-03-01")]
        let placement = LedgerPlacement(ledger: longer, allocation: allocation, asOf: Self.asOf)
        #expect(placement.violations.contains { $0.contains("P9") })
    }

    @Test func anInvoiceChangedAfterAllocationIsFound() {
        let allocation = LedgerAllocation(ledger: Self.ledger, asOf: Self.asOf)
        var altered = Self.ledger
        altered[1].amount = euros("299.99")
        let placement = LedgerPlacement(ledger: altered, allocation: allocation, asOf: Self.asOf)
        #expect(placement.violations.contains { $0.contains("F2") })
    }

    @Test func theComputationRefusesABookWhoseEntriesAreOutOfPlace() throws {
        // Through Receivables, the check runs on every build.
        let book = makeBook(debtors: [business("D1"), business("D2")], ledger: Self.ledger)
        let r = try Receivables(book: book, asOf: Self.asOf)
        #expect(r.placement.placed == Self.ledger.count)
        #expect(r.placement.ignored == r.reconciliation.ledgerEntriesIgnored)
    }
}
