/// Computes one debtor's state as of the build date: figures per open invoice, stage, pauses,
/// next action and actions (book-format.md, "Escalation rules").
struct DebtorAssessment {
    let debtor: Debtor
    let allocation: LedgerAllocation
    /// Indices into `allocation.invoices`.
    let invoiceIndices: [Int]
    /// On or before the build date, in log order.
    let interactions: [Interaction]
    /// The debtor's payments on or before the build date (for payment plans).
    let payments: [LedgerEntry]
    let unallocated: [UnallocatedCredit]
    let policy: CollectionPolicy
    let penaltySettings: PenaltySettings
    let calculator: PenaltyCalculator
    let aging: AgingScheme
    let asOf: Day

    private var coverage: Coverage { Coverage(allocation: allocation) }

    func assess() -> DebtorState {
        let covered = interactions.map { coverage.invoices(of: $0, debtorInvoices: invoiceIndices) }
        let openIndices = invoiceIndices
            .filter { allocation.invoices[$0].balance.isPositive }
            .sorted(by: dueDateThenReference)
        let openSet = Set(openIndices)

        let promises = promiseStates(covered: covered, open: openSet)
        let plans = planStates(covered: covered, open: openSet)
        let activeCommitment = Set(promises.filter { $0.status == .active }.flatMap(\.coveredInvoices))
        let activePlan = Set(plans.filter { $0.status == .active }.flatMap(\.coveredInvoices))

        let invoices = openIndices.map { index in
            invoiceState(index, covered: covered)
        }
        let stage = invoices.map(\.stage).max() ?? .none
        let overdue = zip(openIndices, invoices).filter { $0.1.isOverdue }

        var paused = PauseReason.none
        if !overdue.isEmpty && overdue.allSatisfy({ $0.1.disputed || activeCommitment.contains($0.0) || activePlan.contains($0.0) }) {
            for (index, invoice) in overdue {
                if invoice.disputed { paused = max(paused, .dispute) }
                else if activePlan.contains(index) { paused = max(paused, .paymentPlan) }
                else { paused = max(paused, .promise) }
            }
        }

        let undisputedOverdue = overdue.filter { !$0.1.disputed }
        var nextAction: Action?
        if !overdue.isEmpty && paused == .none && stage != .handedOver && !undisputedOverdue.isEmpty {
            nextAction = escalationStep(
                stage: stage, covered: covered, openSet: openSet,
                overdueIndices: Set(overdue.map(\.0)), undisputedOverdue: undisputedOverdue.map(\.1),
                promises: promises, plans: plans)
        }

        var actions: [Action] = []
        let horizon = asOf + 13
        if let next = nextAction, next.on <= horizon {
            if debtor.segment == .strategic && next.kind.isReminder {
                actions.append(Action(debtorID: debtor.id, kind: .call, on: next.on, channel: .phone, invoices: next.invoices))
            }
            actions.append(next)
        }
        if stage == .reminder3 && paused == .none, let call = followUpCall(covered: covered, openSet: openSet), call.on <= horizon {
            actions.append(call)
        }
        for promise in promises where promise.status == .active {
            guard let due = promise.interaction.due, due >= asOf, due <= horizon else { continue }
            let refs = references(promise.coveredInvoices.filter(openSet.contains))
            actions.append(Action(debtorID: debtor.id, kind: .promiseDue, on: due, channel: .phone, invoices: refs))
        }
        for plan in plans where plan.status == .active {
            let refs = references(plan.coveredInvoices.filter(openSet.contains))
            for instalment in plan.instalments where instalment.date >= asOf && instalment.date <= horizon {
                guard instalment.metOn == nil else { continue }
                actions.append(Action(debtorID: debtor.id, kind: .instalmentDue, on: instalment.date, channel: .phone, invoices: refs))
            }
        }

        return DebtorState(
            debtor: debtor, openInvoices: invoices,
            unallocated: unallocated, stage: stage, paused: paused, nextAction: nextAction, actions: actions,
            promises: promises, plans: plans, interactions: interactions)
    }

    // MARK: - Invoices

    private func dueDateThenReference(_ a: Int, _ b: Int) -> Bool {
        let ia = allocation.invoices[a], ib = allocation.invoices[b]
        if ia.dueDate != ib.dueDate { return ia.dueDate < ib.dueDate }
        return ia.entry.reference.precedesInCodePointOrder(ib.entry.reference)
    }

    private func references(_ indices: [Int]) -> [String] {
        indices.sorted(by: dueDateThenReference).map { allocation.invoices[$0].entry.reference }
    }

