/// One row of the customer ledger: an invoice, a credit note or a payment.
public struct LedgerEntry: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case invoice
        case creditNote = "credit_note"
        case payment
    }

    public var date: Day
    public var kind: Kind
    public var reference: String
    public var debtorID: String
    /// Strictly positive, tax included.
    public var amount: Money
    /// Required for invoices, nil otherwise.
    public var dueDate: Day?
    /// Payments and credit notes: the invoice they settle; nil means FIFO allocation.
    public var appliesTo: String?
    public var label: String?
    /// Invoices: the day the goods were delivered or the service completed, when the ledger gives
    /// it; prescription runs from it (assets/docs/legal-rules.md §6), else from the invoice date.
    public var serviceDate: Day?
    public var location: SourceLocation

    public init(
        date: Day, kind: Kind, reference: String, debtorID: String, amount: Money, dueDate: Day? = nil,
        appliesTo: String? = nil, label: String? = nil, serviceDate: Day? = nil,
        location: SourceLocation = SourceLocation(file: "ledger.csv", line: 0)
    ) {
        self.date = date; self.kind = kind; self.reference = reference; self.debtorID = debtorID
        self.amount = amount; self.dueDate = dueDate; self.appliesTo = appliesTo; self.label = label
        self.serviceDate = serviceDate
        self.location = location
    }
}
