/// Where the amicable procedure has run its course: debtors whose mise en demeure has expired
/// unanswered (the file goes to a lawyer now), and debtors already handed over. The weekly plan
/// lists them apart from the week's letters: what they need is a decision, not another reminder.
public struct EndOfSchedule: Sendable {
    public struct ExpiredNotice: Sendable {
        public let debtor: Debtor
        /// The date of the mise en demeure, its avis de réception when logged, and the last day of
        /// the time it gave (the handover is due the day after).
        public let noticeOn: Day
        public let deliveredOn: Day?
        public let deadline: Day
        /// The overdue balances still claimable.
        public let amount: Money
    }

    public struct HandedOver: Sendable {
        public let debtor: Debtor
        public let on: Day
        public let amount: Money
    }

    /// The oldest expiry first, then the largest amount.
    public let expiredNotices: [ExpiredNotice]
    /// The largest amount first.
    public let handedOver: [HandedOver]

    public init(_ r: Receivables) {
        var expired: [ExpiredNotice] = []
        var handed: [HandedOver] = []
        for state in r.debtors {
            var claimable = Money.zero
            for invoice in state.openInvoices where invoice.isClaimablyOverdue { claimable += invoice.outstanding }
            if state.stage == .handedOver,
               let line = state.interactions.last(where: { $0.kind.escalationLevel == .handedOver }) {
                handed.append(HandedOver(debtor: state.debtor, on: line.day, amount: claimable))
            } else if let next = state.nextAction, next.kind == .handover, next.on <= r.asOf,
                      let notice = state.interactions.last(where: { $0.kind.escalationLevel == .formalNotice }) {
                expired.append(ExpiredNotice(
                    debtor: state.debtor, noticeOn: notice.day, deliveredOn: notice.deliveredOn,
                    deadline: (notice.deliveredOn ?? notice.day) + r.book.policy.noticeDeadline, amount: claimable))
            }
        }
        expiredNotices = expired.enumerated().sorted { a, b in
            if a.element.deadline != b.element.deadline { return a.element.deadline < b.element.deadline }
            if a.element.amount != b.element.amount { return a.element.amount > b.element.amount }
            return a.offset < b.offset
        }.map(\.element)
        handedOver = handed.enumerated().sorted { a, b in
            a.element.amount != b.element.amount ? a.element.amount > b.element.amount : a.offset < b.offset
        }.map(\.element)
    }
}
