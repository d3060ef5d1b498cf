/// What a letter recalls of the past: the creditor's earlier steps that covered its invoices.
enum LetterHistory {
    /// Kinds a reminder recalls: every step of the ladder, and the exchanges we initiated.
    static let recalledKinds: Set<Interaction.Kind> = [
        .reminder1, .reminder2, .reminder3, .formalNotice, .call, .email, .letter, .meeting,
    ]

    /// How many steps a letter recalls at most. A letter must fit on a sheet, and a log with
    /// thousands of reminders must not make every regenerated letter thousands of lines long (the
    /// case file would grow with the square of the log). The chronology keeps every line.
    static let recalledAtMost = 10

    /// The steps a letter recalls: the most recent `recalledAtMost` outgoing interactions of a
    /// recalled kind covering one of the invoices named in `references`, among the first `end` lines
    /// of `state.interactions` (which are in log order), returned in log order. The latest first
    /// reminder is kept even when older, since a second reminder refers to it. `firstStep` is the
    /// oldest such step when older steps were left out.
    static func earlierSteps(
        of state: DebtorState, concerning references: Set<String>, allocation: LedgerAllocation, end: Int? = nil
    ) -> LetterRecall {
        let coverage = Coverage(allocation: allocation)
        // Coverage asked of the letter's invoices alone, not of all the debtor's (paid ones included):
        // each line of the log is looked at once per letter, and a case file regenerates many letters.
        let wanted = allocation.invoices(of: state.id, references: references)
        let lines = state.interactions[..<min(end ?? state.interactions.count, state.interactions.count)]
        func recalled(_ interaction: Interaction) -> Bool {
            interaction.direction == .outgoing && recalledKinds.contains(interaction.kind)
                && coverage.coversAny(of: interaction, among: wanted)
        }
        // From the most recent backwards, so that the cost is that of the steps recalled, not of
        // the whole log.
        var steps: [Interaction] = []
        var olderLeftOut = false
        var keptReminder1 = false
        for interaction in lines.reversed() {
            if steps.count < recalledAtMost {
                guard recalled(interaction) else { continue }
                steps.append(interaction)
                keptReminder1 = keptReminder1 || interaction.kind == .reminder1
                continue
            }
            // The window is full: only a first reminder is still wanted (the kind test comes first
            // because it is cheap), and whether anything older was left out.
            if !keptReminder1, interaction.kind == .reminder1, recalled(interaction) {
                steps.append(interaction)
                keptReminder1 = true
            } else if !olderLeftOut, recalled(interaction) {
                olderLeftOut = true
            }
            if keptReminder1 && olderLeftOut { break }
        }
        let firstStep = olderLeftOut ? lines.first(where: recalled) : nil
        return LetterRecall(steps: steps.reversed(), firstStep: firstStep)
    }
}

/// The steps a letter recalls, and the first step of all when older ones were left out.
struct LetterRecall {
    let steps: [Interaction]
    let firstStep: Interaction?
}
