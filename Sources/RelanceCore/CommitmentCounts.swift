/// The log's side of the weekly history: promises due and broken, and disputes opened, in the 7
/// days up to each date (`WeeklyHistory`).
enum CommitmentCounts {
    static func add(_ r: Receivables, replayed: ReplayedDebtors, dates: [Day], to points: inout [HistoryPoint]) {
        let window = WeeklyHistory.windowDays
        let grace = r.book.policy.promiseGrace
        let allocation = r.allocation
        let coverage = Coverage(allocation: allocation)
        let replays = Dictionary(replayed.replays.map { ($0.debtorID, $0) }, uniquingKeysWith: { first, _ in first })
        for interaction in r.book.interactions where interaction.day <= r.asOf {
            switch interaction.kind {
            case .dispute:
                for t in dates.indices where inWeek(interaction.day, endingOn: dates[t], window) { points[t].disputesNew += 1 }
            case .promise:
                guard let due = interaction.due, let account = allocation.debtors[interaction.debtorID] else { continue }
                // Broken from the day after due + grace, if an invoice it covers is still open then.
                let brokenFrom = due + grace + 1
                let replay = replays[interaction.debtorID]
                let covered = coverage.invoices(of: interaction, debtorInvoices: account.invoiceIndices)
                for t in dates.indices where interaction.day <= dates[t] {
                    let day = dates[t]
                    if inWeek(due, endingOn: day, window) { points[t].promisesDue += 1 }
                    guard inWeek(brokenFrom, endingOn: day, window) else { continue }
                    let stillOpen: Bool
                    if let then = replay?.allocations[t] {
                        let own = then.debtors[interaction.debtorID]?.invoiceIndices ?? []
                        stillOpen = Coverage(allocation: then).invoices(of: interaction, debtorInvoices: own)
                            .contains { then.isOpen($0, endOf: day.ordinal) }
                    } else {
                        stillOpen = covered.contains { allocation.isOpen($0, endOf: day.ordinal) }
                    }
                    if stillOpen { points[t].promisesBroken += 1 }
                }
            default:
                continue
            }
        }
    }

    /// Whether `day` is one of the `window` days ending on `end`.
    private static func inWeek(_ day: Day, endingOn end: Day, _ window: Int) -> Bool {
        day <= end && day > end - window
    }
}
