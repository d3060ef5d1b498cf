import RelanceCore

/// Finds the letter (or the blocked letter) written for an action, so that the dashboard and
/// summary.json can point from the action to its file.
struct LetterLookup {
    private struct Key: Hashable { let debtorID: String; let level: LetterLevel; let on: Day }
    /// Positions in the plan's arrays, not copies of the letters: at 90k letters, tables of copies
    /// (one for summary.json, one for the dashboard, made side by side) were a fifth of the
    /// build's peak of memory.
    private let plan: LetterPlan
    private let letters: [Key: Int]
    private let blockedLetters: [Key: Int]

    init(_ plan: LetterPlan) {
        self.plan = plan
        letters = Dictionary(plan.letters.indices.map { i in
            let letter = plan.letters[i]
            return (Key(debtorID: letter.debtor.id, level: letter.level, on: letter.dueSince), i)
        }, uniquingKeysWith: { first, _ in first })
        blockedLetters = Dictionary(plan.blocked.indices.map { i in
            let blocked = plan.blocked[i]
            return (Key(debtorID: blocked.debtor.id, level: blocked.level, on: blocked.dueSince), i)
        }, uniquingKeysWith: { first, _ in first })
    }

    func letter(_ action: Action) -> Letter? {
        guard let level = LetterLevel(action.kind) else { return nil }
        return letters[Key(debtorID: action.debtorID, level: level, on: action.on)].map { plan.letters[$0] }
    }

    func blocked(_ action: Action) -> BlockedLetter? {
        guard let level = LetterLevel(action.kind) else { return nil }
        return blockedLetters[Key(debtorID: action.debtorID, level: level, on: action.on)].map { plan.blocked[$0] }
    }
}
