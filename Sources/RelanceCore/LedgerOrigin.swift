/// Where what an accounting export does not say came from, for a ledger read from one (a FEC): how
/// each invoice's due date was set, and each debtor's payment terms. `relance import` writes them.
public struct LedgerOrigin: Hashable, Sendable {
    /// Invoice reference → how its due date was set (« payment_terms de C001 : 45 jours fin de mois »).
    public var dueDates: [String: String] = [:]
    /// Debtor id → its `payment_terms`, as debtors.csv gave them.
    public var paymentTerms: [String: String] = [:]

    public init() {}
}
