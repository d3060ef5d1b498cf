/// One line of a penalty or interest computation: a stretch of late days inside one half-year with
/// one balance, at one rate, rounded on its own (assets/docs/legal-rules.md §1, "Rounding").
public struct PenaltyLine: Hashable, Sendable {
    public let from: Day
    public let to: Day
    public let balance: Money
    public let rate: PercentRate
    public let amount: Money

    public var days: Int { to - from + 1 }

    /// balance × rate × days / 365, rounded half-up to the cent. 365 also in leap years (product choice).
    public init(from: Day, to: Day, balance: Money, rate: PercentRate) {
        self.from = from
        self.to = to
        self.balance = balance
        self.rate = rate
        let days = Int128(to - from + 1)
        let numerator = Int128(balance.minorUnits) * Int128(rate.scaled) * days
        let denominator = Int128(365) * 100 * Int128(PercentRate.scale)
        amount = Money(minorUnits: Rounding.penaltyLineHalfUp(numerator: numerator, denominator: denominator))
    }
}

/// What accrued on one invoice: the lines, their sum, and how far rates were known.
public struct PenaltyComputation: Hashable, Sendable {
    public enum Basis: Hashable, Sendable {
        /// L441-10 penalties between businesses.
        case businessPenalties
        /// Legal interest owed by a consumer from the mise en demeure (Code civil 1231-6).
        case consumerLegalInterest
        /// A consumer who has not been sent a formal notice yet: nothing runs.
        case none
        /// A debt that is no invoice (a returned cheque read from a FEC): L441-10 and D441-5 speak of
        /// invoices, so nothing is claimed on it but its principal.
        case notAnInvoice

        /// Whether anything accrues on this basis.
        public var accrues: Bool { self == .businessPenalties || self == .consumerLegalInterest }
    }

    public let basis: Basis
    public let lines: [PenaltyLine]
    /// The first half-year whose rate is missing, when the computation had to stop there.
    public let missingHalfYear: HalfYear?
    /// The last day penalties were computed to: the build date, or the day before a missing half-year.
    public let computedThrough: Day
    /// Half-years where a contractual rate was raised to the 3 × legal rate floor.
    public let raisedToFloor: [HalfYear]

    public var total: Money {
        var total = Money.zero
        for line in lines { total += line.amount }
        return total
    }
}

/// Late-payment penalties (business debtors) and legal interest (consumers), assets/docs/legal-rules.md §1 and §3.
public struct PenaltyCalculator: Sendable {
    public let rates: RateTable
    public let settings: PenaltySettings

    /// Every half-year's rates, worked out once for both bases.
    private let known: KnownRates

    public init(rates: RateTable, settings: PenaltySettings) {
        self.rates = rates
        self.settings = settings
        known = KnownRates(rates: rates, settings: settings)
    }

    /// The annual rate of a half-year, or nil when the table lacks what the rule needs.
    func annualRate(for halfYear: HalfYear, basis: PenaltyComputation.Basis) -> (rate: PercentRate, raised: Bool)? {
        known.rate(for: halfYear, basis: basis)
    }

    /// The rule behind `annualRate`, applied to one row of the table.
    fileprivate static func annualRate(
        _ row: HalfYearRates?, basis: PenaltyComputation.Basis, settings: PenaltySettings
    ) -> (rate: PercentRate, raised: Bool)? {
        guard let row else { return nil }
        switch basis {
        case .none, .notAnInvoice:
            return nil
        case .consumerLegalInterest:
            return row.legalOther.map { ($0, false) }
        case .businessPenalties:
            switch settings.rate {
            case .statutory:
                return row.ecb.map { ($0 + PercentRate(scaled: 10 * PercentRate.scale), false) }
            case .contractual(let contractual):
                guard let legal = row.legalOther else { return nil }
                let floor = 3 * legal
                return contractual < floor ? (floor, true) : (contractual, false)
            }
        }
    }

    /// Accrual on `invoice` for every late day from `start` (at the earliest the day after the due
    /// date) through `asOf`: the balance on day d is the amount less settlements dated before d.
    public func compute(invoice: InvoiceAccount, basis: PenaltyComputation.Basis, start: Day, asOf: Day) -> PenaltyComputation {
        var lines: [PenaltyLine] = []
        var raised: [HalfYear] = []
        guard basis.accrues else {
            return PenaltyComputation(basis: basis, lines: [], missingHalfYear: nil, computedThrough: asOf, raisedToFloor: [])
        }
        let firstLateDay = max(start, invoice.dueDate + 1)
        var day = firstLateDay
        while day <= asOf {
            // Balances only go down: once settled, nothing more accrues.
            let balance = invoice.balance(endOf: day - 1)
            guard balance.isPositive else { break }
            let halfYear = HalfYear(containing: day)
            guard let (rate, wasRaised) = annualRate(for: halfYear, basis: basis) else {
                return PenaltyComputation(
                    basis: basis, lines: lines, missingHalfYear: halfYear, computedThrough: day - 1, raisedToFloor: raised)
            }
            if wasRaised && raised.last != halfYear { raised.append(halfYear) }
            var end = min(asOf, halfYear.lastDay)
            // Balance changes take effect the day after each settlement.
            for allocation in invoice.allocations where allocation.date + 1 > day && allocation.date < end {
                end = allocation.date
            }
            lines.append(PenaltyLine(from: day, to: end, balance: balance, rate: rate))
            day = end + 1
        }
        return PenaltyComputation(basis: basis, lines: lines, missingHalfYear: nil, computedThrough: asOf, raisedToFloor: raised)
    }
}

/// The annual rate of every half-year of a table, for both bases, in an array indexed by half-year:
/// a penalty computation asks once per half-year of lateness of every open invoice (millions of
/// times on a large book), and an array read costs less than hashing a half-year and applying the
/// rule again each time.
private struct KnownRates: Sendable {
    typealias Rate = (rate: PercentRate, raised: Bool)
    private let first: Int
    private let business: [Rate?]
    private let consumer: [Rate?]

    init(rates: RateTable, settings: PenaltySettings) {
        let numbers = rates.halfYears.keys.map(Self.number)
        first = numbers.min() ?? 0
        let count = numbers.isEmpty ? 0 : numbers.max()! - first + 1
        var business = [Rate?](repeating: nil, count: count)
        var consumer = [Rate?](repeating: nil, count: count)
        for (halfYear, row) in rates.halfYears {
            let index = Self.number(halfYear) - first
            business[index] = PenaltyCalculator.annualRate(row, basis: .businessPenalties, settings: settings)
            consumer[index] = PenaltyCalculator.annualRate(row, basis: .consumerLegalInterest, settings: settings)
        }
        self.business = business
        self.consumer = consumer
    }

    func rate(for halfYear: HalfYear, basis: PenaltyComputation.Basis) -> Rate? {
        let index = Self.number(halfYear) - first
        guard index >= 0 && index < business.count else { return nil }
        switch basis {
        case .none, .notAnInvoice: return nil
        case .businessPenalties: return business[index]
        case .consumerLegalInterest: return consumer[index]
        }
    }

    private static func number(_ halfYear: HalfYear) -> Int { halfYear.year * 2 + halfYear.half - 1 }
}
