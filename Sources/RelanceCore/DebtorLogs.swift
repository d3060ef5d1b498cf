/// The interaction log cut per debtor: each debtor's lines on or before the build date, in log order.
///
/// Grouped by the debtor's slot in the allocation (a debtor with nothing in the ledger has no
/// state, so its lines are only counted). Log order is date, time of day, then file order
/// (`Interaction.precedesInLog`), with the line's place in the file as the last resort, as the
/// stable sort of the previous version had it.
struct DebtorLogs: Sendable {
    private let lines: [Interaction]
    private let order: [Int32]
    private let start: [Int32]
    /// Lines dated after the build date.
    let ignored: Int

    init(_ interactions: [Interaction], allocation: LedgerAllocation, asOf: Day) {
        lines = interactions
        let slots = allocation.accounts.count
        var slotOf = [Int32](repeating: -1, count: interactions.count)
        var counts = [Int32](repeating: 0, count: slots + 1)
        var ignored = 0
        for index in interactions.indices {
            guard interactions[index].day <= asOf else { ignored += 1; continue }
            guard let slot = allocation.debtorSlots.number(of: interactions[index].debtorID) else { continue }
            slotOf[index] = Int32(slot)
            counts[slot + 1] += 1
        }
        self.ignored = ignored
        for slot in 0..<slots { counts[slot + 1] += counts[slot] }
        var next = counts
        var order = [Int32](repeating: 0, count: Int(counts[slots]))
        for index in interactions.indices where slotOf[index] >= 0 {
            let slot = Int(slotOf[index])
            order[Int(next[slot])] = Int32(index)
            next[slot] += 1
        }
        // The sort compares small keys: comparing the lines themselves copied them, strings and all.
        let keys = interactions.map { LogKey(day: $0.day.ordinal, minute: $0.minuteOfDay ?? 0, sequence: $0.sequence) }
        order.withUnsafeMutableBufferPointer { order in
            for slot in 0..<slots {
                let range = Int(counts[slot])..<Int(counts[slot + 1])
                guard range.count > 1 else { continue }
                var group = UnsafeMutableBufferPointer(rebasing: order[range])
                group.sort { a, b in
                    let keyA = keys[Int(a)], keyB = keys[Int(b)]
                    if keyA.day != keyB.day { return keyA.day < keyB.day }
                    if keyA.minute != keyB.minute { return keyA.minute < keyB.minute }
                    if keyA.sequence != keyB.sequence { return keyA.sequence < keyB.sequence }
                    return a < b
                }
            }
        }
        self.order = order
        start = counts
    }

    /// What `Interaction.precedesInLog` compares.
    private struct LogKey {
        let day: Int32
        let minute: Int
        let sequence: Int
    }

    func interactions(ofSlot slot: Int) -> [Interaction] {
        order[Int(start[slot])..<Int(start[slot + 1])].map { lines[Int($0)] }
    }
}
