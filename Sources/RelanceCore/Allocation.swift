/// One settlement (lettrage): part of a payment or credit note applied to one invoice.
public struct Allocation: Hashable, Sendable {
    /// Index of the settling payment or credit note in `Book.ledger`.
    public let entryIndex: Int
    public let kind: LedgerEntry.Kind
    /// The day the settlement takes effect on the invoice: the credit's own date, or, for a credit
    /// received before the invoice existed (a deposit), the invoice's date.
    public let date: Day
    public let amount: Money
    /// The settling entry's own date: a deposit applied to a later invoice restarts prescription at
    /// the day it was paid.
    public let paidOn: Day

    public init(entryIndex: Int, kind: LedgerEntry.Kind, date: Day, amount: Money, paidOn: Day? = nil) {
        self.entryIndex = entryIndex; self.kind = kind; self.date = date; self.amount = amount
        self.paidOn = paidOn ?? date
    }

    /// Applied from the debtor's earlier unallocated credit when the invoice was issued.
    public var isFromEarlierCredit: Bool { paidOn < date }
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
    /// Earlier unallocated credit applied to invoices issued after it (Code civil 1342-10, 1347).
    public var appliedToLaterInvoices = Money.zero

    public var unallocatedTotal: Money {
        var total = Money.zero
        for credit in unallocated { total += credit.amount }
        return total
    }
}

/// Entries that were read but lie after the build date.
public struct IgnoredEntries: Sendable, Hashable {
    public var ledger = 0
    public var interactions = 0
}
