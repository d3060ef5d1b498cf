/// The décompte of a case file (CPC 1407: "le décompte des différents éléments de la créance"):
/// per open invoice its principal, every payment and credit note, one penalty line per stretch, the
/// indemnity and the invoice's total; then the invoices paid late whose penalties and indemnity are
/// claimed; then the grand total, and the debtor's unallocated credit set off against it. Time-barred
/// invoices are listed apart and counted in no total (assets/docs/legal-rules.md §6). Built from the very values
/// summary.json sums, and checked on construction: a décompte that does not add up to the cent is a bug.
public struct CaseStatement: Sendable {
    public struct Settlement: Sendable, Hashable {
        public let kind: LedgerEntry.Kind
        public let reference: String
        /// The day it took effect on the invoice.
        public let date: Day
        public let amount: Money
        /// The day it was received, when earlier than `date`: credit imputed when the invoice was issued.
        public let receivedOn: Day?
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
        /// False for a debt that is no invoice (`Book.otherDebts`).
        public var isInvoice: Bool { penalties.basis != .notAnInvoice }
    }

    /// An invoice paid late: the penalties to the day each part was settled, and the indemnity.
    public struct SettledLateLines: Sendable {
        public let reference: String
        public let dueDate: Day
        public let settledOn: Day
        public let daysLate: Int
        public let penalties: PenaltyComputation
        public let indemnity: Money
        public var total: Money { penalties.total + indemnity }
    }

    /// A time-barred invoice: still in the books, never claimed.
    public struct BarredInvoice: Sendable {
        public let reference: String
        public let date: Day
        public let dueDate: Day
        public let balance: Money
        public let lastDay: Day
    }

    public let asOf: Day
    /// The open invoices claimed (not time-barred).
    public let invoices: [InvoiceLines]
    public let settledLate: [SettledLateLines]
    public let barred: [BarredInvoice]
    public let principal: Money
    public let penalties: Money
    public let indemnities: Money
    public let settledPenalties: Money
    public let settledIndemnities: Money
    /// Balances of the time-barred invoices, outside every total.
    public let barredPrincipal: Money
    /// principal + penalties + indemnities + the settled-late claims: what the case file claims.
    public let total: Money
    /// Money of the debtor's not applied to any invoice: to be set off before any claim.
    public let unallocated: Money
    /// total − unallocated: negative when the set-off leaves a credit in the debtor's favour.
    public var net: Money { total - unallocated }

    /// The earliest day through which penalties stop short of the build date (a missing rate).
    public var computedThrough: Day? {
        invoices.compactMap { $0.penalties.missingHalfYear == nil ? nil : $0.penalties.computedThrough }.min()
    }

    public init(state: DebtorState, ledger: [LedgerEntry], asOf: Day) throws(ComputationError) {
        var rows: [InvoiceLines] = []
        var barred: [BarredInvoice] = []
        for invoice in state.openInvoices {
            if invoice.isTimeBarred {
                try Self.expect(invoice.penalties.total == .zero && invoice.indemnity == .zero,
                                "décompte of \(invoice.reference): a time-barred invoice carries penalties")
                barred.append(BarredInvoice(
                    reference: invoice.reference, date: invoice.account.entry.date, dueDate: invoice.dueDate,
                    balance: invoice.outstanding, lastDay: invoice.prescription))
                continue
            }
            let entry = invoice.account.entry
            let settlements = invoice.account.allocations.map { allocation in
                Settlement(kind: allocation.kind, reference: ledger[allocation.entryIndex].reference,
                           date: allocation.date, amount: allocation.amount,
                           receivedOn: allocation.isFromEarlierCredit ? allocation.paidOn : nil)
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
        let late = state.settledLate.map { invoice in
            SettledLateLines(
                reference: invoice.reference, dueDate: invoice.dueDate, settledOn: invoice.settledOn,
                daysLate: invoice.daysLate, penalties: invoice.penalties, indemnity: invoice.indemnity)
        }
        self.asOf = asOf
        invoices = rows
        settledLate = late
        self.barred = barred
        principal = rows.map(\.balance).sum()
        penalties = rows.map(\.penaltyTotal).sum()
        indemnities = rows.map(\.indemnity).sum()
        settledPenalties = late.map(\.penalties.total).sum()
        settledIndemnities = late.map(\.indemnity).sum()
        barredPrincipal = barred.map(\.balance).sum()
        total = rows.map(\.total).sum() + late.map(\.total).sum()
        unallocated = state.unallocatedTotal
        try Self.expect(total == principal + penalties + indemnities + settledPenalties + settledIndemnities,
                        "décompte of \(state.id): invoice totals do not add up")
        try Self.expect(principal + barredPrincipal == state.outstanding && penalties == state.penalties
                        && indemnities == state.indemnities && settledPenalties == state.settledPenalties
                        && settledIndemnities == state.settledIndemnities,
                        "décompte of \(state.id) differs from the debtor's figures in summary.json")
    }

    private static func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws(ComputationError) {
        if !condition { throw ComputationError(message: message()) }
    }
}
