/// What the bank statements of `[sources] bank` gave: every entry read ends in exactly one count,
/// so the build can say where each went.
public struct BankTotals: Hashable, Sendable {
    /// Book-relative names of the statements read.
    public var files: [String] = []
    public var entries = 0
    /// Debits, and entries not booked (pending, information): no payment.
    public var notCredits = 0
    /// Credits dated on or before the FEC's last entry: already in its books.
    public var alreadyInBooks = 0
    /// The same credit in an earlier statement.
    public var duplicates = 0
    /// Credits matched to no debtor: « encaissements non identifiés ».
    public var unidentified = 0
    public var unidentifiedAmount = Money.zero
    /// Credits that became payments.
    public var added = 0
    public var addedAmount = Money.zero
    /// Credits with a located error (a non-EUR amount…).
    public var withErrors = 0

    public init() {}

    /// Every entry in one count.
    public var isComplete: Bool {
        entries == notCredits + alreadyInBooks + duplicates + unidentified + added + withErrors
    }
}
