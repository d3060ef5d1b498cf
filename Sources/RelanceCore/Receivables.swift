/// An internal inconsistency: a bug in the generator, never a property of the book. The build stops.
public struct ComputationError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { "internal error: \(message)" }
    public init(message: String) { self.message = message }
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
    /// The same actions with their priorities, in the order to work them.
    public let workQueue: WorkQueue
    public let warnings: [BuildWarning]
    /// Debtors named by a row a `--keep-going` read rejected, with those rows: their account may be
    /// incomplete, so no letter goes out and their case file says so.
    public let debtorsWithRejectedRows: [String: [SourceLocation]]
    public let reconciliation: Reconciliation
    /// Where each ledger entry read ended up, checked entry by entry.
    public let placement: LedgerPlacement
    public let daysSalesOutstanding: DaysSalesOutstanding
    /// The book's rates under its penalty settings, worked out once: also what the letters and the
    /// décompte state per day (`DailyAccrual`).
    public let penaltyCalculator: PenaltyCalculator

    /// `bundles`: which case files are bundled for a lawyer, for the warning on a business debtor
    /// without SIREN.
    public init(book: Book, asOf: Day, bundles: BundleSelection = .automatic) throws(ComputationError) {
        self.asOf = asOf
        self.book = book
        let allocation = LedgerAllocation(ledger: book.ledger, asOf: asOf, debtors: book.debtors, interactions: book.interactions)
        let violations = allocation.invariantViolations()
        guard violations.isEmpty else {
            throw ComputationError(message: "allocation does not balance for debtors \(violations.joined(separator: ", "))")
        }
        self.allocation = allocation
        let placement = LedgerPlacement(ledger: book.ledger, allocation: allocation, asOf: asOf)
        guard placement.violations.isEmpty else {
            throw ComputationError(message: "ledger entries out of place: " + placement.violations.prefix(20).joined(separator: "; "))
        }
        self.placement = placement
        aging = AgingScheme(bounds: book.policy.aging)

        let log = DebtorLogs(book.interactions, allocation: allocation, asOf: asOf)
        penaltyCalculator = PenaltyCalculator(rates: book.rates, settings: book.penalties)
        let context = AssessmentContext(
            allocation: allocation, ledger: book.ledger, policy: book.policy, penaltySettings: book.penalties,
            calculator: penaltyCalculator, aging: aging, asOf: asOf, otherDebts: book.otherDebts)
        // Debtors with an open invoice, an unallocated credit or a claimed invoice paid late, taken
        // in id order so that their states come out sorted.
        var assessed: [(debtor: Int, slot: Int)] = []
        let claimsSettledLate = book.policy.claimSettledLate
        for index in Receivables.idOrder(book.debtors) {
            guard let slot = allocation.debtorSlots.number(of: book.debtors[index].id) else { continue }
            let account = allocation.accounts[slot]
            let hasOpen = account.invoiceIndices.contains(where: allocation.isStillOpen)
            let paidLate = claimsSettledLate && book.debtors[index].kind == .business
                && account.invoiceIndices.contains(where: allocation.wasPaidLate)
            guard hasOpen || account.unallocatedTotal.isPositive || paidLate else { continue }
            assessed.append((index, slot))
        }
        let debtorsToAssess = assessed
        let assessedStates = Parallel.map(count: debtorsToAssess.count) { position in
            let (index, slot) = debtorsToAssess[position]
            return DebtorAssessment(
                context: context, debtor: book.debtors[index], slot: slot,
                invoiceIndices: allocation.accounts[slot].invoiceIndices,
                interactions: DeliveryRecords.apply(log.interactions(ofSlot: slot)),
                unallocated: allocation.accounts[slot].unallocated
            ).assess()
        }
        // A debtor listed only for invoices paid late that are all time-barred has nothing to show.
        let states = assessedStates.filter {
            !$0.openInvoices.isEmpty || $0.unallocatedTotal.isPositive || !$0.settledLate.isEmpty
        }
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

        let (actions, priorities) = Receivables.sortedActions(states, asOf: asOf, prescriptionAlertDays: book.policy.prescriptionAlert)
        self.actions = actions
        workQueue = WorkQueue(actions: actions, priorities: priorities)
        debtorsWithRejectedRows = book.debtorsWithRejectedRows
        let alerts = Receivables.alerts(states, held: debtorsWithRejectedRows, asOf: asOf)
        warnings = alerts.urgent + DebtorTypeCheck.warnings(states, bundled: { bundles.includes($0) }) + alerts.informative
            + book.sourceWarnings

        var invoiced = Money.zero, credited = Money.zero, paid = Money.zero
        for account in allocation.accounts {
            invoiced += account.invoiced
            credited += account.credited
            paid += account.paid
        }
        var reconciliation = Reconciliation(
            ledgerEntriesRead: book.ledger.count, interactionsRead: book.interactions.count,
            ledgerEntriesIgnored: allocation.ignoredEntries, interactionsIgnored: log.ignored,
            invoiced: invoiced, credited: credited, paid: paid,
            outstanding: totals.outstanding, unallocatedCredit: totals.unallocatedCredit,
            creditAppliedToLaterInvoices: allocation.creditAppliedToLaterInvoices)
        (reconciliation.debtorRowsRejected, reconciliation.ledgerRowsRejected, reconciliation.interactionsRejected)
            = book.rejectedCounts
        if let source = book.sourceTotals {
            reconciliation.source = source
            (reconciliation.sourceAfterAsOf, reconciliation.otherSources) = try Receivables.checkSource(source, ledger: book.ledger, asOf: asOf,
                                                                        complete: book.rejectedRows.isEmpty)
        }
        self.reconciliation = reconciliation
        guard reconciliation.balances else {
            throw ComputationError(message: "totals do not reconcile: balance \(reconciliation.balance.plainDecimal()) ≠ outstanding \(totals.outstanding.plainDecimal()) − unallocated \(totals.unallocatedCredit.plainDecimal())")
        }
        guard agingAmounts.sum() == totals.outstanding else {
            throw ComputationError(message: "aging buckets do not add up to the outstanding total")
        }

        let days = PolicyWindows.salesOutstandingDays
        let windowStart = asOf - (days - 1)
        var recentInvoicing = Money.zero
        for index in allocation.invoices.indices {
            let date = allocation.invoices[index].entry.date
            if date >= windowStart && date <= asOf { recentInvoicing += allocation.invoices[index].entry.amount }
        }
        daysSalesOutstanding = DaysSalesOutstanding(outstanding: totals.outstanding, invoiced: recentInvoicing)
    }

    /// Positions of `debtors` by id (code point order), a repeated id in file order. (Not `!=` to
    /// tell ids apart: Swift calls a decomposed `é` equal to a precomposed one, code points do not.)
    private static func idOrder(_ debtors: [Debtor]) -> [Int] {
        debtors.indices.sorted { a, b in
            let idA = debtors[a].id, idB = debtors[b].id
            if idA.precedesInCodePointOrder(idB) { return true }
            if idB.precedesInCodePointOrder(idA) { return false }
            return a < b
        }
    }

    /// By date, then debtor id, keeping each debtor's own order (a strategic call before its reminder),
    /// each with its priority, worked out beside the debtor's open invoices.
    /// The states come in id order, so their actions, taken in turn, are already in debtor order:
    /// sorting by date then by that position needs no string comparison.
    private static func sortedActions(
        _ states: [DebtorState], asOf: Day, prescriptionAlertDays: Int
    ) -> (actions: [Action], priorities: [ActionPriority]) {
        var actions: [Action] = []
        var priorities: [ActionPriority] = []
        for state in states {
            for action in state.actions {
                actions.append(action)
                priorities.append(ActionPriority(
                    action: action, invoices: state.openInvoices, asOf: asOf, prescriptionAlertDays: prescriptionAlertDays))
            }
        }
        var keys = actions.indices.map { UInt64(UInt32(bitPattern: actions[$0].on.ordinal) ^ 0x8000_0000) << 32 | UInt64($0) }
        keys.sort()
        let positions = keys.map { Int($0 & 0xFFFF_FFFF) }
        return (positions.map { actions[$0] }, positions.map { priorities[$0] })
    }

    /// The alerts by urgency. `urgent`: invoices about to be time-barred (soonest last day first,
    /// then the largest: act before that day), debtors with rejected rows, then debtors without a
    /// postal address (each largest balance first: their letters are held or blocked), then the missing rates (penalties stop short). The type
    /// checks come next (the caller adds them). `informative`: contractual rates raised to the
    /// floor, then the time-barred invoices (largest first), where nothing can be done any more.
    /// Equal ones keep the debtors' id order.
    private static func alerts(
        _ states: [DebtorState], held: [String: [SourceLocation]], asOf: Day
    ) -> (urgent: [BuildWarning], informative: [BuildWarning]) {
        // Claims to declare in collective proceedings: a missed deadline forfeits them (L622-26),
        // so they come first, the unknown deadlines (BODACC date missing) and the soonest first.
        let declarations = states.compactMap { state -> (Day?, BuildWarning)? in
            guard let insolvency = state.debtor.proceedings(on: asOf),
                  !state.openInvoices.isEmpty || !state.settledLate.isEmpty else { return nil }
            return (insolvency.declarationDeadline, .claimToDeclare(debtorID: state.id, insolvency: insolvency, asOf: asOf))
        }.sorted { a, b in (a.0 ?? Day(year: 1, month: 1, day: 1)!) < (b.0 ?? Day(year: 1, month: 1, day: 1)!) }.map(\.1)
        var soon: [(lastDay: Day, amount: Money, warning: BuildWarning)] = []
        var barred: [(amount: Money, warning: BuildWarning)] = []
        var unaddressed: [(amount: Money, warning: BuildWarning)] = []
        var missing = Set<HalfYear>()
        var raised = Set<HalfYear>()
        for state in states {
            if !state.openInvoices.isEmpty && !state.debtor.hasPostalAddress {
                unaddressed.append((state.outstanding, .missingAddress(debtorID: state.id)))
            }
            for invoice in state.openInvoices {
                if let halfYear = invoice.penalties.missingHalfYear { missing.insert(halfYear) }
                raised.formUnion(invoice.penalties.raisedToFloor)
                switch invoice.prescriptionStatus {
                case .barred:
                    barred.append((invoice.outstanding, .timeBarred(debtorID: state.id, reference: invoice.reference, lastDay: invoice.prescription)))
                case .soon:
                    soon.append((invoice.prescription, invoice.outstanding,
                                 .prescriptionSoon(debtorID: state.id, reference: invoice.reference, lastDay: invoice.prescription)))
                case .running: break
                }
            }
        }
        // Penalties stop on the eve of the first half-year without a rate.
        let rateWarnings = missing.sorted().map { BuildWarning.missingRate(halfYear: $0, computedThrough: $0.firstDay - 1) }
        let floorWarnings = raised.sorted().map { BuildWarning.contractualRateRaised(halfYear: $0) }
        let bySoonest = soon.enumerated().sorted { a, b in
            if a.element.lastDay != b.element.lastDay { return a.element.lastDay < b.element.lastDay }
            if a.element.amount != b.element.amount { return a.element.amount > b.element.amount }
            return a.offset < b.offset
        }.map(\.element.warning)
        // Rejected rows hold letters too; a debtor with nothing open left is still named, by id.
        let outstanding = Dictionary(states.map { ($0.id, $0.outstanding) }, uniquingKeysWith: { first, _ in first })
        let rejected = held.keys.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }).map {
            (outstanding[$0] ?? .zero, BuildWarning.rowsRejected(debtorID: $0, rows: held[$0] ?? []))
        }
        return (declarations + bySoonest + largestFirst(rejected) + largestFirst(unaddressed) + rateWarnings,
                floorWarnings + largestFirst(barred))
    }

    /// The export's customer lines against the entries made of them, customer by customer (a
    /// lettering split or a skipped line must lose no cent); returns the part dated after the build
    /// date, and the balance the other sources (bank statements) add up to the build date. `complete`: no row was rejected (rejected rows take their customer's entries with them).
    private static func checkSource(
        _ source: SourceTotals, ledger: [LedgerEntry], asOf: Day, complete: Bool
    ) throws(ComputationError) -> (after: Money, others: Money) {
        var byDebtor: [String: Money] = [:]
        var after = Money.zero, others = Money.zero
        let files = Set(source.files)
        for entry in ledger {
            let signed = entry.kind == .invoice ? entry.amount : Money.zero - entry.amount
            guard files.contains(entry.location.file) else {
                if entry.date <= asOf { others += signed }
                continue
            }
            byDebtor[entry.debtorID, default: .zero] += signed
            if entry.date > asOf { after += signed }
        }
        if complete && byDebtor.filter({ $0.value != .zero }) != source.byCustomer.filter({ $0.value != .zero }) {
            let differing = Set(byDebtor.keys).union(source.byCustomer.keys).filter { byDebtor[$0] ?? .zero != source.byCustomer[$0] ?? .zero }
            throw ComputationError(message: "the entries read from \(source.files.joined(separator: ", ")) do not add up to its "
                                   + "customer lines for \(differing.sorted().prefix(10).joined(separator: ", "))")
        }
        return (after, others)
    }

    private static func largestFirst(_ items: [(amount: Money, warning: BuildWarning)]) -> [BuildWarning] {
        items.enumerated().sorted { a, b in
            a.element.amount != b.element.amount ? a.element.amount > b.element.amount : a.offset < b.offset
        }.map(\.element.warning)
    }
}
