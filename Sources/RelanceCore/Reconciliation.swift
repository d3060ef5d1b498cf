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

    /// invoices − credit notes − payments.
    public var balance: Money { invoiced - credited - paid }

    /// The contract's invariant in total: balance = Σ open balances − unallocated credit.
    public var balances: Bool { balance == outstanding - unallocatedCredit }
}
