/// The rates of one half-year (assets/docs/legal-rules.md §4).
public struct HalfYearRates: Hashable, Sendable {
    /// ECB main refinancing rate in force on 1 January / 1 July.
    public var ecb: PercentRate?
    /// Legal interest rate, creditor a natural person not acting for professional needs ("P").
    public var legalPrivate: PercentRate?
    /// Legal interest rate, all other cases ("A"): the one a business creditor uses.
    public var legalOther: PercentRate?

    public init(ecb: PercentRate? = nil, legalPrivate: PercentRate? = nil, legalOther: PercentRate? = nil) {
        self.ecb = ecb
        self.legalPrivate = legalPrivate
        self.legalOther = legalOther
    }
}

/// Rates per half-year. The generator ships one; a book may add or override half-years.
/// A half-year that is absent (or lacks the rate needed) is never guessed.
public struct RateTable: Hashable, Sendable {
    public var halfYears: [HalfYear: HalfYearRates]

    public init(_ halfYears: [HalfYear: HalfYearRates] = [:]) { self.halfYears = halfYears }

    public subscript(halfYear: HalfYear) -> HalfYearRates? { halfYears[halfYear] }

    /// The table with `overrides` laid over it, field by field.
    public func merging(_ overrides: RateTable) -> RateTable {
        var merged = halfYears
        for (halfYear, rates) in overrides.halfYears {
            var base = merged[halfYear] ?? HalfYearRates()
            if let ecb = rates.ecb { base.ecb = ecb }
            if let p = rates.legalPrivate { base.legalPrivate = p }
            if let a = rates.legalOther { base.legalOther = a }
            merged[halfYear] = base
        }
        return RateTable(merged)
    }
}
