/// A letter as it stood on the date of the log line that records it, for a case file whose log has
/// no copy of the letter sent (the exhibit is then a regenerated copy, marked as such).
///
/// The figures are those of that date: the debtor's account is computed (`PastAccount`) on a
/// sub-book holding only this debtor's rows. Allocation is per debtor (a payment never settles
/// another debtor's invoice), so the sub-book gives exactly the balances and penalties the whole
/// book gave on that date, at the cost of the debtor's own rows.
public enum LetterAtDate {
    /// A letter to regenerate: the log line that records it and the level it was.
    public struct Request: Sendable {
        public let line: Interaction
        public let level: LetterLevel
        public init(line: Interaction, level: LetterLevel) { self.line = line; self.level = level }
    }

    public static func make(for line: Interaction, level: LetterLevel, state: DebtorState, in r: Receivables)
        throws(ComputationError) -> Letter? {
        try letters(for: [Request(line: line, level: level)], state: state, in: r)[0]
    }

    /// The letters of `requests`, in their order (nil where the line covered nothing open on its
    /// date). The debtor's rows are gathered once and the past is computed once per distinct date,
    /// in date order, keeping one date's figures at a time: a log with thousands of reminders costs
    /// (distinct dates × this debtor's rows) and the memory of one date, not one full computation
    /// per reminder, which made a 14,000-reminder case file run for hours.
    public static func letters(for requests: [Request], state: DebtorState, in r: Receivables)
        throws(ComputationError) -> [Letter?] {
        guard !requests.isEmpty else { return [] }
        let book = r.book
        let ledger = debtorLedger(state.id, in: r)
        // Interactions in date order, so that each date's sub-book takes a prefix of them: lines
        // after the date would be ignored by the computation anyway.
        let interactions = state.interactions.sorted { ($0.day, $0.sequence) < ($1.day, $1.sequence) }
        var results = [Letter?](repeating: nil, count: requests.count)
        let byDay = Dictionary(grouping: requests.indices, by: { requests[$0].line.day })
        // The allocation at the last date is computed; at the others it is cut from that one
        // (`LedgerAllocation.past(at:ledger:)`), or computed from the rows where it cannot be.
        let days = byDay.keys.sorted()
        let latest = LedgerAllocation(ledger: ledger, asOf: days.last!, debtors: [state.debtor],
                                      interactions: interactions.filter { $0.day <= days.last! })
        var prefix = 0
        for day in days {
            while prefix < interactions.count, interactions[prefix].day <= day { prefix += 1 }
            let sub = Book(
                creditor: book.creditor, policy: book.policy, penalties: book.penalties, currency: book.currency,
                debtors: [state.debtor], ledger: ledger,
                interactions: Array(interactions[..<prefix]), rates: book.rates, invoiceFiles: [:])
            let requested = byDay[day] ?? []
            let then = try PastAccount(book: sub, debtor: state.debtor, asOf: day, calculator: r.penaltyCalculator,
                                       settledLate: requested.contains { requests[$0].level == .formalNotice },
                                       allocation: day == latest.asOf ? latest : latest.past(at: day, ledger: ledger))
            for index in requested {
                results[index] = letter(for: requests[index], state: state, then: then, ledger: ledger, calculator: r.penaltyCalculator,
                                        policy: book.policy)
            }
        }
        return results
    }

    /// The letter of one request from the debtor's figures on the line's date.
    private static func letter(for request: Request, state: DebtorState, then: PastAccount, ledger: [LedgerEntry],
                               calculator: PenaltyCalculator, policy: CollectionPolicy) -> Letter? {
        let line = request.line, level = request.level
        guard let past = then.state else { return nil }
        let debtorInvoices = then.allocation.debtors[state.id]?.invoiceIndices ?? []
        let covered = Set(Coverage(allocation: then.allocation).invoices(of: line, debtorInvoices: debtorInvoices)
            .map { then.allocation.invoices[$0].entry.reference })
        // A letter never claimed an invoice time-barred on its date.
        let invoices = past.openInvoices.filter { covered.contains($0.reference) && !$0.isTimeBarred }
        guard !invoices.isEmpty else { return nil }
        // The steps before this line in log order: a prefix of the debtor's lines, which are in log order.
        let end = past.interactions.partitionPoint(where: { !$0.precedesInLog(line) })
        let recall = LetterHistory.earlierSteps(of: past, concerning: covered, allocation: then.allocation, end: end)
        return Letter(
            level: level, debtor: state.debtor, channel: channel(of: line, level: level, debtor: state.debtor),
            date: line.day, dueSince: line.day,
            reference: LetterReference.make(debtorID: state.id, level: level, date: line.day),
            invoices: invoices,
            paymentDeadline: level.isAmicable ? line.day + policy.paymentDeadline : nil,
            noticeDeadlineDays: level.isAmicable ? nil : policy.noticeDeadline,
            history: recall.steps, historyStartedOn: recall.firstStep?.day, tracking: line.tracking,
            settledLate: level == .formalNotice ? past.settledLate : [], unallocatedCredit: past.unallocatedTotal,
            facts: LetterFacts.make(state: past, invoices: invoices, allocation: then.allocation, ledger: ledger, end: end),
            claimsPenalties: level.number >= policy.letterPenaltiesFrom,
            dailyAccrual: level == .formalNotice
                ? DailyAccrual.amount(balances: invoices.map(\.outstanding), debtorKind: state.debtor.kind,
                                      calculator: calculator, on: line.day)
                : nil)
    }

    /// The debtor's ledger rows on or before the build date, in file order.
    static func debtorLedger(_ id: String, in r: Receivables) -> [LedgerEntry] {
        r.allocation.entryIndices(ofDebtor: id).map { r.book.ledger[$0] }
    }

    /// The channel the line names, or the one the escalation would have chosen.
    static func channel(of line: Interaction, level: LetterLevel, debtor: Debtor) -> Action.Channel {
        switch line.channel {
        case .email: return .email
        case .letter: return .letter
        case .registeredLetter, .electronicRegisteredLetter: return .registeredLetter
        case .phone, .visit, .portal, nil:
            switch level {
            case .reminder1: return debtor.hasEmail ? .email : .letter
            case .reminder2: return .letter
            case .reminder3, .formalNotice: return .registeredLetter
            }
        }
    }
}
