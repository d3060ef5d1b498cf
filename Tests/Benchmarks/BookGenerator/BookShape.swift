import RelanceCore

/// What a synthetic book should hold: its size, its seed and its build date.
public struct BookShape: Sendable {
    public var debtors: Int
    public var invoices: Int
    public var interactions: Int
    public var seed: UInt64
    /// The build date written to relance.toml `[build] as_of`; histories end around it.
    public var asOf: Day
    /// How many years of invoicing the ledger spans before the build date.
    public var years: Int
    /// Proof files (registered-letter receipts, e-mails) and some invoice PDFs under attachments/.
    public var attachments: Bool
    /// Share of ledger and log rows written the French way (DD/MM/YYYY, `1 234,56`, `facture`), in percent.
    public var frenchPercent: Int
    /// A collection left behind: each debtor's latest invoice is unpaid, due 10 to 50 days before
    /// the build date and never reminded, so that nearly every debtor is listed and due a letter
    /// (issue 11's large book: 100k debtors, some 95k letters due).
    public var backlog: Bool

    public init(
        debtors: Int, invoices: Int, interactions: Int, seed: UInt64 = 1,
        asOf: Day = Day(year: 2026, month: 6, day: 15)!, years: Int = 4, attachments: Bool = false,
        frenchPercent: Int = 30, backlog: Bool = false
    ) {
        self.debtors = debtors; self.invoices = invoices; self.interactions = interactions; self.seed = seed
        self.asOf = asOf; self.years = years; self.attachments = attachments; self.frenchPercent = frenchPercent
        self.backlog = backlog
    }

    /// Why the shape cannot be generated, or nil.
    public var problem: String? {
        if debtors < 1 { return "at least one debtor is needed" }
        if invoices < 0 || interactions < 0 { return "counts cannot be negative" }
        if debtors > 9_999_999 || invoices > 99_999_999 || interactions > 99_999_999 { return "too large a book" }
        if years < 1 || years > 20 { return "years must be between 1 and 20" }
        if !(0...100).contains(frenchPercent) { return "the French share is a percentage, 0 to 100" }
        let (year, _, _) = asOf.components
        if year - years < 1990 || year > 2200 { return "the history must fit between 1990 and 2200" }
        return nil
    }
}
