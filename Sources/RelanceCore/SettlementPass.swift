/// A payment or credit note reduced to what settling it needs: the date-ordered pass reads this
/// compact array rather than ledger entries (five strings each, retained one by one, all over
/// memory), whose cache misses would make it the slowest step of a million-entry allocation.
struct Settlement {
    /// Date, credit note (0) before payment (1), then position in the ledger: the allocation order.
    let key: UInt64
    let amount: Int64
    let slot: Int32
    /// The invoice `applies_to` names; `fifo` when blank, `unregistered` when it names no invoice
    /// of the build (dated after the build date), so the amount stays unallocated.
    var target: Int32

    static let fifo: Int32 = -1
    static let unregistered: Int32 = -2

    init(date: Day, kind: LedgerEntry.Kind, entryIndex: Int, amount: Money, slot: Int) {
        key = Settlement.key(date: date, kind: kind, entryIndex: entryIndex)
        self.amount = amount.minorUnits
        self.slot = Int32(slot)
        target = Settlement.fifo
    }

    /// The allocation order as one integer: date, credit note before payment, position in the ledger.
    static func key(date: Day, kind: LedgerEntry.Kind, entryIndex: Int) -> UInt64 {
        let day = UInt64(UInt32(bitPattern: date.ordinal) ^ 0x8000_0000)
        return day << 32 | UInt64(kind == .creditNote ? 0 : 1) << 31 | UInt64(entryIndex)
    }

    var entryIndex: Int { Int(key & 0x7FFF_FFFF) }
    var kind: LedgerEntry.Kind { key >> 31 & 1 == 0 ? .creditNote : .payment }
    var date: Day { Day(ordinal: Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32) ^ 0x8000_0000)) }
}

/// What is left of a payment or credit note once it has settled what it could, kept in allocation
/// order (its settlement's key).
struct CreditLeft {
    let key: UInt64
    var amount: Int64

    var entryIndex: Int { Int(key & 0x7FFF_FFFF) }
    var kind: LedgerEntry.Kind { key >> 31 & 1 == 0 ? .creditNote : .payment }
    var date: Day { Day(ordinal: Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32) ^ 0x8000_0000)) }
}

/// Per debtor slot, what the pass carries from one settlement to the next.
struct DebtorPassState {
    /// Unallocated credit still available to later invoices, oldest first (Code civil 1342-10, 1347).
    var pool: [CreditLeft] = []
    /// Credit kept for an invoice dated after the build date (`applies_to` names it): never applied elsewhere.
    var reserved: [CreditLeft] = []
    /// The next position of the debtor's arrival order (invoices by date) not yet issued in the pass.
    var nextArrival: Int32 = 0
}

/// Applies settlements to the allocation's storage (assets/docs/book-format.md, "Allocation", revised 2026-12):
/// the invoices are issued on their dates, and before each credit every invoice dated on or before
/// it; a named invoice is settled up to its balance, a blank credit settles the debtor's open
/// invoices dated on or before it, oldest due date first; what is left over settles the debtor's
/// other open invoices at once, then waits in the debtor's pool for its next invoices, each settled
/// on its own date, oldest credit first. Blank credits, leftovers and the pool pass over an invoice
/// that is time-barred on the credit's date (the debtor has no interest in paying it, 1342-10).
///
/// Works on the storage through pointers so that several threads can settle different debtors at
/// once: a debtor's settlements touch only its own invoices, account and state. Unchecked Sendable
/// for that reason; `LedgerAllocation.settleAll` hands each debtor to one thread only.
struct SettlementPass: @unchecked Sendable {
    let settlements: UnsafeBufferPointer<Settlement>
    let invoices: UnsafeMutableBufferPointer<InvoiceAccount>
    let accounts: UnsafeMutableBufferPointer<DebtorLedger>
    let closedOn: UnsafeMutableBufferPointer<Int32>
    let balances: UnsafeMutableBufferPointer<Int64>
    /// Per debtor: the first position of its FIFO list that may still be open.
    let cursors: UnsafeMutableBufferPointer<Int32>
    let states: UnsafeMutableBufferPointer<DebtorPassState>
    let fifoOrder: [Int32]
    let fifoStart: [Int32]
    /// Each debtor's invoices by date, then due date, then reference: the order they are issued in.
    let arrivalOrder: [Int32]
    let invoiceDays: [Int32]
    let prescription: AllocationPrescription

