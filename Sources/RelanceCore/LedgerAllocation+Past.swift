/// One debtor's allocation at an earlier day, cut from a later one instead of computed again.
///
/// Allocation takes the ledger in date order and decides each settlement from what is known on
/// its date (`WeeklyHistory` relies on the same property), so the allocation as of an earlier day
/// is the later one with only what is dated on or before that day: the invoices issued by then,
/// the settlements dated by then, and what those left of each credit. One rule looks ahead: a
/// credit naming an invoice dated after it is kept whole for that invoice until it exists, where
/// the later allocation settled it at once; on such days the cut is refused and the caller
/// computes the allocation from the rows.
///
/// A case file reconstructs each letter of a long log at its own date; computing the allocation
/// again at each date was a quarter of that work (sorting, hashing the references, the pass).
extension LedgerAllocation {
    /// The allocation of the same rows as of `day`, or nil where it cannot be cut: a day after this
    /// allocation's, a day before the debtor's first row, a day a credit is kept for a later
    /// invoice, a repeated reference, or an allocation of more than one debtor. `ledger`: the rows
    /// this allocation was computed from.
    func past(at day: Day, ledger: [LedgerEntry]) -> LedgerAllocation? {
        guard day <= asOf, accounts.count == 1, !hasDuplicateReferences,
              !creditsNamingLaterInvoices.contains(where: { $0.from <= day && day <= $0.until }),
              ledger.contains(where: { $0.date <= day }) else { return nil }
        let cutOff = day.ordinal

        // The invoices issued by then keep their order (file order); each keeps the settlements
        // dated by then, in the order the pass made them.
        var newIndex = [Int32](repeating: -1, count: invoices.count)
        var kept: [InvoiceAccount] = [], closed: [Int32] = [], days: [Int32] = [], dues: [Int32] = []
        kept.reserveCapacity(invoices.count)
        closed.reserveCapacity(invoices.count)
        days.reserveCapacity(invoices.count)
        dues.reserveCapacity(invoices.count)
        var appliedFrom = [Int64](repeating: 0, count: ledger.count)
        var appliedToLater = Money.zero
        for index in invoices.indices where invoiceDays[index] <= cutOff {
            newIndex[index] = Int32(kept.count)
            var account = invoices[index]
            if account.allocations.contains(where: { $0.date > day }) {
                account.allocations = account.allocations.filter { $0.date <= day }
            }
            var balance = account.entry.amount
            for settlement in account.allocations {
                balance -= settlement.amount
                appliedFrom[settlement.entryIndex] += settlement.amount.minorUnits
                if settlement.isFromEarlierCredit { appliedToLater += settlement.amount }
            }
            account.balance = balance
            kept.append(account)
            closed.append(balance.isPositive ? Int32.max : closedOn[index])
            days.append(invoiceDays[index])
            dues.append(dueDays[index])
        }

        // The FIFO order is the later one's without the invoices not issued yet.
        var fifo: [Int32] = [], rank = [Int32](repeating: 0, count: kept.count)
        fifo.reserveCapacity(kept.count)
        for old in fifoOrder where newIndex[Int(old)] >= 0 {
            rank[Int(newIndex[Int(old)])] = Int32(fifo.count)
            fifo.append(newIndex[Int(old)])
        }
        let referenceInvoice = self.referenceInvoice.map { $0 >= 0 ? newIndex[Int($0)] : -1 }

        // The credits dated by then: what they did not settle is unallocated, in allocation order
        // (date, credit notes first, file order). Amounts are positive, so a credit naming an
        // invoice the ledger does not hold, which settles nothing, is there whole.
        var account = DebtorLedger()
        account.invoiceIndices = Array(kept.indices)
        account.appliedToLaterInvoices = appliedToLater
        var left: [(key: UInt64, credit: UnallocatedCredit)] = []
        var ignored = 0
        // Fields read in place: a copy of a row would retain its five strings.
        for index in ledger.indices {
            guard ledger[index].date <= day else { ignored += 1; continue }
            let amount = ledger[index].amount, kind = ledger[index].kind
            switch kind {
            case .invoice:
                account.invoiced += amount
                continue
            case .creditNote: account.credited += amount
            case .payment: account.paid += amount
            }
            let remaining = amount.minorUnits - appliedFrom[index]
            if remaining > 0 {
                left.append((Settlement.key(date: ledger[index].date, kind: kind, entryIndex: index),
                             UnallocatedCredit(entryIndex: index, amount: Money(minorUnits: remaining))))
            }
        }
        left.sort { $0.key < $1.key }
        account.unallocated = left.map(\.credit)

        return LedgerAllocation(
            cutFrom: self, asOf: day, invoices: kept, account: account, ignoredEntries: ignored, closedOn: closed,
            fifoOrder: fifo, fifoRank: rank, paymentOrder: paymentOrder.filter { ledger[Int($0)].date <= day },
            referenceInvoice: referenceInvoice, invoiceDays: days, dueDays: dues,
            // Those whose invoice was issued by then; the ones waiting on the day were refused above.
            creditsNamingLaterInvoices: creditsNamingLaterInvoices.filter { $0.until < day })
    }
}
