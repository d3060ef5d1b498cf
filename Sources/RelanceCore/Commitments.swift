/// A promise to pay and where it stands on the build date.
public struct PromiseState: Sendable {
    public enum Status: String, Sendable { case active, kept, broken }
    public let interaction: Interaction
    /// Indices into `LedgerAllocation.invoices`.
    public let coveredInvoices: [Int]
    public let status: Status
    /// The day after which the promise counts as broken: `due` + grace.
    public let lastDay: Day
}

/// A payment plan (échéancier) and where it stands on the build date.
public struct PaymentPlanState: Sendable {
    public enum Status: String, Sendable { case active, kept, broken }
    public struct Instalment: Sendable {
        public let date: Day
        public let amount: Money
        /// The day the debtor's payments reached the cumulative sum through this instalment, if they did.
        public let metOn: Day?
    }
    public let interaction: Interaction
    /// Indices into `LedgerAllocation.invoices`.
    public let coveredInvoices: [Int]
    /// The same invoices as indices into `Book.ledger`.
    public let coveredEntries: [Int]
    public let instalments: [Instalment]
    public let status: Status
    /// For a broken plan, the first instalment left unmet past its grace.
    public let lateInstalment: Instalment?
    /// The debtor's payments dated after the plan, on or before the build date.
    public let paid: Money

    /// What the plan makes exigible on `day` (art. 1305 Code civil: the instalments not yet due are
    /// not): the instalments dated on or before it, less what was paid since the plan.
    public func exigible(on day: Day) -> Money {
        var due = Money.zero
        for instalment in instalments where instalment.date <= day { due += instalment.amount }
        return due > paid ? due - paid : .zero
    }
}

/// Why escalation is on hold for a debtor.
public enum PauseReason: String, Sendable, Comparable {
    case none, promise, paymentPlan = "payment_plan", dispute
    /// Collective proceedings: no action, whatever else (L622-21 C. com.).
    case insolvency

    /// Priority: dispute, then payment plan, then promise.
    private var priority: Int {
        switch self {
        case .none: return 0
        case .promise: return 1
        case .paymentPlan: return 2
        case .dispute: return 3
        case .insolvency: return 4
        }
    }

    public static func < (a: PauseReason, b: PauseReason) -> Bool { a.priority < b.priority }
}
