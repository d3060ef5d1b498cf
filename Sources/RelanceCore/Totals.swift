/// The headline figures of the dashboard and summary.json.
public struct Totals: Hashable, Sendable {
    public var outstanding = Money.zero
    public var overdue = Money.zero
    public var notDue = Money.zero
    public var disputed = Money.zero
    public var unallocatedCredit = Money.zero
    public var penalties = Money.zero
    public var indemnities = Money.zero
    /// The part of `overdue` made of time-barred invoices.
    public var timeBarred = Money.zero
    /// Penalties and indemnities claimed on invoices paid late.
    public var settledPenalties = Money.zero
    public var settledIndemnities = Money.zero

    public init() {}

    mutating func add(_ debtor: DebtorState) {
        outstanding += debtor.outstanding
        overdue += debtor.overdue
        notDue += debtor.notDue
        disputed += debtor.disputed
        unallocatedCredit += debtor.unallocatedTotal
        penalties += debtor.penalties
        indemnities += debtor.indemnities
        timeBarred += debtor.timeBarred
        settledPenalties += debtor.settledPenalties
        settledIndemnities += debtor.settledIndemnities
    }
}

/// Days sales outstanding over the last 90 days of invoicing.
public struct DaysSalesOutstanding: Hashable, Sendable {
    /// Invoiced in the 90 days up to and including the build date.
    public let invoiced: Money
    /// outstanding ÷ invoiced × 90, in whole days; nil when nothing was invoiced.
    public let days: Int?

    /// The one DSO rule, for the build date and for each week of the history.
    init(outstanding: Money, invoiced: Money) {
        let window = PolicyWindows.salesOutstandingDays
        self.invoiced = invoiced
        days = invoiced.isPositive
            ? Rounding.wholeDaysHalfUp(
                numerator: Int128(outstanding.minorUnits) * Int128(window), denominator: Int128(invoiced.minorUnits))
            : nil
    }
}
