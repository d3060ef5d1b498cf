/// What every debtor's assessment reads: the allocation, the ledger and the settings. Shared, never
/// copied per debtor, and safe to read from several threads.
struct AssessmentContext: Sendable {
    let allocation: LedgerAllocation
    let ledger: [LedgerEntry]
    let policy: CollectionPolicy
    let penaltySettings: PenaltySettings
    let calculator: PenaltyCalculator
    let aging: AgingScheme
    let asOf: Day
    /// `Book.otherDebts`.
    let otherDebts: Set<String>
}

/// Computes one debtor's state as of the build date: figures per open invoice, stage, pauses,
/// next action and actions (assets/docs/book-format.md, "Escalation rules").
///
/// The debtor's invoices are numbered by position in `invoiceIndices` (file order), and what covers
/// each one is indexed once: the previous version tested every (interaction, invoice) pair again for
/// each open invoice, which grew with the cube of a large account's size.
struct DebtorAssessment {
    let context: AssessmentContext
    let debtor: Debtor
    /// The debtor's slot in the allocation.
    let slot: Int
    /// Indices into `allocation.invoices`, ascending (file order).
    let invoiceIndices: [Int]
    /// On or before the build date, in log order.
    let interactions: [Interaction]
    let unallocated: [UnallocatedCredit]
    /// Off for a past account whose letters are all reminders: only a formal notice claims the
    /// invoices paid late, and finding them is a fifth of an assessment.
    var findsSettledLate = true

    var allocation: LedgerAllocation { context.allocation }
    var policy: CollectionPolicy { context.policy }
    var asOf: Day { context.asOf }

    /// A promise or plan with the positions of the invoices it covers.
    struct Covered<State> {
        let state: State
        let positions: [Int32]
    }

    func assess() -> DebtorState {
        let covered = interactions.map(coveredPositions)
        let isOpen = invoiceIndices.map { allocation.invoices[$0].balance.isPositive }
        // Open invoices by due date, then reference: the debtor's FIFO order.
        var openPositions: [Int32] = []
        for position in Int(allocation.fifoStart[slot])..<Int(allocation.fifoStart[slot + 1]) {
            let index = Int(allocation.fifoOrder[position])
            if allocation.invoices[index].balance.isPositive { openPositions.append(self.position(of: index)) }
        }

        let promises = promiseStates(covered: covered, isOpen: isOpen)
        let plans = planStates(covered: covered, isOpen: isOpen)
        var activePromise = [Bool](repeating: false, count: invoiceIndices.count)
        for promise in promises where promise.state.status == .active {
            for position in promise.positions { activePromise[Int(position)] = true }
        }
        var activePlan = [Bool](repeating: false, count: invoiceIndices.count)
        for plan in plans where plan.state.status == .active {
            for position in plan.positions { activePlan[Int(position)] = true }
        }

        let coverers = CoveringInteractions(covered: covered, invoiceCount: invoiceIndices.count)
        let invoices = openPositions.map { invoiceState(Int($0), coverers: coverers) }
        // Time-barred invoices set no stage unless nothing else is open, and take no part in pauses,
        // next steps, floors or letters: for escalation they are as if they were not overdue.
        let claimable = invoices.filter { !$0.isTimeBarred }
        let stage = (claimable.isEmpty ? invoices : claimable).map(\.stage).max() ?? .none
        var isOverdue = [Bool](repeating: false, count: invoiceIndices.count)
        var overdue: [(position: Int, state: InvoiceState)] = []
        for (position, state) in zip(openPositions, invoices) where state.isClaimablyOverdue {
            isOverdue[Int(position)] = true
            overdue.append((Int(position), state))
        }

        var paused = PauseReason.none
        if !overdue.isEmpty && overdue.allSatisfy({ $0.state.disputed || activePromise[$0.position] || activePlan[$0.position] }) {
            for (position, invoice) in overdue {
                if invoice.disputed { paused = max(paused, .dispute) }
                else if activePlan[position] { paused = max(paused, .paymentPlan) }
                else { paused = max(paused, .promise) }
            }
        }

        let undisputedOverdue = overdue.filter { !$0.state.disputed }
        var nextAction: Action?
        if !overdue.isEmpty && paused == .none && stage != .handedOver && !undisputedOverdue.isEmpty {
            nextAction = escalationStep(
                stage: stage, covered: covered, isOpen: isOpen, isOverdue: isOverdue,
                undisputedOverdue: undisputedOverdue.map(\.state), promises: promises, plans: plans)
        }

        var actions: [Action] = []
        let horizon = asOf + PolicyWindows.actionDays
        // Collective proceedings stop every action, whatever else (L622-21 C. com.). The step they
        // forbid is kept, so that its letter is listed as blocked with the reason instead of vanishing.
        guard debtor.proceedings(on: asOf) == nil else {
            return DebtorState(
                debtor: debtor, openInvoices: invoices,
                unallocated: unallocated, stage: stage, paused: .insolvency, nextAction: nil, actions: [],
                promises: promises.map(\.state), plans: plans.map(\.state), interactions: interactions,
                settledLate: findsSettledLate ? settledLateInvoices(coverers: coverers) : [],
                forbiddenStep: nextAction.flatMap { $0.on <= horizon ? $0 : nil })
        }
        if let next = nextAction, next.on <= horizon {
            if debtor.segment == .strategic && next.kind.isReminder {
                actions.append(Action(debtorID: debtor.id, kind: .call, on: next.on, channel: .phone, invoices: next.invoices))
            }
            actions.append(next)
        }
        if stage == .reminder3 && paused == .none, let call = followUpCall(covered: covered, isOpen: isOpen), call.on <= horizon {
            actions.append(call)
        }
        for promise in promises where promise.state.status == .active {
            guard let due = promise.state.interaction.due, due >= asOf, due <= horizon else { continue }
            let refs = references(promise.positions.filter { isOpen[Int($0)] })
            actions.append(Action(debtorID: debtor.id, kind: .promiseDue, on: due, channel: .phone, invoices: refs))
        }
        for plan in plans where plan.state.status == .active {
            let refs = references(plan.positions.filter { isOpen[Int($0)] })
            for instalment in plan.state.instalments where instalment.date >= asOf && instalment.date <= horizon {
                guard instalment.metOn == nil else { continue }
                actions.append(Action(debtorID: debtor.id, kind: .instalmentDue, on: instalment.date, channel: .phone, invoices: refs))
            }
        }

        return DebtorState(
            debtor: debtor, openInvoices: invoices,
            unallocated: unallocated, stage: stage, paused: paused, nextAction: nextAction, actions: actions,
            promises: promises.map(\.state), plans: plans.map(\.state), interactions: interactions,
            settledLate: findsSettledLate ? settledLateInvoices(coverers: coverers) : [])
    }

