/// The claim as the cover of a case file states it, and the judicial route it calls for
/// (legal-fr.md §7). Only what is due can be claimed: the route is decided on the overdue principal
/// plus penalties or interest (those of invoices paid late included), the fixed indemnities
/// excluded (R125-1 CPCE), and without the time-barred invoices, which are never claimed (Code
/// civil 2219, 2229).
public struct CaseClaim: Sendable, Hashable {
    /// Balances of the open invoices past their due date and not time-barred.
    public let principalDue: Money
    /// Balances not yet due: shown, not claimable yet.
    public let principalNotDue: Money
    public let penalties: Money
    public let indemnities: Money
    public let unallocated: Money
    /// Balances of the time-barred invoices: shown apart, never claimed.
    public let barred: Money
    /// Penalties and indemnities of the invoices paid late, when claimed.
    public let settledPenalties: Money
    public let settledIndemnities: Money
    /// Everything claimed: the décompte's grand total.
    public var total: Money { principalDue + principalNotDue + penalties + indemnities + settledPenalties + settledIndemnities }
    /// What the simplified procedure's ceiling is compared with: the penalties of invoices paid
    /// late count as interest.
    public var principalAndInterest: Money { principalDue + penalties + settledPenalties }
    public let debtorKind: Debtor.Kind

    public init(principalDue: Money, principalNotDue: Money, penalties: Money, indemnities: Money,
                unallocated: Money, barred: Money = .zero, settledPenalties: Money = .zero,
                settledIndemnities: Money = .zero, debtorKind: Debtor.Kind) {
        self.principalDue = principalDue; self.principalNotDue = principalNotDue; self.penalties = penalties
        self.indemnities = indemnities; self.unallocated = unallocated; self.barred = barred
        self.settledPenalties = settledPenalties; self.settledIndemnities = settledIndemnities; self.debtorKind = debtorKind
    }

    public init(_ state: DebtorState) {
        self.init(principalDue: state.claimableOverdue, principalNotDue: state.notDue, penalties: state.penalties,
                  indemnities: state.indemnities, unallocated: state.unallocatedTotal, barred: state.timeBarred,
                  settledPenalties: state.settledPenalties, settledIndemnities: state.settledIndemnities,
                  debtorKind: state.debtor.kind)
    }

    public var route: RecoveryRoute {
        RecoveryRoute.recommend(principalAndInterest: principalAndInterest, debtorKind: debtorKind)
    }

    /// Nothing due, or nothing that is not time-barred: no route to recommend.
    public var hasClaim: Bool { principalAndInterest.isPositive }
}
