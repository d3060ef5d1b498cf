/// The debtors whose allocation at an earlier date is not the prefix of today's (`WeeklyHistory`):
/// those with a payment or credit note naming an invoice dated after it. Until that invoice exists
/// the credit is kept whole for it; today's allocation has already spread its surplus over the
/// debtor's other invoices on the credit's date. Each is recomputed from its own rows, at the dates
/// that fall in such a gap only (elsewhere the prefix is exact).
struct ReplayedDebtors: Sendable {
    struct Replay: Sendable {
        let debtorID: String
        /// On or before the build date, in file order.
        let interactions: [Interaction]
        /// The debtor's allocation as of each date that needs it, by the date's position.
        let allocations: [Int: LedgerAllocation]
    }

    /// Per slot of today's allocation, the positions of the dates computed apart, as bits.
    let recomputed: [Int32: UInt32]
    let replays: [Replay]

    init(_ r: Receivables, dates: [Day]) {
        precondition(dates.count <= 32, "one bit per date")
        let allocation = r.allocation
        var recomputed: [Int32: UInt32] = [:]
        for credit in allocation.creditsNamingLaterInvoices {
            for t in dates.indices where dates[t] >= credit.from && dates[t] <= credit.until {
                recomputed[credit.slot, default: 0] |= 1 << UInt32(t)
            }
        }
        self.recomputed = recomputed
        guard !recomputed.isEmpty else { replays = []; return }
        let keys = allocation.debtorSlots.keys
        let wanted = Set(recomputed.keys.map { keys[Int($0)] })
        var interactions: [String: [Interaction]] = [:]
        for interaction in r.book.interactions where wanted.contains(interaction.debtorID) && interaction.day <= r.asOf {
            interactions[interaction.debtorID, default: []].append(interaction)
        }
        var debtors: [String: [Debtor]] = [:]
        for debtor in r.book.debtors where wanted.contains(debtor.id) { debtors[debtor.id, default: []].append(debtor) }
        let slots = recomputed.keys.sorted()
        let book = r.book
        let (byDebtor, listed, bits) = (interactions, debtors, recomputed)
        replays = Parallel.map(count: slots.count, sequentialBelow: 64) { position in
            let slot = slots[position]
            let id = keys[Int(slot)]
            let ledger = allocation.entryIndices(ofDebtor: id).map { book.ledger[$0] }
            let own = byDebtor[id] ?? []
            var allocations: [Int: LedgerAllocation] = [:]
            for t in dates.indices where bits[slot]! & (1 << UInt32(t)) != 0 {
                allocations[t] = LedgerAllocation(ledger: ledger, asOf: dates[t], debtors: listed[id] ?? [], interactions: own)
            }
            return Replay(debtorID: id, interactions: own, allocations: allocations)
        }
    }

    /// Whether the debtor in `slot` is computed apart at the date of position `t`.
    func isRecomputed(slot: Int32, at t: Int) -> Bool {
        guard let bits = recomputed[slot] else { return false }
        return bits & (1 << UInt32(t)) != 0
    }
}
