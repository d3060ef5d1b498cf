/// A creditor's book, read and validated: everything the computation needs, nothing it must fetch.
public struct Book: Sendable {
    public var creditor: Creditor
    public var policy: CollectionPolicy
    public var penalties: PenaltySettings
    public var currency: Currency
    public var debtors: [Debtor]
    /// In file order.
    public var ledger: [LedgerEntry]
    /// In file order (`sequence` 0, 1, 2…).
    public var interactions: [Interaction]
    /// The shipped table with the book's own `rates/` laid over it.
    public var rates: RateTable
    /// relance.toml `[build] as_of`, when the book pins its build date.
    public var pinnedAsOf: Day?
    /// Invoice reference → its PDF's path relative to the book's `attachments/` (present files only).
    public var invoiceFiles: [String: String]
    /// documents.csv: the contracts, orders, terms and delivery proofs, in file order.
    public var documents: [SupportingDocument] = [] {
        didSet { documentsByDebtor = Dictionary(grouping: documents, by: \.debtorID) }
    }
    /// `documents` by debtor, so that each case file finds its own without scanning the book's.
    private var documentsByDebtor: [String: [SupportingDocument]] = [:]

    /// The debtor's documents, in file order.
    public func documents(of debtorID: String) -> [SupportingDocument] { documentsByDebtor[debtorID] ?? [] }
    /// File under attachments/ → what the build found in it (SHA-256, damage, e-mail headers), for
    /// the files case files use.
    public var attachmentFacts: [String: AttachmentFacts] = [:]
    /// Debtor id → the exhibit list frozen at hand-over (its bordereau.csv), by number.
    public var frozenExhibits: [String: [FrozenExhibit]] = [:]
    /// Each book file read (relative path) → its size and modification time as read.
    public var sourceStamps: [String: SourceStamp] = [:]
    /// The rows a `--keep-going` read left out, in file and line order (empty otherwise).
    public var rejectedRows: [RejectedRow] = []
    /// What reading the sources found worth saying (a FEC entry that does not balance…).
    public var sourceWarnings: [BuildWarning] = []
    /// The totals of the accounting export the ledger came from (a FEC); nil for ledger.csv.
    public var sourceTotals: SourceTotals?
    /// How the export's gaps were filled (due dates, payment terms); nil for ledger.csv.
    public var ledgerOrigin: LedgerOrigin?
    /// Where each entry of the bank statements went; nil without `[sources] bank`.
    public var bankTotals: BankTotals?
    /// What the e-invoice folders gave; nil without `[sources] einvoices`.
    public var eInvoiceTotals: EInvoiceTotals?

    /// Debts that are no invoice (a returned cheque read from a FEC): claimed for their principal
    /// only, never called an invoice. Their references.
    public var otherDebts: Set<String> { ledgerOrigin?.dueOnTheirDate ?? [] }

    public init(
        creditor: Creditor, policy: CollectionPolicy = CollectionPolicy(), penalties: PenaltySettings = PenaltySettings(),
        currency: Currency = .euro, debtors: [Debtor], ledger: [LedgerEntry], interactions: [Interaction],
        rates: RateTable, pinnedAsOf: Day? = nil, invoiceFiles: [String: String] = [:]
    ) {
        self.creditor = creditor; self.policy = policy; self.penalties = penalties; self.currency = currency
        self.debtors = debtors; self.ledger = ledger; self.interactions = interactions; self.rates = rates
        self.pinnedAsOf = pinnedAsOf; self.invoiceFiles = invoiceFiles
    }
}