    private func invoiceState(_ index: Int, covered: [[Int]]) -> InvoiceState {
        let account = allocation.invoices[index]
        let daysPastDue = asOf - account.dueDate
        var stage = EscalationStage.none
        var disputed = false
        var firstNotice: Interaction?
        var acknowledgements: [Day] = []
        for (interaction, invoices) in zip(interactions, covered) where invoices.contains(index) {
            if let level = interaction.kind.escalationLevel { stage = max(stage, level) }
            switch interaction.kind {
            case .dispute: disputed = true
            case .disputeClosed: disputed = false
            case .formalNotice where firstNotice == nil: firstNotice = interaction
            case .acknowledgement: acknowledgements.append(interaction.day)
            default: break
            }
        }
        let penalties: PenaltyComputation
        switch debtor.kind {
        case .business:
            penalties = calculator.compute(invoice: account, basis: .businessPenalties, start: account.dueDate + 1, asOf: asOf)
        case .consumer:
            if let notice = firstNotice {
                // Interest runs from the day after delivery, or after sending when delivery is unknown.
                let start = (notice.deliveredOn ?? notice.day) + 1
                penalties = calculator.compute(invoice: account, basis: .consumerLegalInterest, start: start, asOf: asOf)
            } else {
                penalties = calculator.compute(invoice: account, basis: .none, start: asOf, asOf: asOf)
            }
        }
        let indemnity = (debtor.kind == .business && daysPastDue >= 1) ? penaltySettings.indemnity : .zero
        let paymentDays = account.allocations.filter { $0.kind == .payment }.map(\.date)
        let prescription = Prescription.lastDay(
            dueDate: account.dueDate, restarts: paymentDays + acknowledgements, kind: debtor.kind)
        return InvoiceState(
            account: account, daysPastDue: daysPastDue, bucket: aging.buckets[aging.bucketIndex(daysPastDue: daysPastDue)],
            disputed: disputed, stage: stage, penalties: penalties, indemnity: indemnity, prescription: prescription,
            prescriptionStatus: Prescription.status(lastDay: prescription, asOf: asOf))
    }

    // MARK: - Promises and plans

    private func promiseStates(covered: [[Int]], open: Set<Int>) -> [PromiseState] {
        zip(interactions, covered).compactMap { interaction, invoices in
            guard interaction.kind == .promise, let due = interaction.due else { return nil }
            let lastDay = due + policy.promiseGrace
            let status: PromiseState.Status
            if asOf <= lastDay { status = .active }
            else if invoices.contains(where: open.contains) { status = .broken }
            else { status = .kept }
            return PromiseState(interaction: interaction, coveredInvoices: invoices, status: status, lastDay: lastDay)
        }
    }

    private func planStates(covered: [[Int]], open: Set<Int>) -> [PaymentPlanState] {
        zip(interactions, covered).compactMap { interaction, invoices in
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
            else if invoices.contains(where: open.contains) { status = .active }
            else { status = .kept }
            return PaymentPlanState(
                interaction: interaction, coveredInvoices: invoices, instalments: instalments, status: status, lateInstalment: late)
        }
    }

    // MARK: - Escalation

    private func escalationStep(
        stage: EscalationStage, covered: [[Int]], openSet: Set<Int>, overdueIndices: Set<Int>,
        undisputedOverdue: [InvoiceState], promises: [PromiseState], plans: [PaymentPlanState]
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
                interactions[i].kind.escalationLevel == stage && covered[i].contains(where: openSet.contains)
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
        if let promise = promises.last(where: { $0.coveredInvoices.contains(where: overdueIndices.contains) }),
           promise.status == .broken {
            on = max(on, promise.lastDay + 1)
        }
        if let plan = plans.last(where: { $0.coveredInvoices.contains(where: overdueIndices.contains) }),
           plan.status == .broken, let late = plan.lateInstalment {
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
    private func followUpCall(covered: [[Int]], openSet: Set<Int>) -> Action? {
        guard let position = interactions.indices.last(where: { i in
            interactions[i].kind == .reminder3 && covered[i].contains(where: openSet.contains)
        }) else { return nil }
        let reminder = interactions[position]
        let since = interactions[(position + 1)...]
        guard !since.contains(where: { $0.kind == .call || $0.kind == .reply }) else { return nil }
        return Action(
            debtorID: debtor.id, kind: .call, on: reminder.day + policy.callAfterReminder3, channel: .phone,
            invoices: references(covered[position].filter(openSet.contains)))
    }
}