    // MARK: - Coverage

    /// The position of an invoice of this debtor.
    func position(of index: Int) -> Int32 {
        var low = 0, high = invoiceIndices.count
        while low < high {
            let middle = (low + high) / 2
            if invoiceIndices[middle] < index { low = middle + 1 } else { high = middle }
        }
        return Int32(low)
    }

    /// Positions of the invoices an interaction covers, ascending (as `Coverage.invoices` orders them).
    func coveredPositions(_ interaction: Interaction) -> [Int32] {
        if interaction.invoices.isEmpty {
            var positions: [Int32] = []
            for (position, index) in invoiceIndices.enumerated()
            where allocation.blankLineCovers(index, interaction.kind, on: interaction.day) {
                positions.append(Int32(position))
            }
            return positions
        }
        guard let listed = allocation.listedInvoices(interaction.invoices) else {
            return Coverage(allocation: allocation).invoices(of: interaction, debtorInvoices: invoiceIndices)
                .map(position(of:))
        }
        var positions: [Int32] = []
        for index in listed where allocation.invoiceSlot[index] == slot {
            let position = position(of: index)
            if !positions.contains(position) { positions.append(position) }
        }
        return positions.sorted()
    }

    /// For each invoice position, the interactions covering it, in log order.
    struct CoveringInteractions {
        private var start: [Int32]
        private var interactions: [Int32]

        init(covered: [[Int32]], invoiceCount: Int) {
            start = [Int32](repeating: 0, count: invoiceCount + 1)
            for positions in covered { for position in positions { start[Int(position) + 1] += 1 } }
            for position in 0..<invoiceCount { start[position + 1] += start[position] }
            var next = start
            interactions = [Int32](repeating: 0, count: Int(start[invoiceCount]))
            for (interaction, positions) in covered.enumerated() {
                for position in positions {
                    interactions[Int(next[Int(position)])] = Int32(interaction)
                    next[Int(position)] += 1
                }
            }
        }

        subscript(position: Int) -> ArraySlice<Int32> {
            interactions[Int(start[position])..<Int(start[position + 1])]
        }
    }
}
