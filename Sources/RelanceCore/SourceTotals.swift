/// What the accounting export the ledger was read from adds up to, so that the reconciliation ties
/// the dashboard back to it: Σ debits − Σ credits of the customer accounts equals the balance of the
/// entries read (those after the build date included), customer by customer.
public struct SourceTotals: Hashable, Sendable {
    /// Book-relative names of the files read.
    public var files: [String] = []
    /// Data lines read, every account.
    public var linesRead = 0
    /// Lines on customer accounts that became entries.
    public var customerLines = 0
    /// Lines on other accounts: balanced, not customer items.
    public var otherLines = 0
    /// Customer lines for 0,00: nothing to claim or settle.
    public var zeroLines = 0
    /// À-nouveaux of a later year that repeat an earlier year's detail.
    public var openingLinesSkipped = 0
    public var debits = Money.zero
    public var credits = Money.zero
    /// Debits − credits per customer id.
    public var byCustomer: [String: Money] = [:]

    public init() {}

    public var balance: Money { debits - credits }
}
