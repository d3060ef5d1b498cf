/// Limitation of claims (legal-fr.md §6): the last day on which the claim can still be brought.
public enum Prescription {
    /// Business → business 5 years (L110-4 C. com.), business → consumer 2 years (L218-2 C. conso.).
    public static func years(for kind: Debtor.Kind) -> Int {
        kind == .business ? 5 : 2
    }

    /// The same day N years after the latest of the due date, the payments allocated to the invoice
    /// and the acknowledgements covering it. Credit notes do not restart it.
    public static func lastDay(dueDate: Day, restarts: [Day], kind: Debtor.Kind) -> Day {
        lastDay(latestStart: restarts.reduce(dueDate, max), kind: kind)
    }

    /// The same, from the latest of those days, found by the caller without building a list.
    static func lastDay(latestStart: Day, kind: Debtor.Kind) -> Day {
        latestStart.addingYears(years(for: kind))
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
        if lastDay <= asOf.addingMonths(6) { return .soon }
        return .running
    }
}
