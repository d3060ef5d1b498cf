/// A dispute raised by the debtor and where it stands: open, or closed by a later `dispute_closed`
/// line covering one of its invoices.
public struct DisputeRecord: Sendable {
    public let line: Interaction
    /// References of the invoices it contests, in ledger order.
    public let invoices: [String]
    /// The line that settled it, if any.
    public let closedBy: Interaction?

    public var isOpen: Bool { closedBy == nil }

    /// Every `dispute` line of the debtor, in log order.
    public static func all(in state: DebtorState, allocation: LedgerAllocation) -> [DisputeRecord] {
        let coverage = Coverage(allocation: allocation)
        let debtorInvoices = allocation.debtors[state.id]?.invoiceIndices ?? []
        let lines = state.interactions
        var records: [DisputeRecord] = []
        for (position, line) in lines.enumerated() where line.kind == .dispute {
            let covered = Set(coverage.invoices(of: line, debtorInvoices: debtorInvoices))
            let closing = lines[(position + 1)...].first { later in
                later.kind == .disputeClosed
                    && coverage.invoices(of: later, debtorInvoices: debtorInvoices).contains(where: covered.contains)
            }
            records.append(DisputeRecord(
                line: line, invoices: covered.sorted().map { allocation.invoices[$0].entry.reference }, closedBy: closing))
        }
        return records
    }
}
