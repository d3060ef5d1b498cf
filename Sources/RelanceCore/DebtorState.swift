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

    public var id: String { debtor.id }
    public var outstanding: Money { openInvoices.map(\.outstanding).sum() }
    public var overdue: Money { openInvoices.filter(\.isOverdue).map(\.outstanding).sum() }
    public var notDue: Money { openInvoices.filter { !$0.isOverdue }.map(\.outstanding).sum() }
    public var disputed: Money { openInvoices.filter(\.disputed).map(\.outstanding).sum() }
    public var unallocatedTotal: Money { unallocated.map(\.amount).sum() }
    public var penalties: Money { openInvoices.map(\.penalties.total).sum() }
    public var indemnities: Money { openInvoices.map(\.indemnity).sum() }
    public var oldestDaysPastDue: Int { openInvoices.map(\.daysPastDue).max() ?? 0 }
}
