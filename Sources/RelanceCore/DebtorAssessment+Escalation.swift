/// A debtor's next step on the collection ladder, its channel, and the follow-up call after a
/// third reminder.
extension DebtorAssessment {
    func escalationStep(
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

    func channel(for kind: Action.Kind) -> Action.Channel {
        switch kind {
        case .reminder1: return debtor.hasEmail ? .email : .letter
        case .reminder2: return .letter
        case .reminder3, .formalNotice: return .registeredLetter
        case .handover: return .handover
        case .call, .promiseDue, .instalmentDue: return .phone
        }
    }

    /// The call that checks a third reminder arrived, unless a call or reply was logged since.
    func followUpCall(covered: [[Int32]], isOpen: [Bool]) -> Action? {
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
