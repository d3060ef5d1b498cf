/// One line of a penalty or interest computation: a stretch of late days inside one half-year with
/// one balance, at one rate, rounded on its own (legal-fr.md §1, "Rounding").
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
    }

    public let basis: Basis
    public let lines: [PenaltyLine]
    /// The first half-year whose rate is missing, when the computation had to stop there.
    public let missingHalfYear: HalfYear?
    /// The last day penalties were computed to: the build date, or the day before a missing half-year.
    public let computedThrough: Day
    /// Half-years where a contractual rate was raised to the 3 × legal rate floor.
    public let raisedToFloor: [HalfYear]

    public var total: Money { lines.map(\.amount).sum() }
}

/// Late-payment penalties (business debtors) and legal interest (consumers), legal-fr.md §1 and §3.
public struct PenaltyCalculator: Sendable {
    public let rates: RateTable
    public let settings: PenaltySettings

    public init(rates: RateTable, settings: PenaltySettings) {
        self.rates = rates
        self.settings = settings
    }

    /// The annual rate of a half-year, or nil when the table lacks what the rule needs.
    func annualRate(for halfYear: HalfYear, basis: PenaltyComputation.Basis) -> (rate: PercentRate, raised: Bool)? {
        guard let row = rates[halfYear] else { return nil }
        switch basis {
        case .none:
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
        guard basis != .none else {
            return PenaltyComputation(basis: basis, lines: [], missingHalfYear: nil, computedThrough: asOf, raisedToFloor: [])
        }
        let firstLateDay = max(start, invoice.dueDate + 1)
        // Balance changes take effect the day after each settlement.
        let changeDays = invoice.allocations.map { $0.date + 1 }
        var day = firstLateDay
        while day <= asOf {
            // Balances only go down: once settled, nothing more accrues.
            guard invoice.balance(endOf: day - 1).isPositive else { break }
            let halfYear = HalfYear(containing: day)
            guard let (rate, wasRaised) = annualRate(for: halfYear, basis: basis) else {
                return PenaltyComputation(
                    basis: basis, lines: lines, missingHalfYear: halfYear, computedThrough: day - 1, raisedToFloor: raised)
            }
            if wasRaised && raised.last != halfYear { raised.append(halfYear) }
            var end = min(asOf, halfYear.lastDay)
            if let nextChange = changeDays.filter({ $0 > day }).min(), nextChange - 1 < end { end = nextChange - 1 }
            let balance = invoice.balance(endOf: day - 1)
            if balance.isPositive {
                lines.append(PenaltyLine(from: day, to: end, balance: balance, rate: rate))
            }
            day = end + 1
        }
        return PenaltyComputation(basis: basis, lines: lines, missingHalfYear: nil, computedThrough: asOf, raisedToFloor: raised)
    }
}
