/// A row of the book left out of a `--keep-going` build: its own errors, or the rejected row it
/// depends on (a payment applying to a rejected invoice, say). Listed on the dashboard, counted in
/// the reconciliation; the debtor it names gets no letter until it is fixed, since its account
/// without that row may claim too much or ignore a dispute.
public struct RejectedRow: Hashable, Sendable {
    /// `file`, first line of the row, column 1.
    public let location: SourceLocation
    /// The debtor id the row's `debtor` cell (`id` in debtors.csv) holds, when it has one.
    public let debtorID: String?
    /// English, as book errors are: each error of the row, `column: message`, or why it depends on
    /// another rejected row.
    public let reasons: [String]

    public init(location: SourceLocation, debtorID: String?, reasons: [String]) {
        self.location = location
        self.debtorID = debtorID
        self.reasons = reasons
    }
}

extension Book {
    /// The debtors a rejected row names, among those still in the book: their letters are held.
    public var debtorsWithRejectedRows: [String: [SourceLocation]] {
        let present = Set(debtors.map(\.id))
        var held: [String: [SourceLocation]] = [:]
        for row in rejectedRows {
            guard let id = row.debtorID, present.contains(id) else { continue }
            held[id, default: []].append(row.location)
        }
        return held
    }

    /// Rejected rows per file, for the reconciliation.
    public var rejectedCounts: (debtors: Int, ledger: Int, interactions: Int) {
        var counts = (debtors: 0, ledger: 0, interactions: 0)
        for row in rejectedRows {
            switch row.location.file {
            case "debtors.csv": counts.debtors += 1
            case "ledger.csv": counts.ledger += 1
            default: counts.interactions += 1
            }
        }
        return counts
    }
}
