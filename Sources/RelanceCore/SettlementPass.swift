/// A payment or credit note reduced to what settling it needs: the date-ordered pass reads this
/// compact array, where it used to copy ledger entries (five strings each, retained one by one)
/// from all over memory, which cache misses made the slowest step of a million-entry allocation.
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
        let day = UInt64(UInt32(bitPattern: date.ordinal) ^ 0x8000_0000)
        key = day << 32 | UInt64(kind == .creditNote ? 0 : 1) << 31 | UInt64(entryIndex)
        self.amount = amount.minorUnits
        self.slot = Int32(slot)
        target = Settlement.fifo
    }

    var entryIndex: Int { Int(key & 0x7FFF_FFFF) }
    var kind: LedgerEntry.Kind { key >> 31 & 1 == 0 ? .creditNote : .payment }
    var date: Day { Day(ordinal: Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32) ^ 0x8000_0000)) }
}

/// Applies settlements to the allocation's storage (book-format.md, "Allocation"): a named invoice
/// up to its balance, else the debtor's open invoices dated on or before the settlement, oldest due
/// date first; what is left stays an unallocated credit.
///
/// Works on the storage through pointers so that several threads can settle different debtors at
/// once: a debtor's settlements touch only its own invoices, account and FIFO cursor. Unchecked
/// Sendable for that reason; `LedgerAllocation.settleAll` hands each debtor to one thread only.
struct SettlementPass: @unchecked Sendable {
    let settlements: UnsafeBufferPointer<Settlement>
    let invoices: UnsafeMutableBufferPointer<InvoiceAccount>
    let accounts: UnsafeMutableBufferPointer<DebtorLedger>
    let closedOn: UnsafeMutableBufferPointer<Int32>
    let balances: UnsafeMutableBufferPointer<Int64>
    /// Per debtor: the first position of its FIFO list that may still be open.
    let cursors: UnsafeMutableBufferPointer<Int32>
    let fifoOrder: [Int32]
    let fifoStart: [Int32]
    let invoiceDays: [Int32]

    func settle(_ position: Int) {
        let settlement = settlements[position]
        var remaining = settlement.amount
        let slot = Int(settlement.slot)
        if settlement.target >= 0 {
            remaining = apply(remaining, of: settlement, to: Int(settlement.target))
        } else if settlement.target == Settlement.fifo {
            // Settled invoices never reopen: the walk starts at the debtor's first one still open.
            let end = Int(fifoStart[slot + 1])
            var position = Int(cursors[slot])
            while position < end && balances[Int(fifoOrder[position])] <= 0 { position += 1 }
            cursors[slot] = Int32(position)
            let day = settlement.date.ordinal
            while position < end && remaining > 0 {
                let invoiceIndex = Int(fifoOrder[position])
                if invoiceDays[invoiceIndex] <= day && balances[invoiceIndex] > 0 {
                    remaining = apply(remaining, of: settlement, to: invoiceIndex)
                }
                position += 1
            }
        }
        if remaining > 0 {
            accounts[slot].unallocated.append(
                UnallocatedCredit(entryIndex: settlement.entryIndex, amount: Money(minorUnits: remaining)))
        }
    }

    private func apply(_ amount: Int64, of settlement: Settlement, to invoiceIndex: Int) -> Int64 {
        let settled = min(amount, balances[invoiceIndex])
        guard settled > 0 else { return amount }
        balances[invoiceIndex] -= settled
        if balances[invoiceIndex] == 0 { closedOn[invoiceIndex] = settlement.date.ordinal }
        invoices[invoiceIndex].allocations.append(Allocation(
            entryIndex: settlement.entryIndex, kind: settlement.kind, date: settlement.date,
            amount: Money(minorUnits: settled)))
        return amount - settled
    }
}
