/// A debtor's promises and payment plans, and where each stands on the build date.
extension DebtorAssessment {
    func coversOpen(_ positions: [Int32], _ isOpen: [Bool]) -> Bool {
        positions.contains { isOpen[Int($0)] }
    }

    func globalIndices(_ positions: [Int32]) -> [Int] {
        positions.map { invoiceIndices[Int($0)] }
    }

    func promiseStates(covered: [[Int32]], isOpen: [Bool]) -> [Covered<PromiseState>] {
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

    /// The day and amount of the debtor's payments on or before the build date, by day: all a plan
    /// reads of them, without copying the rows (five strings each) once per plan.
    var paymentsByDay: [(date: Day, amount: Money)] {
        let range = Int(allocation.paymentStart[slot])..<Int(allocation.paymentStart[slot + 1])
        return allocation.paymentOrder[range].map { (context.ledger[Int($0)].date, context.ledger[Int($0)].amount) }
            .sorted { $0.date < $1.date }
    }

    func planStates(covered: [[Int32]], isOpen: [Bool]) -> [Covered<PaymentPlanState>] {
        guard interactions.contains(where: { $0.kind == .paymentPlan }) else { return [] }
        let payments = paymentsByDay
        return zip(interactions, covered).compactMap { interaction, positions in
            guard interaction.kind == .paymentPlan else { return nil }
            // Payments dated after the plan's date, counted cumulatively (payments of one day
            // meet an instalment on that day in any order).
            let counted = payments[payments.partitionPoint { $0.date > interaction.day }...]
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
}
