/// The figures of each of a debtor's invoices: balance, lateness, stage, penalties, indemnity and
/// prescription; and the invoices paid late whose penalties and indemnity are claimed.
extension DebtorAssessment {
    /// References in due-date-then-reference order (the debtor's FIFO order).
    func references(_ positions: [Int32]) -> [String] {
        positions.map { invoiceIndices[Int($0)] }
            .sorted { allocation.fifoRank[$0] < allocation.fifoRank[$1] }
            .map { allocation.invoices[$0].entry.reference }
    }

    func invoiceState(_ position: Int, coverers: CoveringInteractions) -> InvoiceState {
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
        // Collective proceedings stop interest and penalties at the opening judgment (L622-28).
        let proceedings = debtor.proceedings(on: asOf)
        let penaltyEnd = proceedings.map { min(asOf, $0.lastInterestDay) } ?? asOf
        let isInvoice = context.otherDebts.isEmpty || !context.otherDebts.contains(account.entry.reference)
        let penalties: PenaltyComputation
        switch debtor.kind {
        case _ where !isInvoice:
            penalties = calculator.compute(invoice: account, basis: .notAnInvoice, start: penaltyEnd, asOf: penaltyEnd)
        case _ where status == .barred:
            penalties = calculator.compute(invoice: account, basis: .none, start: penaltyEnd, asOf: penaltyEnd)
        case .business:
            penalties = calculator.compute(invoice: account, basis: .businessPenalties, start: account.dueDate + 1, asOf: penaltyEnd)
        case .consumer:
            if let notice = firstNotice {
                // Interest runs from the day after delivery, or after sending when delivery is unknown.
                let start = (interactions[notice].deliveredOn ?? interactions[notice].day) + 1
                penalties = calculator.compute(invoice: account, basis: .consumerLegalInterest, start: start, asOf: penaltyEnd)
            } else {
                penalties = calculator.compute(invoice: account, basis: .none, start: penaltyEnd, asOf: penaltyEnd)
            }
        }
        // An invoice falling due after the opening gets no indemnity: payment is forbidden then.
        let dueBeforeProceedings = proceedings.map { account.dueDate < $0.openedOn } ?? true
        let indemnity = (debtor.kind == .business && isInvoice && daysPastDue >= 1 && status != .barred && dueBeforeProceedings)
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
    func prescriptionClock(_ position: Int, account: InvoiceAccount, coverers: CoveringInteractions) -> PrescriptionClock {
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
    func settledLateInvoices(coverers: CoveringInteractions) -> [SettledLateInvoice] {
        guard debtor.kind == .business && policy.claimSettledLate else { return [] }
        var found: [(rank: Int32, invoice: SettledLateInvoice)] = []
        for (position, index) in invoiceIndices.enumerated() where allocation.wasPaidLate(index) {
            let account = allocation.invoices[index]
            guard context.otherDebts.isEmpty || !context.otherDebts.contains(account.entry.reference) else { continue }
            let clock = prescriptionClock(position, account: account, coverers: coverers)
            guard !clock.isBarred(on: asOf) else { continue }
            let settledOn = account.allocations.map(\.date).max()!
            let proceedings = debtor.proceedings(on: asOf)
            let penalties = context.calculator.compute(
                invoice: account, basis: .businessPenalties, start: account.dueDate + 1,
                asOf: proceedings.map { min(settledOn, $0.lastInterestDay) } ?? settledOn)
            let indemnity = proceedings.map { account.dueDate < $0.openedOn } ?? true ? context.penaltySettings.indemnity : .zero
            found.append((allocation.fifoRank[index], SettledLateInvoice(
                account: account, settledOn: settledOn, penalties: penalties, indemnity: indemnity,
                prescriptionClock: clock)))
        }
        return found.sorted { $0.rank < $1.rank }.map(\.invoice)
    }
}
