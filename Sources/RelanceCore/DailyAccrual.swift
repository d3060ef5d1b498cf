/// What runs on each day until payment, stated by the mise en demeure and the décompte (« puis
/// X € par jour jusqu'à parfait paiement »): Σ over the claimed invoices of balance × the rate in
/// force on the build date / 365, rounded once. Nil when that half-year's rate is not known: a rate
/// is never guessed.
public enum DailyAccrual {
    public static func amount(balances: [Money], debtorKind: Debtor.Kind, calculator: PenaltyCalculator, on day: Day) -> Money? {
        let basis: PenaltyComputation.Basis = debtorKind == .business ? .businessPenalties : .consumerLegalInterest
        guard let (rate, _) = calculator.annualRate(for: HalfYear(containing: day), basis: basis) else { return nil }
        var balance = Int128(0)
        for amount in balances { balance += Int128(amount.minorUnits) }
        let numerator = balance * Int128(rate.scaled)
        let denominator = Int128(365) * 100 * Int128(PercentRate.scale)
        return Money(minorUnits: Rounding.dailyAccrualHalfUp(numerator: numerator, denominator: denominator))
    }
}
