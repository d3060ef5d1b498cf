/// Where what an accounting export does not say came from, for a ledger read from one (a FEC): how
/// each invoice's due date was set. `relance import` writes it beside each invoice.
public struct LedgerOrigin: Hashable, Sendable {
    /// Debtor id → its `payment_terms`, as debtors.csv gave them.
    public var paymentTerms: [String: String] = [:]
    /// The rule for the debtors without: `[sources] payment_terms_days`.
    public var defaultTerms = ""
    /// Debts that are not invoices (a returned cheque, an entry of another journal): due on their
    /// date. Their references.
    public var dueOnTheirDate: Set<String> = []
    /// Invoice reference → the e-invoice file its due date was read from.
    public var eInvoices: [String: String] = [:]

    public init() {}

    /// How the due date of `entry`, an invoice of the ledger, was set.
    public func dueDate(of entry: LedgerEntry) -> String {
        if dueOnTheirDate.contains(entry.reference) { return "exigible à la date de l'écriture" }
        if let file = eInvoices[entry.reference] { return "facture électronique \(file)" }
        if let terms = paymentTerms[entry.debtorID] { return "payment_terms de \(entry.debtorID) (debtors.csv) : \(terms)" }
        return "payment_terms_days ([sources]) : \(defaultTerms)"
    }
}
