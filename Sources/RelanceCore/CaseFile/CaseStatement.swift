/// The décompte of a case file (CPC 1407: "le décompte des différents éléments de la créance"):
/// per open invoice its principal, every payment and credit note, one penalty line per stretch, the
/// indemnity and the invoice's total; then the grand total. Built from the very values summary.json
/// sums, and checked on construction: a décompte that does not add up to the cent is a bug.
public struct CaseStatement: Sendable {
    public struct Settlement: Sendable, Hashable {
        public let kind: LedgerEntry.Kind
        public let reference: String
        public let date: Day
        public let amount: Money
    }

    public struct InvoiceLines: Sendable {
        public let reference: String
        public let label: String?
        public let date: Day
        public let dueDate: Day
        public let principal: Money
        /// In allocation order (date order, credit notes before payments on one date).
        public let settlements: [Settlement]
        public let balance: Money
        public let penalties: PenaltyComputation
        public let penaltyTotal: Money
        public let indemnity: Money
        public let total: Money
        public let disputed: Bool
    }

    public let asOf: Day
    public let invoices: [InvoiceLines]
    public let principal: Money
    public let penalties: Money
    public let indemnities: Money
    /// principal + penalties + indemnities: what the case file claims.
    public let total: Money
    /// Money of the debtor's not applied to any invoice: to be set off before any claim.
    public let unallocated: Money

    /// The earliest day through which penalties stop short of the build date (a missing rate).
    public var computedThrough: Day? {
        invoices.compactMap { $0.penalties.missingHalfYear == nil ? nil : $0.penalties.computedThrough }.min()
    }

    public init(state: DebtorState, ledger: [LedgerEntry], asOf: Day) throws(ComputationError) {
        var rows: [InvoiceLines] = []
        for invoice in state.openInvoices {
            let entry = invoice.account.entry
            let settlements = invoice.account.allocations.map { allocation in
                Settlement(kind: allocation.kind, reference: ledger[allocation.entryIndex].reference,
                           date: allocation.date, amount: allocation.amount)
            }
            // Recomputed from the parts shown, then compared with what summary.json uses.
            let balance = entry.amount - settlements.map(\.amount).sum()
            let penaltyTotal = invoice.penalties.lines.map(\.amount).sum()
            try Self.expect(balance == invoice.outstanding,
                            "décompte of \(entry.reference): principal less settlements \(balance.plainDecimal()) ≠ balance \(invoice.outstanding.plainDecimal())")
            try Self.expect(penaltyTotal == invoice.penalties.total,
                            "décompte of \(entry.reference): penalty lines do not add up")
            for line in invoice.penalties.lines {
                try Self.expect(line.to >= line.from && line.balance.isPositive,
                                "décompte of \(entry.reference): empty penalty line \(line.from)–\(line.to)")
            }
            rows.append(InvoiceLines(
                reference: entry.reference, label: entry.label, date: entry.date, dueDate: invoice.dueDate,
                principal: entry.amount, settlements: settlements, balance: balance, penalties: invoice.penalties,
                penaltyTotal: penaltyTotal, indemnity: invoice.indemnity,
                total: balance + penaltyTotal + invoice.indemnity, disputed: invoice.disputed))
        }
        self.asOf = asOf
        invoices = rows
        principal = rows.map(\.balance).sum()
        penalties = rows.map(\.penaltyTotal).sum()
        indemnities = rows.map(\.indemnity).sum()
        total = rows.map(\.total).sum()
        unallocated = state.unallocatedTotal
        try Self.expect(total == principal + penalties + indemnities, "décompte of \(state.id): invoice totals do not add up")
        try Self.expect(principal == state.outstanding && penalties == state.penalties && indemnities == state.indemnities,
                        "décompte of \(state.id) differs from the debtor's figures in summary.json")
    }

    private static func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws(ComputationError) {
        if !condition { throw ComputationError(message: message()) }
    }
}
