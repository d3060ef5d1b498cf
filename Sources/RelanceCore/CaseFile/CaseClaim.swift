/// The claim as the cover of a case file states it, and the judicial route it calls for
/// (legal-fr.md §7). Only what is due can be claimed: the route is decided on the overdue principal
/// plus penalties or interest, the fixed indemnities excluded (R125-1 CPCE), and without the
/// time-barred invoices, which can no longer be brought before a court (Code civil 2219, 2229).
public struct CaseClaim: Sendable, Hashable {
    /// Balances of the open invoices past their due date.
    public let principalDue: Money
    /// Balances not yet due: shown, not claimable yet.
    public let principalNotDue: Money
    public let penalties: Money
    public let indemnities: Money
    public let unallocated: Money
    /// Balance plus penalties of the time-barred invoices: shown, not claimable.
    public let barred: Money
    /// principalDue + principalNotDue + penalties + indemnities: the décompte's grand total.
    public var total: Money { principalDue + principalNotDue + penalties + indemnities }
    /// What the simplified procedure's ceiling is compared with.
    public var principalAndInterest: Money { principalDue + penalties - barred }
    public let debtorKind: Debtor.Kind

    public init(principalDue: Money, principalNotDue: Money, penalties: Money, indemnities: Money,
                unallocated: Money, barred: Money = .zero, debtorKind: Debtor.Kind) {
        self.principalDue = principalDue; self.principalNotDue = principalNotDue; self.penalties = penalties
        self.indemnities = indemnities; self.unallocated = unallocated; self.barred = barred; self.debtorKind = debtorKind
    }

    public init(_ state: DebtorState) {
        self.init(principalDue: state.overdue, principalNotDue: state.notDue, penalties: state.penalties,
                  indemnities: state.indemnities, unallocated: state.unallocatedTotal,
                  barred: state.openInvoices.filter { $0.prescriptionStatus == .barred }
                      .map { $0.outstanding + $0.penalties.total }.sum(),
                  debtorKind: state.debtor.kind)
    }

    public var route: RecoveryRoute {
        RecoveryRoute.recommend(principalAndInterest: principalAndInterest, debtorKind: debtorKind)
    }

    /// Nothing due, or nothing that is not time-barred: no route to recommend.
    public var hasClaim: Bool { principalAndInterest.isPositive }
}
