/// The letters a build proposes: one per reminder or formal-notice action due on or before the
/// build date + `[letters] horizon_days` (the week's letters, prepared on Monday), dated the build
/// date, for the debtor's invoices overdue and undisputed on that date. Letters that cannot be written
/// (no postal address for a postal channel) or must not be (a row of the debtor was rejected, so its
/// account may be wrong; collective proceedings forbid any action) are kept aside with their reason,
/// never dropped.
public struct LetterPlan: Sendable {
    /// In the order of the actions (date, then debtor id): the order of the print batch.
    public let letters: [Letter]
    public let blocked: [BlockedLetter]

    public init(_ r: Receivables) {
        var letters: [Letter] = []
        var blocked: [BlockedLetter] = []
        // Positions, not copies of the states: at 100k debtors a table of states took 110 MB at the build's peak.
        let positionByID = Dictionary(r.debtors.indices.map { (r.debtors[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let horizon = r.asOf + r.book.policy.letterHorizon
        for action in r.actions where action.on <= horizon {
            guard let level = LetterLevel(action.kind), let position = positionByID[action.debtorID] else { continue }
            let state = r.debtors[position]
            let debtor = state.debtor
            if r.debtorsWithRejectedRows[debtor.id] != nil {
                blocked.append(BlockedLetter(
                    level: level, debtor: debtor, channel: action.channel, dueSince: action.on, reason: .rejectedRows))
                continue
            }
            if action.channel != .email, !debtor.hasPostalAddress {
                blocked.append(BlockedLetter(
                    level: level, debtor: debtor, channel: action.channel, dueSince: action.on, reason: .missingPostalAddress))
                continue
            }
            let letter = LetterPlan.letter(level: level, action: action, state: state, in: r)
            // A letter speaks of invoices: a debt that is none (a returned cheque read from a FEC)
            // is left out of it, and a letter left with nothing to claim is not written.
            let otherDebts = r.book.otherDebts
            guard otherDebts.isEmpty || !letter.invoices.isEmpty || !letter.settledLate.isEmpty else {
                blocked.append(BlockedLetter(
                    level: level, debtor: debtor, channel: action.channel, dueSince: action.on, reason: .noInvoiceToClaim))
                continue
            }
            letters.append(letter)
        }
        // The letters collective proceedings forbid come last, by date then debtor (the states are
        // in debtor order, and the positions break ties).
        let forbidden = r.debtors.indices.compactMap { position -> (Int, BlockedLetter)? in
            let state = r.debtors[position]
            guard let step = state.forbiddenStep, let level = LetterLevel(step.kind) else { return nil }
            return (position, BlockedLetter(
                level: level, debtor: state.debtor, channel: step.channel, dueSince: step.on, reason: .collectiveProceedings))
        }
        blocked += forbidden.sorted { ($0.1.dueSince, $0.0) < ($1.1.dueSince, $1.0) }.map(\.1)
        self.letters = letters
        self.blocked = blocked
    }

    /// Letters per level, every level present (zero included), for the summary.
    /// Counted, not filtered: a filter copies the letters, 30 MB per level at 91,656 letters.
    public var countsByLevel: [(LetterLevel, Int)] {
        var counts: [LetterLevel: Int] = [:]
        for letter in letters { counts[letter.level, default: 0] += 1 }
        return LetterLevel.allCases.map { level in (level, counts[level] ?? 0) }
    }

    static func letter(level: LetterLevel, action: Action, state: DebtorState, in r: Receivables) -> Letter {
        // Instalments of a plan being kept that are not yet due are not exigible (art. 1305 Code
        // civil): a letter never claims the invoices a running plan covers.
        let planned = Set(state.plans.filter { $0.status == .active }.flatMap(\.coveredEntries))
        let concerned = Set(action.invoices)
        let invoices = state.openInvoices.filter {
            concerned.contains($0.reference) && !planned.contains($0.account.entryIndex) && $0.isInvoice
        }
        let policy = r.book.policy
        let recall = LetterHistory.earlierSteps(of: state, concerning: concerned, allocation: r.allocation)
        return Letter(
            level: level, debtor: state.debtor, channel: action.channel, date: r.asOf, dueSince: action.on,
            reference: LetterReference.make(debtorID: state.id, level: level, date: r.asOf),
            invoices: invoices,
            paymentDeadline: level.isAmicable ? r.asOf + policy.paymentDeadline : nil,
            noticeDeadlineDays: level.isAmicable ? nil : policy.noticeDeadline,
            history: recall.steps, historyStartedOn: recall.firstStep?.day,
            // Claims on invoices paid late go in the mise en demeure, never in reminders 1–3.
            settledLate: level == .formalNotice ? state.settledLate : [],
            unallocatedCredit: state.unallocatedTotal,
            facts: LetterFacts.make(state: state, invoices: invoices, allocation: r.allocation, ledger: r.book.ledger),
            claimsPenalties: level.number >= policy.letterPenaltiesFrom,
            dailyAccrual: level == .formalNotice
                ? DailyAccrual.amount(balances: invoices.map(\.outstanding), debtorKind: state.debtor.kind,
                                      calculator: r.penaltyCalculator, on: r.asOf)
                : nil)
    }
}
