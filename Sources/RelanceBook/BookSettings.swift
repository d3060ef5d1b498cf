import RelanceCore

/// What relance.toml says: everything of the Book that is not a row of a CSV file.
struct BookSettings {
    var creditor = Creditor(name: "")
    var policy = CollectionPolicy()
    var penalties = PenaltySettings()
    var currency = Currency.euro
    var encoding = SourceEncoding.utf8
    var pinnedAsOf: Day?
    /// `[sources]`: where the ledger comes from when it is not ledger.csv.
    var fec = FECSettings()
}
