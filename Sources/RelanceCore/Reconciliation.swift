/// The reconciliation the build prints and checks: every entry read is somewhere, and the totals agree.
public struct Reconciliation: Hashable, Sendable {
    public let ledgerEntriesRead: Int
    public let interactionsRead: Int
    public let ledgerEntriesIgnored: Int
    public let interactionsIgnored: Int
    public let invoiced: Money
    public let credited: Money
    public let paid: Money
    public let outstanding: Money
    public let unallocatedCredit: Money
    /// Payments and credit notes received before an invoice of the debtor and applied to it on its
    /// date (imputation, Code civil 1342-10 and 1347): already inside `paid` and `credited`.
    public let creditAppliedToLaterInvoices: Money
    /// Rows a `--keep-going` build left out (`Book.rejectedRows`): read, but in none of the totals.
    public var ledgerRowsRejected = 0
    public var interactionsRejected = 0
    public var debtorRowsRejected = 0

    /// The export the ledger was read from (a FEC), and the part of its balance dated after the build
    /// date: its Σ debits − Σ credits = `balance` − `otherSources` + `sourceAfterAsOf`.
    public var source: SourceTotals?
    public var sourceAfterAsOf = Money.zero
    /// What the entries of other sources (bank statements) add to `balance` up to the build date
    /// (negative: payments).
    public var otherSources = Money.zero

    /// Every rejected row, of any file.
    public var rejected: Int { ledgerRowsRejected + interactionsRejected + debtorRowsRejected }

    public init(
        ledgerEntriesRead: Int, interactionsRead: Int, ledgerEntriesIgnored: Int, interactionsIgnored: Int,
        invoiced: Money, credited: Money, paid: Money, outstanding: Money, unallocatedCredit: Money,
        creditAppliedToLaterInvoices: Money = .zero
    ) {
        self.ledgerEntriesRead = ledgerEntriesRead; self.interactionsRead = interactionsRead
        self.ledgerEntriesIgnored = ledgerEntriesIgnored; self.interactionsIgnored = interactionsIgnored
        self.invoiced = invoiced; self.credited = credited; self.paid = paid; self.outstanding = outstanding
        self.unallocatedCredit = unallocatedCredit; self.creditAppliedToLaterInvoices = creditAppliedToLaterInvoices
    }

    /// invoices − credit notes − payments.
    public var balance: Money { invoiced - credited - paid }

    /// The contract's invariant in total: balance = Σ open balances − unallocated credit.
    public var balances: Bool { balance == outstanding - unallocatedCredit }
}
