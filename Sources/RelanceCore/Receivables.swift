/// An internal inconsistency: a bug in the generator, never a property of the book. The build stops.
public struct ComputationError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { "internal error: \(message)" }
}

/// Everything the outputs show, computed from a book and a build date. Pure: same inputs, same value.
public struct Receivables: Sendable {
    public let asOf: Day
    public let book: Book
    public let allocation: LedgerAllocation
    public let aging: AgingScheme
    /// Debtors with an open invoice or an unallocated credit, by id (code point order).
    public let debtors: [DebtorState]
    public let totals: Totals
    /// Outstanding per bucket, in the scheme's order.
    public let agingAmounts: [Money]
    /// Actions within the window (build date + 13 days), by date, debtor, then their own order.
    public let actions: [Action]
    public let warnings: [BuildWarning]
    public let reconciliation: Reconciliation
    public let daysSalesOutstanding: DaysSalesOutstanding

    public init(book: Book, asOf: Day) throws(ComputationError) {
        self.asOf = asOf
        self.book = book
        let allocation = LedgerAllocation(ledger: book.ledger, asOf: asOf)
        let violations = allocation.invariantViolations()
        guard violations.isEmpty else {
            throw ComputationError(message: "allocation does not balance for debtors \(violations.joined(separator: ", "))")
        }
        self.allocation = allocation
        aging = AgingScheme(bounds: book.policy.aging)

        var interactionsByDebtor: [String: [Interaction]] = [:]
        var ignoredInteractions = 0
        for interaction in book.interactions {
            guard interaction.day <= asOf else { ignoredInteractions += 1; continue }
            interactionsByDebtor[interaction.debtorID, default: []].append(interaction)
        }
        var paymentsByDebtor: [String: [LedgerEntry]] = [:]
        for entry in book.ledger where entry.kind == .payment && entry.date <= asOf {
            paymentsByDebtor[entry.debtorID, default: []].append(entry)
        }

        let calculator = PenaltyCalculator(rates: book.rates, settings: book.penalties)
        var states: [DebtorState] = []
        for debtor in book.debtors {
            guard let account = allocation.debtors[debtor.id] else { continue }
            let hasOpen = account.invoiceIndices.contains { allocation.invoices[$0].balance.isPositive }
            guard hasOpen || account.unallocatedTotal.isPositive else { continue }
            let assessment = DebtorAssessment(
                debtor: debtor, allocation: allocation, invoiceIndices: account.invoiceIndices,
                interactions: (interactionsByDebtor[debtor.id] ?? []).sorted { $0.precedesInLog($1) },
                payments: paymentsByDebtor[debtor.id] ?? [], unallocated: account.unallocated,
                policy: book.policy, penaltySettings: book.penalties, calculator: calculator, aging: aging, asOf: asOf)
            states.append(assessment.assess())
        }
        states.sort { $0.id.precedesInCodePointOrder($1.id) }
        debtors = states

        var totals = Totals()
        var agingAmounts = Array(repeating: Money.zero, count: aging.buckets.count)
        for state in states {
            totals.add(state)
            for invoice in state.openInvoices {
                agingAmounts[aging.bucketIndex(daysPastDue: invoice.daysPastDue)] += invoice.outstanding
            }
        }
        self.totals = totals
        self.agingAmounts = agingAmounts

        actions = Receivables.sortedActions(states)
        warnings = Receivables.warnings(states)

        var invoiced = Money.zero, credited = Money.zero, paid = Money.zero
        for account in allocation.debtors.values {
            invoiced += account.invoiced
            credited += account.credited
            paid += account.paid
        }
        reconciliation = Reconciliation(
            ledgerEntriesRead: book.ledger.count, interactionsRead: book.interactions.count,
            ledgerEntriesIgnored: allocation.ignoredEntries, interactionsIgnored: ignoredInteractions,
            invoiced: invoiced, credited: credited, paid: paid,
            outstanding: totals.outstanding, unallocatedCredit: totals.unallocatedCredit)
        guard reconciliation.balances else {
            throw ComputationError(message: "totals do not reconcile: balance \(reconciliation.balance.plainDecimal()) ≠ outstanding \(totals.outstanding.plainDecimal()) − unallocated \(totals.unallocatedCredit.plainDecimal())")
        }
        guard agingAmounts.sum() == totals.outstanding else {
            throw ComputationError(message: "aging buckets do not add up to the outstanding total")
        }

        let windowStart = asOf - 89
        let recentInvoicing = allocation.invoices
            .filter { $0.entry.date >= windowStart && $0.entry.date <= asOf }
            .map(\.entry.amount).sum()
        let dsoDays: Int? = recentInvoicing.isPositive
            ? Rounding.wholeDaysHalfUp(
                numerator: Int128(totals.outstanding.minorUnits) * 90, denominator: Int128(recentInvoicing.minorUnits))
            : nil
        daysSalesOutstanding = DaysSalesOutstanding(invoiced: recentInvoicing, days: dsoDays)
    }

    /// By date, then debtor id, keeping each debtor's own order (a strategic call before its reminder).
    private static func sortedActions(_ states: [DebtorState]) -> [Action] {
        var indexed: [(Int, Action)] = []
        for state in states { for action in state.actions { indexed.append((indexed.count, action)) } }
        indexed.sort { a, b in
            if a.1.on != b.1.on { return a.1.on < b.1.on }
            if a.1.debtorID != b.1.debtorID { return a.1.debtorID.precedesInCodePointOrder(b.1.debtorID) }
            return a.0 < b.0
        }
        return indexed.map(\.1)
    }

    private static func warnings(_ states: [DebtorState]) -> [BuildWarning] {
        var warnings: [BuildWarning] = []
        var missing = Set<HalfYear>()
        var raised = Set<HalfYear>()
        for state in states {
            if !state.openInvoices.isEmpty && !state.debtor.hasPostalAddress {
                warnings.append(.missingAddress(debtorID: state.id))
            }
            for invoice in state.openInvoices {
                if let halfYear = invoice.penalties.missingHalfYear { missing.insert(halfYear) }
                raised.formUnion(invoice.penalties.raisedToFloor)
                switch invoice.prescriptionStatus {
                case .barred: warnings.append(.timeBarred(debtorID: state.id, reference: invoice.reference, lastDay: invoice.prescription))
                case .soon: warnings.append(.prescriptionSoon(debtorID: state.id, reference: invoice.reference, lastDay: invoice.prescription))
                case .running: break
                }
            }
        }
        // Penalties stop on the eve of the first half-year without a rate.
        let rateWarnings = missing.sorted().map { BuildWarning.missingRate(halfYear: $0, computedThrough: $0.firstDay - 1) }
        let floorWarnings = raised.sorted().map { BuildWarning.contractualRateRaised(halfYear: $0) }
        return rateWarnings + floorWarnings + warnings
    }
}
