/// The claim as the cover of a case file states it, and the judicial route it calls for
/// (assets/docs/legal-rules.md §7). Only what is exigible is claimed:
/// - time-barred invoices never (Code civil 2219, 2229), shown apart;
/// - invoices not yet due not yet;
/// - invoices under a payment plan that is being kept only for the instalments already due
///   (art. 1305: the others are not exigible), their penalties shown and claimed once the plan
///   is broken; and no route is recommended while it runs;
/// - the penalties and indemnities of invoices paid late, when the creditor claims them.
/// The route is decided on the principal plus penalties or interest (those of invoices paid late
/// included), the fixed indemnities excluded (R125-1 CPCE).
public struct CaseClaim: Sendable, Hashable {
    /// Balances of the open invoices past their due date, not time-barred, outside a running plan,
    /// plus the instalments a running plan makes exigible.
    public let principalDue: Money
    /// Balances not yet due: shown, not claimed.
    public let principalNotDue: Money
    public let penalties: Money
    public let indemnities: Money
    public let unallocated: Money
    /// Balances of the time-barred invoices: shown apart, never claimed.
    public let barred: Money
    /// Penalties and indemnities of the invoices paid late, when claimed.
    public let settledPenalties: Money
    public let settledIndemnities: Money
    /// A payment plan being kept: what it leaves not yet exigible, and the penalties and indemnities
    /// of its invoices, computed and shown, claimed only if it is broken.
    public let underPlan: PlanTerm?
    public let debtorKind: Debtor.Kind

    public struct PlanTerm: Sendable, Hashable {
        public let notYetExigible: Money
        public let penaltiesHeldBack: Money
        public let indemnitiesHeldBack: Money
    }

    /// Everything claimed: what a request would ask for.
    public var total: Money { principalDue + penalties + indemnities + settledPenalties + settledIndemnities }
    /// What the simplified procedure's ceiling is compared with: the penalties of invoices paid
    /// late count as interest.
    public var principalAndInterest: Money { principalDue + penalties + settledPenalties }
    /// The same with the indemnities: above the ceiling when principal and interest are not.
    public var withIndemnities: Money { principalAndInterest + indemnities + settledIndemnities }

    public init(principalDue: Money, principalNotDue: Money, penalties: Money, indemnities: Money,
                unallocated: Money, barred: Money = .zero, settledPenalties: Money = .zero,
                settledIndemnities: Money = .zero, underPlan: PlanTerm? = nil, debtorKind: Debtor.Kind) {
        self.principalDue = principalDue; self.principalNotDue = principalNotDue; self.penalties = penalties
        self.indemnities = indemnities; self.unallocated = unallocated; self.barred = barred
        self.settledPenalties = settledPenalties; self.settledIndemnities = settledIndemnities
        self.underPlan = underPlan; self.debtorKind = debtorKind
    }

    public init(_ state: DebtorState, asOf: Day) {
        var planned = Set<Int>()
        var exigible = Money.zero
        for plan in state.plans where plan.status == .active {
            planned.formUnion(plan.coveredEntries)
            exigible += plan.exigible(on: asOf)
        }
        var due = Money.zero, penalties = Money.zero, indemnities = Money.zero
        var plannedBalance = Money.zero, heldPenalties = Money.zero, heldIndemnities = Money.zero
        for invoice in state.openInvoices where !invoice.isTimeBarred {
            if planned.contains(invoice.account.entryIndex) {
                plannedBalance += invoice.outstanding
                heldPenalties += invoice.penalties.total
                heldIndemnities += invoice.indemnity
                continue
            }
            if invoice.isOverdue { due += invoice.outstanding }
            penalties += invoice.penalties.total
            indemnities += invoice.indemnity
        }
        let underPlan: PlanTerm? = planned.isEmpty ? nil : {
            let claimed = min(exigible, plannedBalance)
            due += claimed
            return PlanTerm(notYetExigible: plannedBalance - claimed, penaltiesHeldBack: heldPenalties,
                            indemnitiesHeldBack: heldIndemnities)
        }()
        self.init(principalDue: due, principalNotDue: state.notDue, penalties: penalties, indemnities: indemnities,
                  unallocated: state.unallocatedTotal, barred: state.timeBarred,
                  settledPenalties: state.settledPenalties, settledIndemnities: state.settledIndemnities,
                  underPlan: underPlan, debtorKind: state.debtor.kind)
    }

    public var route: RecoveryRoute {
        RecoveryRoute.recommend(principalAndInterest: principalAndInterest, debtorKind: debtorKind)
    }

    /// Something is claimable and no payment plan is running: a route can be recommended.
    public var hasClaim: Bool { principalAndInterest.isPositive && underPlan == nil }
}
