/// Outstanding, overdue and over-90-days balances at several dates, from one allocation whose
/// settlements are dated (`WeeklyHistory`).
enum HistoryBalances {
    struct Sums: Sendable {
        var outstanding = Money.zero
        var overdue = Money.zero
        var over90 = Money.zero
    }

    /// Slices of about 64k invoices: enough to share the work between cores, few enough partial sums.
    static func slices(count: Int) -> [Range<Int>] {
        let size = 1 << 16
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// The sums at each of `dates` over `invoices`, leaving out the debtors `replayed` computes
    /// apart at that date.
    static func add(allocation: LedgerAllocation, invoices: Range<Int>, dates: [Day], replayed: ReplayedDebtors?) -> [Sums] {
        var sums = [Sums](repeating: Sums(), count: dates.count)
        guard let first = dates.first?.ordinal, let last = dates.last?.ordinal else { return sums }
        for index in invoices {
            // Most invoices were settled before the first date, or issued after the last: decided on
            // the compact arrays, without touching the invoice itself.
            let issued = allocation.invoiceDays[index], closedOn = allocation.closedOn[index]
            guard closedOn > first, issued <= last else { continue }
            let slot = allocation.invoiceSlot[index]
            let due = allocation.dueDays[index]
            for t in dates.indices {
                let day = dates[t].ordinal
                // Open at the end of that day: issued by then, not yet settled in full.
                guard issued <= day, day < closedOn else { continue }
                if let replayed, replayed.isRecomputed(slot: slot, at: t) { continue }
                let balance = allocation.invoices[index].balance(endOf: dates[t])
                guard balance.isPositive else { continue }
                sums[t].outstanding += balance
                let daysPastDue = Int(day) - Int(due)
                if daysPastDue >= 1 { sums[t].overdue += balance }
                if daysPastDue > WeeklyHistory.longOverdueDays { sums[t].over90 += balance }
            }
        }
        return sums
    }
}
