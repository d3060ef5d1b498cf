/// How the FEC is read (relance.toml `[sources]`): which accounts are customer accounts and what
/// each journal's lines mean. A journal matches when its code starts with one of the codes given.
struct FECSettings: Sendable {
    /// Book-relative glob patterns, in order; empty: no FEC, the ledger is ledger.csv.
    var files: [String] = []
    /// E-invoice folders or patterns (UBL or CII XML): due dates, delivery dates and buyers.
    var eInvoices: [String] = []
    /// CAMT.053 bank statements: their booked credits become payments.
    var bankStatements: [String] = []
    var receivableAccounts = ["411"]
    var salesJournals = ["VT", "VE"]
    var bankJournals = ["BQ", "BNK", "BAN", "BK"]
    /// À-nouveaux: the balances carried forward at the opening of a fiscal year.
    var openingJournals = ["AN", "RAN"]
    /// Due date of an invoice whose debtor has no `payment_terms`.
    var paymentTerms = PaymentTerms(days: 30, endOfMonth: .none)

    enum JournalKind { case sales, bank, opening, other }

    func kind(ofJournal code: String) -> JournalKind {
        let code = code.uppercased()
        if openingJournals.contains(where: { code == $0.uppercased() }) { return .opening }
        if salesJournals.contains(where: { code.hasPrefix($0.uppercased()) }) { return .sales }
        if bankJournals.contains(where: { code.hasPrefix($0.uppercased()) }) { return .bank }
        return .other
    }
}
