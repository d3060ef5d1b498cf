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

    private var allocation: LedgerAllocation { context.allocation }
    private var policy: CollectionPolicy { context.policy }
    private var asOf: Day { context.asOf }

    /// A promise or plan with the positions of the invoices it covers.
    private struct Covered<State> {
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
            settledLate: settledLateInvoices(coverers: coverers))
    }

    // MARK: - Coverage

    /// The position of an invoice of this debtor.
    private func position(of index: Int) -> Int32 {
        var low = 0, high = invoiceIndices.count
        while low < high {
            let middle = (low + high) / 2
            if invoiceIndices[middle] < index { low = middle + 1 } else { high = middle }
        }
        return Int32(low)
    }

    /// Positions of the invoices an interaction covers, ascending (as `Coverage.invoices` orders them).
    private func coveredPositions(_ interaction: Interaction) -> [Int32] {
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
    private struct CoveringInteractions {
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

    // MARK: - Invoices

    /// References in due-date-then-reference order (the debtor's FIFO order).
    private func references(_ positions: [Int32]) -> [String] {
        positions.map { invoiceIndices[Int($0)] }
            .sorted { allocation.fifoRank[$0] < allocation.fifoRank[$1] }
            .map { allocation.invoices[$0].entry.reference }
    }

    private func invoiceState(_ position: Int, coverers: CoveringInteractions) -> InvoiceState {
        let account = allocation.invoices[invoiceIndices[position]]
        let daysPastDue = asOf - account.dueDate
        var stage = EscalationStage.none
        var disputed = false
        var firstNotice: Int?
        for k in coverers[position] {
            // Fields read in place: copying each line (strings, lists) cost more than the rule.
            let kind = interactions[Int(k)].kind
            if let level = kind.escalationLevel { stage = max(stage, level) }
            switch kind {
            case .dispute: disputed = true
            case .disputeClosed: disputed = false
            case .formalNotice where firstNotice == nil: firstNotice = Int(k)
            default: break
            }
        }
        let clock = prescriptionClock(position, account: account, coverers: coverers)
        let status = Prescription.status(lastDay: clock.lastDay, asOf: asOf)
        let calculator = context.calculator
        let penalties: PenaltyComputation
        switch debtor.kind {
        case _ where status == .barred:
            penalties = calculator.compute(invoice: account, basis: .none, start: asOf, asOf: asOf)
        case .business:
            penalties = calculator.compute(invoice: account, basis: .businessPenalties, start: account.dueDate + 1, asOf: asOf)
        case .consumer:
            if let notice = firstNotice {
                // Interest runs from the day after delivery, or after sending when delivery is unknown.
                let start = (interactions[notice].deliveredOn ?? interactions[notice].day) + 1
                penalties = calculator.compute(invoice: account, basis: .consumerLegalInterest, start: start, asOf: asOf)
            } else {
                penalties = calculator.compute(invoice: account, basis: .none, start: asOf, asOf: asOf)
            }
        }
        let indemnity = (debtor.kind == .business && daysPastDue >= 1 && status != .barred)
            ? context.penaltySettings.indemnity : .zero
        let aging = context.aging
        return InvoiceState(
            account: account, daysPastDue: daysPastDue, bucket: aging.buckets[aging.bucketIndex(daysPastDue: daysPastDue)],
            disputed: disputed, stage: stage, penalties: penalties, indemnity: indemnity, prescriptionClock: clock,
            prescriptionStatus: status)
    }

    /// From the service date (else the invoice date), restarted by the payments allocated to the
    /// invoice, each at its own date, and the acknowledgements covering it; credit notes do not
    /// restart it (assets/docs/legal-rules.md §6).
    private func prescriptionClock(_ position: Int, account: InvoiceAccount, coverers: CoveringInteractions) -> PrescriptionClock {
        var events: [PrescriptionClock.Restart] = []
        for allocation in account.allocations where allocation.kind == .payment {
            events.append(.init(day: allocation.paidOn, cause: .payment(entryIndex: allocation.entryIndex)))
        }
        for k in coverers[position] where interactions[Int(k)].kind == .acknowledgement {
            events.append(.init(day: interactions[Int(k)].day, cause: .acknowledgement(sequence: interactions[Int(k)].sequence)))
        }
        return PrescriptionClock.run(invoice: account.entry, kind: debtor.kind, events: events)
    }

    // MARK: - Invoices paid late

    /// The business debtor's invoices settled in full, at least one payment after the due date, and
    /// not time-barred, by due date then reference: their penalties to the day each part was settled,
    /// and the indemnity (L441-10 II, D441-5).
    private func settledLateInvoices(coverers: CoveringInteractions) -> [SettledLateInvoice] {
        guard debtor.kind == .business && policy.claimSettledLate else { return [] }
        var found: [(rank: Int32, invoice: SettledLateInvoice)] = []
        for (position, index) in invoiceIndices.enumerated() where allocation.wasPaidLate(index) {
            let account = allocation.invoices[index]
            let clock = prescriptionClock(position, account: account, coverers: coverers)
            guard !clock.isBarred(on: asOf) else { continue }
            let settledOn = account.allocations.map(\.date).max()!
            let penalties = context.calculator.compute(
                invoice: account, basis: .businessPenalties, start: account.dueDate + 1, asOf: settledOn)
            found.append((allocation.fifoRank[index], SettledLateInvoice(
                account: account, settledOn: settledOn, penalties: penalties, indemnity: context.penaltySettings.indemnity,
                prescriptionClock: clock)))
        }
        return found.sorted { $0.rank < $1.rank }.map(\.invoice)
    }

    // MARK: - Promises and plans

    private func coversOpen(_ positions: [Int32], _ isOpen: [Bool]) -> Bool {
        positions.contains { isOpen[Int($0)] }
    }

    private func globalIndices(_ positions: [Int32]) -> [Int] {
        positions.map { invoiceIndices[Int($0)] }
    }

    private func promiseStates(covered: [[Int32]], isOpen: [Bool]) -> [Covered<PromiseState>] {
        zip(interactions, covered).compactMap { interaction, positions in
            guard interaction.kind == .promise, let due = interaction.due else { return nil }
            let lastDay = due + policy.promiseGrace
            let status: PromiseState.Status
            if asOf <= lastDay { status = .active }
            else if coversOpen(positions, isOpen) { status = .broken }
            else { status = .kept }
            return Covered(
                state: PromiseState(interaction: interaction, coveredInvoices: globalIndices(positions), status: status, lastDay: lastDay),
                positions: positions)
        }
    }

    /// The debtor's payments on or before the build date, in file order.
    private var payments: [LedgerEntry] {
        let range = Int(allocation.paymentStart[slot])..<Int(allocation.paymentStart[slot + 1])
        return allocation.paymentOrder[range].map { context.ledger[Int($0)] }
    }

    private func planStates(covered: [[Int32]], isOpen: [Bool]) -> [Covered<PaymentPlanState>] {
        guard interactions.contains(where: { $0.kind == .paymentPlan }) else { return [] }
        let payments = self.payments
        return zip(interactions, covered).compactMap { interaction, positions in
            guard interaction.kind == .paymentPlan else { return nil }
            // Payments dated after the plan's date, counted cumulatively.
            let counted = payments.filter { $0.date > interaction.day }.sorted { $0.date < $1.date }
            var cumulativeDue = Money.zero
            var instalments: [PaymentPlanState.Instalment] = []
            var late: PaymentPlanState.Instalment?
            for scheduled in interaction.schedule.sorted(by: { $0.date < $1.date }) {
                cumulativeDue += scheduled.amount
                var paid = Money.zero
                var metOn: Day?
                for payment in counted {
                    paid += payment.amount
                    if paid >= cumulativeDue { metOn = payment.date; break }
                }
                let instalment = PaymentPlanState.Instalment(date: scheduled.date, amount: scheduled.amount, metOn: metOn)
                instalments.append(instalment)
                let graceEnd = scheduled.date + policy.promiseGrace
                if late == nil && graceEnd < asOf && (metOn.map { $0 > graceEnd } ?? true) {
                    late = instalment
                }
            }
            let status: PaymentPlanState.Status
            if late != nil { status = .broken }
            else if coversOpen(positions, isOpen) { status = .active }
            else { status = .kept }
            return Covered(
                state: PaymentPlanState(
                    interaction: interaction, coveredInvoices: globalIndices(positions),
                    coveredEntries: globalIndices(positions).map { allocation.invoices[$0].entryIndex }, instalments: instalments,
                    status: status, lateInstalment: late, paid: counted.map(\.amount).sum()),
                positions: positions)
        }
    }

    // MARK: - Escalation

    private func escalationStep(
        stage: EscalationStage, covered: [[Int32]], isOpen: [Bool], isOverdue: [Bool],
        undisputedOverdue: [InvoiceState], promises: [Covered<PromiseState>], plans: [Covered<PaymentPlanState>]
    ) -> Action? {
        let refs = undisputedOverdue.map(\.reference)
        var kind: Action.Kind
        var on: Day
        if stage == .none {
            kind = .reminder1
            on = undisputedOverdue.map(\.dueDate).min()! + policy.reminder1
        } else {
            // L: the latest interaction of the stage's kind covering one of the open invoices.
            guard let position = interactions.indices.last(where: { i in
                interactions[i].kind.escalationLevel == stage && coversOpen(covered[i], isOpen)
            }) else { return nil }
            let latest = interactions[position]
            switch stage {
            case .reminder1: kind = .reminder2; on = latest.day + policy.reminder2
            case .reminder2: kind = .reminder3; on = latest.day + policy.reminder3
            case .reminder3: kind = .formalNotice; on = latest.day + policy.formalNotice
            case .formalNotice: kind = .handover; on = (latest.deliveredOn ?? latest.day) + policy.noticeDeadline + 1
            case .none, .handedOver: return nil
            }
        }
        // Never earlier than the end of a broken promise or plan covering an overdue invoice.
        if let promise = promises.last(where: { coversOpen($0.positions, isOverdue) }), promise.state.status == .broken {
            on = max(on, promise.state.lastDay + 1)
        }
        if let plan = plans.last(where: { coversOpen($0.positions, isOverdue) }),
           plan.state.status == .broken, let late = plan.state.lateInstalment {
            on = max(on, late.date + policy.promiseGrace + 1)
        }
        return Action(debtorID: debtor.id, kind: kind, on: on, channel: channel(for: kind), invoices: refs)
    }

    private func channel(for kind: Action.Kind) -> Action.Channel {
        switch kind {
        case .reminder1: return debtor.hasEmail ? .email : .letter
        case .reminder2: return .letter
        case .reminder3, .formalNotice: return .registeredLetter
        case .handover: return .handover
        case .call, .promiseDue, .instalmentDue: return .phone
        }
    }

    /// The call that checks a third reminder arrived, unless a call or reply was logged since.
    private func followUpCall(covered: [[Int32]], isOpen: [Bool]) -> Action? {
        guard let position = interactions.indices.last(where: { i in
            interactions[i].kind == .reminder3 && coversOpen(covered[i], isOpen)
        }) else { return nil }
        let reminder = interactions[position]
        let since = interactions[(position + 1)...]
        guard !since.contains(where: { $0.kind == .call || $0.kind == .reply }) else { return nil }
        return Action(
            debtorID: debtor.id, kind: .call, on: reminder.day + policy.callAfterReminder3, channel: .phone,
            invoices: references(covered[position].filter { isOpen[Int($0)] }))
    }
}
