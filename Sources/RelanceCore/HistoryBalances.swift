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

    /// The sums at each of `dates` over `invoices`, leaving out the debtors whose slots are in
    /// `skipping` (computed apart).
    static func add(allocation: LedgerAllocation, invoices: Range<Int>, dates: [Day], skipping: Set<Int32>) -> [Sums] {
        var sums = [Sums](repeating: Sums(), count: dates.count)
        for index in invoices {
            if !skipping.isEmpty && skipping.contains(allocation.invoiceSlot[index]) { continue }
            let account = allocation.invoices[index]
            let closedOn = allocation.closedOn[index]
            for t in dates.indices {
                let day = dates[t]
                // Open at the end of that day: issued by then, not yet settled in full.
                guard account.entry.date <= day, day.ordinal < closedOn else { continue }
                let balance = account.balance(endOf: day)
                guard balance.isPositive else { continue }
                sums[t].outstanding += balance
                let daysPastDue = day - account.dueDate
                if daysPastDue >= 1 { sums[t].overdue += balance }
                if daysPastDue > WeeklyHistory.longOverdueDays { sums[t].over90 += balance }
            }
        }
        return sums
    }
}
