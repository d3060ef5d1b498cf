/// One settlement (lettrage): part of a payment or credit note applied to one invoice.
public struct Allocation: Hashable, Sendable {
    /// Index of the settling payment or credit note in `Book.ledger`.
    public let entryIndex: Int
    public let kind: LedgerEntry.Kind
    public let date: Day
    public let amount: Money
}

/// An invoice of the build (dated on or before the build date) and what settled it.
public struct InvoiceAccount: Sendable {
    /// Index of the invoice in `Book.ledger`.
    public let entryIndex: Int
    public let entry: LedgerEntry
    /// In allocation order (date order, credit notes before payments on one date, then file order).
    public internal(set) var allocations: [Allocation] = []
    public internal(set) var balance: Money

    public var dueDate: Day { entry.dueDate! }

    /// The balance at the end of `day`: the amount less every settlement dated on or before it.
    public func balance(endOf day: Day) -> Money {
        var result = entry.amount
        for allocation in allocations where allocation.date <= day { result -= allocation.amount }
        return result
    }

    /// Whether the invoice existed and was still open at the end of `day`.
    public func isOpen(endOf day: Day) -> Bool {
        entry.date <= day && balance(endOf: day).isPositive
    }
}

/// What was left over from a payment or credit note: kept on the debtor's account, never lost.
public struct UnallocatedCredit: Hashable, Sendable {
    public let entryIndex: Int
    public let amount: Money
}

/// The debtor's side of the allocation: its invoices and its unallocated credits.
public struct DebtorLedger: Sendable {
    public var invoiceIndices: [Int] = []      // into `LedgerAllocation.invoices`
    public var unallocated: [UnallocatedCredit] = []
    public var invoiced = Money.zero
    public var credited = Money.zero
    public var paid = Money.zero

    public var unallocatedTotal: Money { unallocated.map(\.amount).sum() }
}

/// Entries that were read but lie after the build date.
public struct IgnoredEntries: Sendable, Hashable {
    public var ledger = 0
    public var interactions = 0
}

/// The allocation of a book's ledger as of a build date (book-format.md, "Allocation").
public struct LedgerAllocation: Sendable {
    public private(set) var invoices: [InvoiceAccount] = []
    public private(set) var debtors: [String: DebtorLedger] = [:]
    public private(set) var ignoredEntries = 0
    private var invoiceByReference: [String: Int] = [:]

    public func invoice(reference: String) -> InvoiceAccount? {
        invoiceByReference[reference].map { invoices[$0] }
    }

    public init(ledger: [LedgerEntry], asOf: Day) {
        for (index, entry) in ledger.enumerated() where entry.kind == .invoice {
            guard entry.date <= asOf else { ignoredEntries += 1; continue }
            invoiceByReference[entry.reference] = invoices.count
            debtors[entry.debtorID, default: DebtorLedger()].invoiceIndices.append(invoices.count)
            debtors[entry.debtorID, default: DebtorLedger()].invoiced += entry.amount
            invoices.append(InvoiceAccount(entryIndex: index, entry: entry, balance: entry.amount))
        }
        var settlements: [Int] = []
        for (index, entry) in ledger.enumerated() where entry.kind != .invoice {
            if entry.date <= asOf { settlements.append(index) } else { ignoredEntries += 1 }
        }
        // Credit notes before payments on one date, each in file order.
        settlements.sort { a, b in
            let ea = ledger[a], eb = ledger[b]
            if ea.date != eb.date { return ea.date < eb.date }
            let ka = ea.kind == .creditNote ? 0 : 1, kb = eb.kind == .creditNote ? 0 : 1
            if ka != kb { return ka < kb }
            return a < b
        }
        // Open invoices per debtor, kept in FIFO order (due date, then reference) once, not per payment.
        var fifo: [String: [Int]] = [:]
        for (debtorID, account) in debtors {
            fifo[debtorID] = account.invoiceIndices.sorted { a, b in
                let ia = invoices[a], ib = invoices[b]
                if ia.dueDate != ib.dueDate { return ia.dueDate < ib.dueDate }
                return ia.entry.reference.precedesInCodePointOrder(ib.entry.reference)
            }
        }
        for index in settlements {
            settle(ledger[index], entryIndex: index, fifo: &fifo)
        }
    }

    private mutating func settle(_ entry: LedgerEntry, entryIndex: Int, fifo: inout [String: [Int]]) {
        var remaining = entry.amount
        if entry.kind == .creditNote {
            debtors[entry.debtorID, default: DebtorLedger()].credited += entry.amount
        } else {
            debtors[entry.debtorID, default: DebtorLedger()].paid += entry.amount
        }
        if let target = entry.appliesTo {
            // A named invoice dated after the build date is not registered: the amount stays unallocated.
            if let invoiceIndex = invoiceByReference[target] {
                remaining = apply(remaining, of: entry, entryIndex: entryIndex, to: invoiceIndex)
            }
        } else if let candidates = fifo[entry.debtorID] {
            for invoiceIndex in candidates where remaining.isPositive {
                let invoice = invoices[invoiceIndex]
                guard invoice.entry.date <= entry.date, invoice.balance.isPositive else { continue }
                remaining = apply(remaining, of: entry, entryIndex: entryIndex, to: invoiceIndex)
            }
        }
        if remaining.isPositive {
            debtors[entry.debtorID, default: DebtorLedger()].unallocated
                .append(UnallocatedCredit(entryIndex: entryIndex, amount: remaining))
        }
    }

    private mutating func apply(_ amount: Money, of entry: LedgerEntry, entryIndex: Int, to invoiceIndex: Int) -> Money {
        let settled = min(amount, invoices[invoiceIndex].balance)
        guard settled.isPositive else { return amount }
        invoices[invoiceIndex].balance -= settled
        invoices[invoiceIndex].allocations.append(
            Allocation(entryIndex: entryIndex, kind: entry.kind, date: entry.date, amount: settled))
        return amount - settled
    }

    /// The contract's invariant, per debtor: invoices − credit notes − payments = Σ open balances − unallocated.
    /// Returns the ids of the debtors for which it fails (a bug, never a property of the book).
    public func invariantViolations() -> [String] {
        debtors.compactMap { debtorID, account in
            let left = account.invoiced - account.credited - account.paid
            let open = account.invoiceIndices.map { invoices[$0].balance }.sum()
            return left == open - account.unallocatedTotal ? nil : debtorID
        }.sorted { $0.precedesInCodePointOrder($1) }
    }
}
