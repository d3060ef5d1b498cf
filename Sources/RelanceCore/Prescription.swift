/// Limitation of claims (assets/docs/legal-rules.md §6): the last day on which the claim can still be brought.
public enum Prescription {
    /// Business → business 5 years (L110-4 C. com.), business → consumer 2 years (L218-2 C. conso.).
    public static func years(for kind: Debtor.Kind) -> Int {
        kind == .business ? 5 : 2
    }

    public enum Status: String, Sendable {
        case running
        /// Within six months of the last day.
        case soon
        /// The last day has passed (Code civil 2229).
        case barred = "time_barred"
    }

    public static func status(lastDay: Day, asOf: Day) -> Status {
        if lastDay < asOf { return .barred }
        if lastDay <= asOf.addingMonths(PolicyWindows.prescriptionAlertMonths) { return .soon }
        return .running
    }
}

/// The running period of one invoice: it starts on the day the service was completed (the ledger's
/// `service_date`, else the invoice date: Cass. com. 26 Feb 2020) and restarts from each
/// acknowledgement by the debtor, a partial payment included (art. 2240 Code civil), but only
/// while the claim is alive: an event after the last day is a waiver at most, and the claim stays
/// time-barred.
public struct PrescriptionClock: Hashable, Sendable {
    public enum Cause: Hashable, Sendable {
        /// A payment allocated to the invoice, at the payment's own date (index in the ledger).
        case payment(entryIndex: Int)
        /// An acknowledgement of the debt covering the invoice (index in the debtor's log).
        case acknowledgement(sequence: Int)
    }

    public struct Restart: Hashable, Sendable {
        public let day: Day
        public let cause: Cause
    }

    public let start: Day
    /// Whether `start` is the ledger's service date (else the invoice date).
    public let startsAtService: Bool
    public let years: Int
    public private(set) var lastDay: Day
    /// The events that moved the last day, oldest first.
    public private(set) var restarts: [Restart] = []

    public init(start: Day, startsAtService: Bool, years: Int) {
        self.start = start
        self.startsAtService = startsAtService
        self.years = years
        lastDay = start.addingYears(years)
    }

    public init(invoice entry: LedgerEntry, kind: Debtor.Kind) {
        self.init(start: entry.serviceDate ?? entry.date, startsAtService: entry.serviceDate != nil,
                  years: Prescription.years(for: kind))
    }

    /// The claim is time-barred on `day` when `day` is after the last day (art. 2229).
    public func isBarred(on day: Day) -> Bool { day > lastDay }

    /// Takes an event into account; events are given in date order.
    public mutating func restart(on day: Day, cause: Cause) {
        guard day <= lastDay else { return }
        let restarted = day.addingYears(years)
        guard restarted > lastDay else { return }
        lastDay = restarted
        restarts.append(Restart(day: day, cause: cause))
    }

    /// The clock after every event, taken in date order (payments before acknowledgements on one day).
    public static func run(invoice entry: LedgerEntry, kind: Debtor.Kind, events: [Restart]) -> PrescriptionClock {
        var clock = PrescriptionClock(invoice: entry, kind: kind)
        for event in events.sorted(by: { $0.day < $1.day }) { clock.restart(on: event.day, cause: event.cause) }
        return clock
    }
}
