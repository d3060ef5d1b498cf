/// The week's actions in the order to work them (assets/docs/book-format.md, "Action priority"):
/// actions before a prescription first, the soonest last day first; then the heaviest delay
/// (Σ balance × days late); then the earlier date; equal ones keep the actions' order (debtor id).
public struct WorkQueue: Sendable {
    /// One per action of `Receivables.actions`, at the same position.
    public let priorities: [ActionPriority]
    /// Positions in `Receivables.actions`, most urgent first.
    public let order: [Int]
    /// `rank[i]`: the 1-based place of action `i` in `order`.
    public let rank: [Int]

    /// `priorities[i]` is that of `actions[i]`.
    init(actions: [Action], priorities: [ActionPriority]) {
        let order = actions.indices.sorted { a, b in
            let p = priorities[a], q = priorities[b]
            switch (p.actBefore, q.actBefore) {
            case let (mine?, theirs?) where mine != theirs: return mine < theirs
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if p.weight != q.weight { return p.weight > q.weight }
            if actions[a].on != actions[b].on { return actions[a].on < actions[b].on }
            return a < b
        }
        var rank = Array(repeating: 0, count: actions.count)
        for (place, position) in order.enumerated() { rank[position] = place + 1 }
        self.priorities = priorities
        self.order = order
        self.rank = rank
    }
}
