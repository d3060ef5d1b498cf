/// A synthetic book in memory, in compact rows, before it is written out.
struct SyntheticBook {
    var debtors: [SyntheticDebtor] = []
    var invoices: [SyntheticInvoice] = []
    var ledger: [LedgerRow] = []
    var log: [LogRow] = []
    /// The invoices listed by log rows (indices into `invoices`), one range per row.
    var invoiceLists: [Int32] = []
    /// Payment-plan instalments (day, cents), one range per plan.
    var instalments: [(day: Int32, amount: Int64)] = []
    /// How many ledger rows and log rows lie after the build date (the build ignores and counts them).
    var ledgerRowsAfterAsOf = 0
    var logRowsAfterAsOf = 0

    init(debtors: Int, invoices: Int, interactions: Int) {
        self.debtors.reserveCapacity(debtors)
        self.invoices.reserveCapacity(invoices)
        ledger.reserveCapacity(invoices * 2 + debtors)
        log.reserveCapacity(interactions)
    }
}
