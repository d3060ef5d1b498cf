/// One invoice of a letter with the earlier steps that really covered it, from the log: an invoice
/// no step covered is newly due, never « déjà rappelée » (README, "Letters", "Only what is
/// true").
public struct InvoiceRecap: Sendable {
    public let reference: String
    public let dueDate: Day
    /// The positions in the letter's log (`LetterFacts.log`) of the reminders and formal notices
    /// sent for it, in log order: positions rather than copies of the lines or of the invoice,
    /// since every letter of the build is kept until the letters are written.
    let positions: [Int32]

    public var isNewlyDue: Bool { positions.isEmpty }

    /// Whether the same reminders and notices were sent for both invoices (of the same letter):
    /// compared by position, without copying the log's lines.
    public func hasSameSteps(as other: InvoiceRecap) -> Bool { positions == other.positions }
}

/// What the debtor did, or failed to do, since the last step covering the letter's invoices: named
/// in the letter instead of « restées sans effet ».
public enum LetterAnswer: Sendable {
    /// A promise covering the invoices, not kept by its last day (due + grace).
    case brokenPromise(Interaction)
    /// A payment plan covering them, left behind at this instalment.
    case brokenPlan(Interaction, missed: PaymentPlanState.Instalment)
    /// A payment applied to them (a partial payment, since they are still open).
    case payment(reference: String, date: Day, amount: Money)
    /// A reply, an incoming call or message, a dispute or its closing, an acknowledgement.
    case exchange(Interaction)
}

/// The facts a letter states about the past, taken from the log and the ledger.
public struct LetterFacts: Sendable {
    /// One per invoice of the letter, in its order.
    public let recap: [InvoiceRecap]
    /// The debtor's log as the letter saw it (its lines up to the letter's date): a slice of the
    /// debtor's own array, not a copy.
    let log: ArraySlice<Interaction>
    public let answers: [LetterAnswer]
    /// A plan covering the letter's invoices was broken: no letter offers a new one.
    public let afterBrokenPlan: Bool

    /// Reminders and formal notices sent for `item`'s invoice, in log order.
    public func steps(_ item: InvoiceRecap) -> [Interaction] {
        item.positions.map { log[log.startIndex + Int($0)] }
    }

    /// Escalation kinds a recap names per invoice: a `switch` rather than a `Set`, which hashed
    /// the kind of every line of the log for every letter.
    static func isRecapped(_ kind: Interaction.Kind) -> Bool {
        switch kind {
        case .reminder1, .reminder2, .reminder3, .formalNotice: return true
        default: return false
        }
    }
    /// Kinds that answer a step, whatever their direction.
    static let answeringKinds: Set<Interaction.Kind> = [.reply, .dispute, .disputeClosed, .acknowledgement]
    /// Kinds that answer a step when the debtor initiated them.
    static let incomingKinds: Set<Interaction.Kind> = [.call, .email, .letter, .meeting]

    /// `end`: only the first `end` lines of the debtor's log (a letter regenerated as it stood on
    /// an earlier date).
    static func make(
        state: DebtorState, invoices: [InvoiceState], allocation: LedgerAllocation, ledger: [LedgerEntry], end: Int? = nil
    ) -> LetterFacts {
        let coverage = Coverage(allocation: allocation)
        let lines = state.interactions[..<min(end ?? state.interactions.count, state.interactions.count)]
        let entries = Set(invoices.map(\.account.entryIndex))
        // Only the letter's invoices count below: coverage is asked of them alone (a filter of what
        // it is given, `Coverage`), not of all the debtor's, once per line of the log and per letter.
        let letterInvoices = (allocation.debtors[state.id]?.invoiceIndices ?? []).filter {
            entries.contains(allocation.invoices[$0].entryIndex)
        }
        // The invoices a line covers, as places in `letterInvoices`: coverage is a filter of the
        // invoices it is given, so they come in that order and one pass finds their places. Arrays
        // by place rather than dictionaries by ledger entry: this runs once per line of the log and
        // per letter, a hundred letters for some case files.
        func covered(_ line: Interaction) -> [Int] {
            var places: [Int] = [], place = 0
            for index in coverage.invoices(of: line, debtorInvoices: letterInvoices) {
                while letterInvoices[place] != index { place += 1 }
                places.append(place)
                place += 1
            }
            return places
        }
        var placeOfEntry: [Int: Int] = [:]
        for (place, index) in letterInvoices.enumerated() { placeOfEntry[allocation.invoices[index].entryIndex] = place }

        // Per invoice, the positions in `lines` of the steps that covered it; invoices covered by the
        // same steps (a blank reminder covers them all) share one array, so that a debtor of many
        // invoices and many reminders costs the positions once, not once per invoice.
        var positionsByPlace = [[Int32]](repeating: [], count: letterInvoices.count)
        for (position, line) in lines.enumerated() where line.direction == .outgoing && isRecapped(line.kind) {
            for place in covered(line) { positionsByPlace[place].append(Int32(position)) }
        }
        let lastByPlace = positionsByPlace.map { $0.last.map(Int.init) }
        func lastStep(of invoice: InvoiceState) -> Int? { placeOfEntry[invoice.account.entryIndex].flatMap { lastByPlace[$0] } }
        // Invoices covered by the same steps share one array of positions.
        var shared: [[Int32]: [Int32]] = [:]
        let recap = invoices.map { invoice -> InvoiceRecap in
            let found = placeOfEntry[invoice.account.entryIndex].map { positionsByPlace[$0] } ?? []
            let positions = shared[found] ?? found
            shared[found] = positions
            return InvoiceRecap(reference: invoice.reference, dueDate: invoice.dueDate, positions: positions)
        }

        // What came after the last step covering one of the invoices it concerns: an answer to
        // that step (an invoice never reminded has nothing to answer).
        var answers: [LetterAnswer] = []
        if let firstLast = lastByPlace.compactMap({ $0 }).min() {
            for (position, line) in lines.enumerated() where position > firstLast {
                let answering = answeringKinds.contains(line.kind)
                    || (incomingKinds.contains(line.kind) && line.direction == .incoming)
                guard answering || line.kind == .promise || line.kind == .paymentPlan,
                      covered(line).contains(where: { place in lastByPlace[place].map { $0 < position } ?? false })
                else { continue }
                switch line.kind {
                case .promise:
                    if state.promises.contains(where: { $0.interaction.sequence == line.sequence && $0.status == .broken }) {
                        answers.append(.brokenPromise(line))
                    }
                case .paymentPlan:
                    if let plan = state.plans.first(where: { $0.interaction.sequence == line.sequence && $0.status == .broken }),
                       let missed = plan.lateInstalment {
                        answers.append(.brokenPlan(line, missed: missed))
                    }
                default:
                    answers.append(.exchange(line))
                }
            }
            var seen = Set<Int>()
            for invoice in invoices {
                guard let last = lastStep(of: invoice) else { continue }
                let stepDay = lines[lines.index(lines.startIndex, offsetBy: last)].day
                for settlement in invoice.account.allocations
                where settlement.kind == .payment && settlement.paidOn > stepDay && seen.insert(settlement.entryIndex).inserted {
                    let entry = ledger[settlement.entryIndex]
                    answers.append(.payment(reference: entry.reference, date: entry.date, amount: entry.amount))
                }
            }
        }
        let afterBrokenPlan = state.plans.contains { plan in
            plan.status == .broken && plan.coveredEntries.contains(where: entries.contains)
        }
        return LetterFacts(recap: recap, log: lines, answers: answers, afterBrokenPlan: afterBrokenPlan)
    }
}
