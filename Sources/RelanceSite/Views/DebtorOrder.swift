import RelanceCore

/// The two orders of the full debtor list, as positions in `Receivables.debtors` (which is in id
/// order, so a tie falls back to the id): by outstanding balance, largest first — where a credit
/// manager starts — and alphabetical, to find a debtor by name.
struct DebtorOrder: Sendable {
    let byBalance: [Int]
    let byName: [Int]
    /// The `NameKey.initial` of each debtor of `byName`, in that order.
    let initials: [String]
    /// The position in `byName` of the first debtor filed under each initial that has any.
    let firstPositionOfInitial: [String: Int]

    init(_ debtors: [DebtorState]) {
        byBalance = Self.byBalance(debtors)
        let keys = debtors.map { NameKey($0.debtor.name) }
        byName = debtors.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            if debtors[a].debtor.name != debtors[b].debtor.name { return debtors[a].debtor.name < debtors[b].debtor.name }
            return a < b
        }
        initials = byName.map { keys[$0].initial }
        var first: [String: Int] = [:]
        for (position, initial) in initials.enumerated() where first[initial] == nil { first[initial] = position }
        firstPositionOfInitial = first
    }

    /// Largest outstanding first; equal balances in id order. The dashboard's top debtors are the
    /// head of this order.
    static func byBalance(_ debtors: [DebtorState]) -> [Int] {
        let cents = debtors.map(\.outstanding.minorUnits)
        return debtors.indices.sorted { a, b in cents[a] != cents[b] ? cents[a] > cents[b] : a < b }
    }

}
