/// A letter as it stood on the date of the log line that records it, for a case file whose log has
/// no copy of the letter sent (the exhibit is then a regenerated copy, marked as such).
///
/// The figures are those of that date: `Receivables` runs on a sub-book holding only this debtor's
/// rows. Allocation is per debtor (a payment never settles another debtor's invoice), so the
/// sub-book gives exactly the balances and penalties the whole book gave on that date, at the cost
/// of the debtor's own rows.
public enum LetterAtDate {
    public static func make(for line: Interaction, level: LetterLevel, state: DebtorState, in r: Receivables)
        throws(ComputationError) -> Letter? {
        let book = r.book
        let sub = Book(
            creditor: book.creditor, policy: book.policy, penalties: book.penalties, currency: book.currency,
            debtors: [state.debtor], ledger: debtorLedger(state.id, in: r),
            interactions: state.interactions, rates: book.rates, invoiceFiles: [:])
        let then = try Receivables(book: sub, asOf: line.day)
        guard let past = then.debtors.first else { return nil }
        let debtorInvoices = then.allocation.debtors[state.id]?.invoiceIndices ?? []
        let covered = Set(Coverage(allocation: then.allocation).invoices(of: line, debtorInvoices: debtorInvoices)
            .map { then.allocation.invoices[$0].entry.reference })
        let invoices = past.openInvoices.filter { covered.contains($0.reference) }
        guard !invoices.isEmpty else { return nil }
        let history = LetterHistory.earlierSteps(
            of: past, concerning: covered, allocation: then.allocation, through: line.day
        ).filter { $0.precedesInLog(line) }
        let policy = book.policy
        return Letter(
            level: level, debtor: state.debtor, channel: channel(of: line, level: level, debtor: state.debtor),
            date: line.day, dueSince: line.day,
            reference: LetterReference.make(debtorID: state.id, level: level, date: line.day),
            invoices: invoices,
            paymentDeadline: level.isAmicable ? line.day + policy.paymentDeadline : nil,
            noticeDeadlineDays: level.isAmicable ? nil : policy.noticeDeadline,
            history: history, tracking: line.tracking)
    }

    /// The debtor's ledger rows on or before the build date, in file order, found through the
    /// allocation rather than by scanning the whole ledger: its invoices, and every payment or credit
    /// note that settled one of them or stayed unallocated on its account (together, all of them).
    static func debtorLedger(_ id: String, in r: Receivables) -> [LedgerEntry] {
        guard let account = r.allocation.debtors[id] else { return [] }
        var indices = Set<Int>()
        for invoiceIndex in account.invoiceIndices {
            let invoice = r.allocation.invoices[invoiceIndex]
            indices.insert(invoice.entryIndex)
            for settlement in invoice.allocations { indices.insert(settlement.entryIndex) }
        }
        for credit in account.unallocated { indices.insert(credit.entryIndex) }
        return indices.sorted().map { r.book.ledger[$0] }
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
