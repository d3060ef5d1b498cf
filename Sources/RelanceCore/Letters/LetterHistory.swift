/// What a letter recalls of the past: the creditor's earlier steps that covered its invoices.
enum LetterHistory {
    /// Kinds a reminder recalls: every step of the ladder, and the exchanges we initiated.
    static let recalledKinds: Set<Interaction.Kind> = [
        .reminder1, .reminder2, .reminder3, .formalNotice, .call, .email, .letter, .meeting,
    ]

    /// Outgoing interactions of `state` on or before `day` of a recalled kind covering one of the
    /// invoices named in `references`, in log order.
    static func earlierSteps(
        of state: DebtorState, concerning references: Set<String>, allocation: LedgerAllocation, through day: Day
    ) -> [Interaction] {
        let coverage = Coverage(allocation: allocation)
        let debtorInvoices = allocation.debtors[state.id]?.invoiceIndices ?? []
        let wanted = Set(debtorInvoices.filter { references.contains(allocation.invoices[$0].entry.reference) })
        return state.interactions.filter { interaction in
            interaction.day <= day && interaction.direction == .outgoing && recalledKinds.contains(interaction.kind)
                && coverage.invoices(of: interaction, debtorInvoices: debtorInvoices).contains(where: wanted.contains)
        }
    }
}
