import RelanceCore

/// Finds the letter (or the blocked letter) written for an action, so that the dashboard and
/// summary.json can point from the action to its file.
struct LetterLookup {
    private struct Key: Hashable { let debtorID: String; let level: LetterLevel; let on: Day }
    private let letters: [Key: Letter]
    private let blockedLetters: [Key: BlockedLetter]

    init(_ plan: LetterPlan) {
        letters = Dictionary(plan.letters.map { (Key(debtorID: $0.debtor.id, level: $0.level, on: $0.dueSince), $0) },
                             uniquingKeysWith: { first, _ in first })
        blockedLetters = Dictionary(plan.blocked.map { (Key(debtorID: $0.debtor.id, level: $0.level, on: $0.dueSince), $0) },
                                    uniquingKeysWith: { first, _ in first })
    }

    func letter(_ action: Action) -> Letter? {
        guard let level = LetterLevel(action.kind) else { return nil }
        return letters[Key(debtorID: action.debtorID, level: level, on: action.on)]
    }

    func blocked(_ action: Action) -> BlockedLetter? {
        guard let level = LetterLevel(action.kind) else { return nil }
        return blockedLetters[Key(debtorID: action.debtorID, level: level, on: action.on)]
    }
}
