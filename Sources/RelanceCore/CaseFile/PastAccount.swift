/// One debtor's account as it stood on an earlier day, for the letters Relance reconstructs: the
/// allocation of the debtor's own rows on that day and the debtor's state from it, computed as
/// `Receivables` computes each debtor, without what a whole book's computation adds around it
/// (placement and reconciliation checks, totals, actions, alerts) that a letter does not use. A
/// bundled debtor of a long history has one of these per date a letter was sent.
struct PastAccount {
    let allocation: LedgerAllocation
    /// The debtor's state on the day; nil when none of its rows is on or before it.
    let state: DebtorState?

    /// `book`: the debtor's own rows only. `calculator`: the whole book's (the same rates and settings).
    /// `settledLate`: whether the state lists the invoices paid late (a formal notice claims them).
    /// `allocation`: the allocation of `book` as of `asOf`, when the caller has it (cut from a later
    /// one); else it is computed here.
    init(book: Book, debtor: Debtor, asOf: Day, calculator: PenaltyCalculator, settledLate: Bool = true,
         allocation given: LedgerAllocation? = nil) throws(ComputationError) {
        let allocation = given
            ?? LedgerAllocation(ledger: book.ledger, asOf: asOf, debtors: book.debtors, interactions: book.interactions)
        let violations = allocation.invariantViolations()
        guard violations.isEmpty else {
            throw ComputationError(message: "allocation does not balance for debtors \(violations.joined(separator: ", ")) on \(asOf.iso)")
        }
        self.allocation = allocation
        guard let slot = allocation.debtorSlots.number(of: debtor.id) else {
            state = nil
            return
        }
        let log = DebtorLogs(book.interactions, allocation: allocation, asOf: asOf)
        let context = AssessmentContext(
            allocation: allocation, ledger: book.ledger, policy: book.policy, penaltySettings: book.penalties,
            calculator: calculator, aging: AgingScheme(bounds: book.policy.aging), asOf: asOf, otherDebts: book.otherDebts)
        var assessment = DebtorAssessment(
            context: context, debtor: debtor, slot: slot, invoiceIndices: allocation.accounts[slot].invoiceIndices,
            interactions: DeliveryRecords.apply(log.interactions(ofSlot: slot)),
            unallocated: allocation.accounts[slot].unallocated)
        assessment.findsSettledLate = settledLate
        state = assessment.assess()
    }
}
