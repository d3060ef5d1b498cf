/// A debtor as of the build date: its open invoices, its account and where collection stands.
public struct DebtorState: Sendable {
    public let debtor: Debtor
    /// Open invoices (balance > 0), by due date then reference.
    public let openInvoices: [InvoiceState]
    public let unallocated: [UnallocatedCredit]
    public let stage: EscalationStage
    public let paused: PauseReason
    public let nextAction: Action?
    /// Actions of this debtor within the window (next action, calls, promises and instalments due).
    public let actions: [Action]
    public let promises: [PromiseState]
    public let plans: [PaymentPlanState]
    /// Interactions on or before the build date, in log order.
    public let interactions: [Interaction]
    /// Invoices paid late whose penalties and indemnity are claimed, by due date then reference.
    public let settledLate: [SettledLateInvoice]
    /// The escalation step collective proceedings forbid (L622-21 C. com.), when it falls within the
    /// action window: no action is proposed, but its letter is listed as blocked with that reason.
    public var forbiddenStep: Action? = nil

    public var id: String { debtor.id }
    // Plain loops: these run for every debtor in the totals and again on every page, and the
    // filter-map-sum chains they replace built two arrays each time.
    public var outstanding: Money { sum { _ in true } }
    public var overdue: Money { sum(\.isOverdue) }
    public var notDue: Money { sum { !$0.isOverdue } }
    public var disputed: Money { sum(\.disputed) }
    /// Balances of the time-barred invoices: in the books, never claimed.
    public var timeBarred: Money { sum(\.isTimeBarred) }
    public var settledPenalties: Money { Self.total(settledLate) { $0.penalties.total } }
    public var settledIndemnities: Money { Self.total(settledLate, \.indemnity) }
    public var unallocatedTotal: Money { Self.total(unallocated, \.amount) }
    public var penalties: Money { Self.total(openInvoices) { $0.penalties.total } }
    public var indemnities: Money { Self.total(openInvoices, \.indemnity) }
    public var oldestDaysPastDue: Int { openInvoices.map(\.daysPastDue).max() ?? 0 }

    /// Σ `amount` over `items`, in a plain loop (no intermediate array).
    private static func total<Item>(_ items: [Item], _ amount: (Item) -> Money) -> Money {
        var total = Money.zero
        for item in items { total += amount(item) }
        return total
    }

    /// The outstanding balances of the open invoices that satisfy `condition`.
    private func sum(_ condition: (InvoiceState) -> Bool) -> Money {
        var total = Money.zero
        for invoice in openInvoices where condition(invoice) { total += invoice.outstanding }
        return total
    }
}
