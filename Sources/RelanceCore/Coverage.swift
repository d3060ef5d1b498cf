/// Which invoices an interaction concerns (book-format.md): those it lists, or, when it lists none,
/// every invoice of the debtor open at the end of its date.
public struct Coverage: Sendable {
    let allocation: LedgerAllocation

    public init(allocation: LedgerAllocation) { self.allocation = allocation }

    /// Indices into `LedgerAllocation.invoices` of the invoices `interaction` covers.
    public func invoices(of interaction: Interaction, debtorInvoices: [Int]) -> [Int] {
        if interaction.invoices.isEmpty {
            return debtorInvoices.filter { allocation.invoices[$0].isOpen(endOf: interaction.day) }
        }
        let listed = Set(interaction.invoices)
        // An invoice listed but dated after the build date is not registered: it is simply not covered.
        return debtorInvoices.filter { listed.contains(allocation.invoices[$0].entry.reference) }
    }
}

extension Interaction {
    /// Log order: date, then time within the day (a line without a time counts as midnight), then file order.
    public func precedesInLog(_ other: Interaction) -> Bool {
        if day != other.day { return day < other.day }
        let a = minuteOfDay ?? 0, b = other.minuteOfDay ?? 0
        if a != b { return a < b }
        return sequence < other.sequence
    }
}
