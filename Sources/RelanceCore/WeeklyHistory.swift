/// The trend without a database (assets/docs/book-format.md, "Weekly history"): the book holds
/// every dated entry, so the figures a build would have reported 1 to 12 weeks ago are computed
/// from it, in one pass over the invoices, rather than by 12 more builds.
///
/// Why one pass is exact: allocation takes the ledger in date order and decides each settlement
/// from what is known on its date, so the allocation as of an earlier day is the prefix of today's:
/// an invoice's balance at the end of day d is its amount less the settlements dated on or before d
/// (`InvoiceAccount.balance(endOf:)`). One rule looks ahead: a payment naming a later invoice is
/// kept whole for it until that invoice exists, while today's allocation has already spread its
/// surplus over the debtor's other invoices on the payment's date. The few debtors with such a
/// payment are recomputed at each date from their own rows, which gives the same figures as a
/// build at that date.
public struct WeeklyHistory: Sendable {
    /// 12 weeks back, then the build date: 13 points, oldest first.
    public static let weeks = 12
    /// Promises and disputes are counted in the 7 days up to each point.
    public static let windowDays = 7
    /// `over_90`: the balances more than this many days past due.
    public static let longOverdueDays = 90

    public let points: [HistoryPoint]

    public init(_ r: Receivables) {
        let dates = (0...Self.weeks).map { r.asOf - Self.windowDays * (Self.weeks - $0) }
        let allocation = r.allocation
        let replayed = ReplayedDebtors(r, dates: dates)
        var points = dates.map { HistoryPoint(asOf: $0) }

        // Balances: every invoice of the debtors whose allocation is a prefix of today's, in
        // parallel over slices, each slice adding up its own 13 points.
        let slices = HistoryBalances.slices(count: allocation.invoices.count)
        let partials = Parallel.map(count: slices.count) { slice in
            HistoryBalances.add(allocation: allocation, invoices: slices[slice], dates: dates, replayed: replayed)
        }
        for partial in partials { for t in points.indices { points[t].add(partial[t]) } }
        for replay in replayed.replays {
            for (t, own) in replay.allocations {
                points[t].add(HistoryBalances.add(allocation: own, invoices: 0..<own.invoices.count, dates: [dates[t]], replayed: nil)[0])
            }
        }

        // Invoicing (DSO, count-back DSO) and cash collected, from the registered entries.
        let invoicing = DailyInvoicing(allocation)
        // The payments on or before the build date, through the allocation's list of them.
        let ledger = r.book.ledger
        let earliest = dates[0] - (Self.windowDays - 1)
        for position in allocation.paymentOrder.indices {
            let index = Int(allocation.paymentOrder[position])
            let paidOn = ledger[index].date
            guard paidOn >= earliest else { continue }
            for t in points.indices where paidOn <= dates[t] && paidOn > dates[t] - Self.windowDays {
                points[t].collected += ledger[index].amount
            }
        }
        for t in points.indices {
            points[t].setSalesOutstanding(invoicing: invoicing)
        }

        // Promises and disputes from the log: each interaction seen once.
        CommitmentCounts.add(r, replayed: replayed, dates: dates, to: &points)
        self.points = points
    }
}

/// One week's figures, as a build at `asOf` reports them.
public struct HistoryPoint: Hashable, Sendable {
    public let asOf: Day
    public internal(set) var outstanding = Money.zero
    public internal(set) var overdue = Money.zero
    /// More than 90 days past due.
    public internal(set) var over90 = Money.zero
    /// The dashboard's DSO (`DaysSalesOutstanding`): nil when nothing was invoiced in 90 days.
    public internal(set) var dsoDays: Int?
    /// Count-back DSO in tenths of a day: going back from `asOf`, the days whose invoicing adds up
    /// to the outstanding, the last one counted pro rata.
    public internal(set) var countBackTenths = 0
    /// Payments dated in the 7 days up to `asOf`.
    public internal(set) var collected = Money.zero
    /// Promises whose date falls in those 7 days; those that became broken in them (due + grace +
    /// 1 day in the window, an invoice they cover still open at `asOf`).
    public internal(set) var promisesDue = 0
    public internal(set) var promisesBroken = 0
    /// `dispute` lines dated in those 7 days.
    public internal(set) var disputesNew = 0

    init(asOf: Day) { self.asOf = asOf }

    mutating func add(_ balances: HistoryBalances.Sums) {
        outstanding += balances.outstanding
        overdue += balances.overdue
        over90 += balances.over90
    }

    mutating func setSalesOutstanding(invoicing: DailyInvoicing) {
        let days = PolicyWindows.salesOutstandingDays
        let invoiced = invoicing.total(from: asOf - (days - 1), through: asOf)
        dsoDays = DaysSalesOutstanding(outstanding: outstanding, invoiced: invoiced).days
        countBackTenths = invoicing.countBackTenths(outstanding: outstanding, asOf: asOf)
    }
}
