/// The amounts invoiced per day, for the DSO and the count-back DSO of past dates.
struct DailyInvoicing: Sendable {
    /// Days with an invoice, ascending, and the total invoiced on each.
    private let days: [Day]
    private let amounts: [Money]
    /// `prefix[k]` = Σ amounts[0..<k].
    private let prefix: [Money]

    init(_ allocation: LedgerAllocation) {
        var byDay: [Int32: Money] = [:]
        for index in allocation.invoices.indices {
            byDay[allocation.invoiceDays[index], default: .zero] += allocation.invoices[index].entry.amount
        }
        let ordered = byDay.keys.sorted()
        days = ordered.map { Day(ordinal: $0) }
        amounts = ordered.map { byDay[$0]! }
        var running = Money.zero
        var prefix = [Money.zero]
        for amount in amounts { running += amount; prefix.append(running) }
        self.prefix = prefix
    }

    /// Σ invoiced from `first` through `last`, both included.
    func total(from first: Day, through last: Day) -> Money {
        prefix[days.partitionPoint { $0 > last }] - prefix[days.partitionPoint { $0 >= first }]
    }

    /// Going back from `asOf`, the number of days (in tenths, half-up) whose invoicing adds up to
    /// `outstanding`: whole days back to the day that completes it, counted pro rata.
    func countBackTenths(outstanding: Money, asOf: Day) -> Int {
        guard outstanding.isPositive else { return 0 }
        var position = days.partitionPoint { $0 > asOf } - 1
        var covered = Money.zero
        while position >= 0 {
            let amount = amounts[position]
            if covered + amount >= outstanding {
                let whole = asOf - days[position]
                let rest = Int128((outstanding - covered).minorUnits) * 10
                return whole * 10 + Rounding.wholeDaysHalfUp(numerator: rest, denominator: Int128(amount.minorUnits))
            }
            covered += amount
            position -= 1
        }
        // More outstanding than was ever invoiced cannot happen (a balance never exceeds its
        // invoice): count back to the first invoice.
        return days.first.map { (asOf - $0 + 1) * 10 } ?? 0
    }
}
