/// Every rounding of the product, one function per rule.
public enum Rounding {
    /// Penalty and interest lines (assets/docs/legal-rules.md §1): numerator / denominator rounded half-up to an
    /// integer number of minor units. Both operands are non-negative.
    public static func penaltyLineHalfUp(numerator: Int128, denominator: Int128) -> Int64 {
        precondition(numerator >= 0 && denominator > 0)
        return Int64((numerator * 2 + denominator) / (denominator * 2))
    }

    /// The amount per day that runs on until payment (assets/docs/legal-rules.md §5): Σ balance × rate / 365 over the
    /// claimed invoices, rounded once, half-up, to the minor unit.
    public static func dailyAccrualHalfUp(numerator: Int128, denominator: Int128) -> Int64 {
        precondition(numerator >= 0 && denominator > 0)
        return Int64((numerator * 2 + denominator) / (denominator * 2))
    }

    /// Days sales outstanding shown on the dashboard: a whole number of days, half-up.
    public static func wholeDaysHalfUp(numerator: Int128, denominator: Int128) -> Int {
        precondition(numerator >= 0 && denominator > 0)
        return Int((numerator * 2 + denominator) / (denominator * 2))
    }
}
