import RelanceCore

/// Bounds that keep every figure computed from a book inside `Int64` cents.
///
/// One amount is at most 13 digits (`AmountParser`), but ten thousand such invoices add up past
/// `Int64.max`, and penalties multiply balances by rates and years. So the reader also bounds what
/// one kind of ledger entry adds up to, and the annual rates a book may give: with at most
/// 10¹⁴ cents of invoices, at most 300 % a year (the contractual floor of 3 × a legal rate of 100 %;
/// the statutory rate is at most 110 %) over at most 10,000 years, penalties stay below 3 × 10¹⁸
/// cents, inside Int64 (9.2 × 10¹⁸). No real book comes near: a trillion euros of invoices, a rate
/// of 100 % a year.
enum BookLimits {
    /// What the invoices (likewise the credit notes, the payments) of a ledger may add up to, in
    /// cents: 1 000 000 000 000.00 €.
    static let maximumKindTotal: Int64 = 100_000_000_000_000

    /// The highest annual rate, in percent, that relance.toml or a rate table may give.
    static let maximumRatePercent: Int64 = 100

    static func exceeds(_ rate: PercentRate) -> Bool {
        rate.scaled > maximumRatePercent * PercentRate.scale
    }

    /// `1 000 000 000 000.00`, for messages.
    static var maximumKindTotalText: String { Money(minorUnits: maximumKindTotal).plainDecimal() }

    /// Logs the first entry of each kind at which the kind's running total passes the bound.
    /// Three plain counters: this runs over every entry of a million-row ledger.
    static func checkTotals(_ entries: [LedgerEntry], fileName: String, log: ErrorLog) {
        var invoices: Int64 = 0, creditNotes: Int64 = 0, payments: Int64 = 0
        for entry in entries {
            // Each amount is below 10¹⁵ and a total stops growing once past the bound: no overflow.
            let total: Int64
            switch entry.kind {
            case .invoice:
                guard invoices <= maximumKindTotal else { continue }
                invoices += entry.amount.minorUnits
                total = invoices
            case .creditNote:
                guard creditNotes <= maximumKindTotal else { continue }
                creditNotes += entry.amount.minorUnits
                total = creditNotes
            case .payment:
                guard payments <= maximumKindTotal else { continue }
                payments += entry.amount.minorUnits
                total = payments
            }
            guard total > maximumKindTotal else { continue }
            log.add(fileName, line: entry.location.line, column: entry.location.column, "amount",
                    "expected the \(plural(entry.kind)) of the ledger to add up to at most \(maximumKindTotalText), "
                    + "but they pass it at this line (\(Money(minorUnits: total).plainDecimal()))")
        }
    }

    private static func plural(_ kind: LedgerEntry.Kind) -> String {
        switch kind {
        case .invoice: return "invoices"
        case .creditNote: return "credit notes"
        case .payment: return "payments"
        }
    }
}
