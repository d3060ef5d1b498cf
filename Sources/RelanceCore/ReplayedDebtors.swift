/// The debtors whose allocation at an earlier date is not the prefix of today's (`WeeklyHistory`):
/// those with a payment or credit note naming an invoice dated after it. Until that invoice exists
/// the credit is kept whole for it; today's allocation has already spread its surplus over the
/// debtor's other invoices on the credit's date. Each is recomputed from its own rows at each date.
struct ReplayedDebtors: Sendable {
    struct Replay: Sendable {
        let debtorID: String
        /// On or before the build date, in file order.
        let interactions: [Interaction]
        /// The debtor's allocation as of each date asked for, in the same order.
        let allocations: [LedgerAllocation]
    }

    /// Their slots in today's allocation.
    let slots: Set<Int32>
    let replays: [Replay]

    init(_ r: Receivables, dates: [Day]) {
        let allocation = r.allocation
        var slots = Set<Int32>()
        var ids: [String] = []
        for entry in r.book.ledger where entry.kind != .invoice && entry.date <= r.asOf {
            guard let reference = entry.appliesTo, let index = allocation.invoiceIndex(reference: reference),
                  allocation.invoices[index].entry.date > entry.date else { continue }
            if slots.insert(allocation.invoiceSlot[index]).inserted { ids.append(allocation.invoices[index].entry.debtorID) }
        }
        self.slots = slots
        guard !ids.isEmpty else { replays = []; return }
        let wanted = Set(ids)
        var interactions: [String: [Interaction]] = [:]
        for interaction in r.book.interactions where wanted.contains(interaction.debtorID) && interaction.day <= r.asOf {
            interactions[interaction.debtorID, default: []].append(interaction)
        }
        replays = ids.sorted { $0.precedesInCodePointOrder($1) }.map { id in
            let ledger = allocation.entryIndices(ofDebtor: id).map { r.book.ledger[$0] }
            let debtors = r.book.debtors.filter { $0.id == id }
            let own = interactions[id] ?? []
            return Replay(debtorID: id, interactions: own, allocations: dates.map {
                LedgerAllocation(ledger: ledger, asOf: $0, debtors: debtors, interactions: own)
            })
        }
    }
}