    /// Settles the settlement at `position`, after issuing the debtor's invoices dated on or before it.
    func settle(_ position: Int) {
        let settlement = settlements[position]
        let slot = Int(settlement.slot)
        issueInvoices(ofSlot: slot, through: settlement.date.ordinal)
        var left = CreditLeft(key: settlement.key, amount: settlement.amount)
        if settlement.target == Settlement.unregistered {
            states[slot].reserved.append(left)
            return
        }
        if settlement.target >= 0 {
            left.amount = apply(left, to: Int(settlement.target), on: settlement.date)
        }
        left.amount = settleOpenInvoices(left, slot: slot)
        if left.amount > 0 { states[slot].pool.append(left) }
    }

    /// Issues the rest of the debtor's invoices (all are dated on or before the build date) and keeps
    /// what no invoice absorbed as its unallocated credit, in allocation order.
    func finish(slot: Int) {
        issueInvoices(ofSlot: slot, through: Int32.max)
        var left = states[slot].pool + states[slot].reserved
        guard !left.isEmpty else { return }
        left.sort { $0.key < $1.key }
        for credit in left {
            accounts[slot].unallocated.append(UnallocatedCredit(entryIndex: credit.entryIndex, amount: Money(minorUnits: credit.amount)))
        }
        states[slot].pool = []
        states[slot].reserved = []
    }

    /// Issues the debtor's invoices dated on or before `day` not issued yet: each takes what it can
    /// of the pool, as a settlement dated on its own date.
    private func issueInvoices(ofSlot slot: Int, through day: Int32) {
        let end = fifoStart[slot + 1]
        var next = fifoStart[slot] + states[slot].nextArrival
        while next < end {
            let invoiceIndex = Int(arrivalOrder[Int(next)])
            guard invoiceDays[invoiceIndex] <= day else { break }
            next += 1
            guard !states[slot].pool.isEmpty, balances[invoiceIndex] > 0 else { continue }
            let issued = Day(ordinal: invoiceDays[invoiceIndex])
            guard !prescription.isBarred(invoiceIndex, on: issued.ordinal) else { continue }
            var taken = 0
            for k in states[slot].pool.indices {
                let credit = states[slot].pool[k]
                let remaining = apply(credit, to: invoiceIndex, on: issued)
                accounts[slot].appliedToLaterInvoices += Money(minorUnits: credit.amount - remaining)
                states[slot].pool[k].amount = remaining
                if remaining > 0 { break }
                taken += 1
            }
            states[slot].pool.removeFirst(taken)
        }
        states[slot].nextArrival = next - fifoStart[slot]
    }

    /// A blank credit, or what is left of a named one: the debtor's invoices dated on or before it,
    /// still open and not time-barred on its date, oldest due date first. Returns what is left.
    private func settleOpenInvoices(_ credit: CreditLeft, slot: Int) -> Int64 {
        var credit = credit
        // Settled invoices never reopen: the walk starts at the debtor's first one still open.
        let end = Int(fifoStart[slot + 1])
        var position = Int(cursors[slot])
        while position < end && balances[Int(fifoOrder[position])] <= 0 { position += 1 }
        cursors[slot] = Int32(position)
        let date = credit.date, day = date.ordinal
        while position < end && credit.amount > 0 {
            let invoiceIndex = Int(fifoOrder[position])
            if invoiceDays[invoiceIndex] <= day && balances[invoiceIndex] > 0
                && !prescription.isBarred(invoiceIndex, on: day) {
                credit.amount = apply(credit, to: invoiceIndex, on: date)
            }
            position += 1
        }
        return credit.amount
    }

    /// Settles up to the invoice's balance, dated `date`; returns what is left of the credit.
    private func apply(_ credit: CreditLeft, to invoiceIndex: Int, on date: Day) -> Int64 {
        let settled = min(credit.amount, balances[invoiceIndex])
        guard settled > 0 else { return credit.amount }
        balances[invoiceIndex] -= settled
        if balances[invoiceIndex] == 0 { closedOn[invoiceIndex] = date.ordinal }
        let kind = credit.kind
        invoices[invoiceIndex].allocations.append(Allocation(
            entryIndex: credit.entryIndex, kind: kind, date: date, amount: Money(minorUnits: settled), paidOn: credit.date))
        if kind == .payment { prescription.restart(invoiceIndex, on: credit.date.ordinal) }
        return credit.amount - settled
    }
}
