/// The allocation of a book's ledger as of a build date (assets/docs/book-format.md, "Allocation").
///
/// Built in passes over compact arrays rather than entry by entry through dictionaries keyed by
/// strings: on a million-invoice ledger the previous version spent most of its time hashing debtor ids
/// and references and copying `LedgerEntry` values (five strings each) inside sort comparators.
/// Debtors get a number (their slot) in the order they first appear; settlements are sorted as
/// packed integer keys; each debtor's FIFO list is sorted once and walked from its first open invoice.
public struct LedgerAllocation: Sendable {
    public private(set) var invoices: [InvoiceAccount] = []
    public private(set) var debtors: [String: DebtorLedger] = [:]
    public private(set) var ignoredEntries = 0
    /// The build date it is the allocation of.
    public private(set) var asOf: Day

    /// Debtor ids numbered in order of first appearance (entries on or before the build date).
    private(set) var debtorSlots = StringTable()
    /// Per slot: the same values as `debtors`.
    private(set) var accounts: [DebtorLedger] = []
    /// Per invoice: its debtor's slot.
    private(set) var invoiceSlot: [Int32] = []
    /// Per invoice: the day its balance reached zero (ordinal), `Int32.max` while it is open. The
    /// balance only goes down, so the invoice is open at the end of day d exactly when it is dated on
    /// or before d and d is before this day.
    private(set) var closedOn: [Int32] = []
    /// Each debtor's invoices by due date, then reference (the FIFO order), slot after slot:
    /// slot s owns `fifoOrder[fifoStart[s]..<fifoStart[s + 1]]`.
    private(set) var fifoOrder: [Int32] = []
    private(set) var fifoStart: [Int32] = []
    /// Per invoice: its position in its debtor's FIFO order.
    private(set) var fifoRank: [Int32] = []
    /// Payments on or before the build date (indices into the ledger), slot after slot, each slot's in
    /// file order: slot s owns `paymentOrder[paymentStart[s]..<paymentStart[s + 1]]`.
    private(set) var paymentOrder: [Int32] = []
    private(set) var paymentStart: [Int32] = []
    /// Invoice references; `referenceInvoice[n]` is the invoice of reference number n (the last
    /// registered one when a reference repeats, which a valid book never does).
    private var references = StringTable()
    private(set) var referenceInvoice: [Int32] = []
    /// Two registered invoices share a reference (only in hand-made ledgers: the reader rejects it).
    private(set) var hasDuplicateReferences = false
    /// Per invoice: its date and due date (ordinals), compact for the passes that scan every invoice.
    private(set) var invoiceDays: [Int32] = []
    private(set) var dueDays: [Int32] = []
    /// The payments and credit notes naming an invoice dated after them: from the credit's date to
    /// the eve of the invoice's, the debtor's allocation as of that day is not the prefix of this
    /// one (the credit is kept whole for the invoice then), which `WeeklyHistory` recomputes.
    private(set) var creditsNamingLaterInvoices: [(slot: Int32, from: Day, until: Day)] = []

    /// The ledger indices of a debtor's entries on or before the build date, ascending (file
    /// order), found through the allocation rather than by scanning the ledger: its invoices, and
    /// every payment or credit note that settled one of them or stayed unallocated on its account
    /// (together, all of them, since a settlement never crosses debtors).
    public func entryIndices(ofDebtor id: String) -> [Int] {
        guard let account = debtors[id] else { return [] }
        var indices = Set<Int>()
        // Fields read in place, not through a copy of the invoice account, which would retain all
        // its arrays and strings: this runs for every invoice of every debtor's fingerprint.
        for invoiceIndex in account.invoiceIndices {
            indices.insert(invoices[invoiceIndex].entryIndex)
            for settlement in invoices[invoiceIndex].allocations { indices.insert(settlement.entryIndex) }
        }
        for credit in account.unallocated { indices.insert(credit.entryIndex) }
        return indices.sorted()
    }

    public func invoice(reference: String) -> InvoiceAccount? {
        invoiceIndex(reference: reference).map { invoices[$0] }
    }

    /// Whether the invoice is still open on the build date (its balance is positive), read from a
    /// compact array rather than from the invoice itself.
    func isStillOpen(_ index: Int) -> Bool { closedOn[index] == Int32.max }

    /// The index in `invoices` of the invoice with that reference. A cut at an earlier day
    /// (`past(at:ledger:)`) keeps the later table of references and marks those not yet issued -1.
    func invoiceIndex(reference: String) -> Int? {
        guard let number = references.number(of: reference) else { return nil }
        let index = referenceInvoice[number]
        return index >= 0 ? Int(index) : nil
    }

    /// `debtors` give each debtor's prescription period (a debtor not listed is a business) and
    /// `interactions` the acknowledgements that restart it: a credit is not imputed to an invoice
    /// that is time-barred on its date.
    public init(ledger: [LedgerEntry], asOf: Day, debtors debtorList: [Debtor] = [], interactions: [Interaction] = []) {
        precondition(ledger.count < Int(Int32.max), "a ledger of more than two billion entries")
        self.asOf = asOf
        let registration = LedgerRegistration(ledger: ledger, asOf: asOf)
        debtorSlots = registration.debtorSlots
        invoices = registration.invoices
        references = registration.references
        referenceInvoice = registration.referenceInvoice
        hasDuplicateReferences = registration.hasDuplicateReferences
        let dues = registration.dues, invoiceDays = registration.invoiceDays
        self.invoiceDays = invoiceDays
        dueDays = dues
        var balances = registration.balances

        // Then the debtors' accounts and the settlements, in file order.
        accounts = Array(repeating: DebtorLedger(), count: debtorSlots.count)
        var settlements: [Settlement] = []
        settlements.reserveCapacity(ledger.count - invoices.count)
        var paymentSlots: [(slot: Int32, entry: Int32)] = []
        invoiceSlot.reserveCapacity(invoices.count)
        for index in ledger.indices {
            let slot = Int(registration.entrySlot[index])
            guard slot >= 0 else { ignoredEntries += 1; continue }
            let amount = ledger[index].amount
            switch ledger[index].kind {
            case .invoice:
                accounts[slot].invoiced += amount
                invoiceSlot.append(Int32(slot))
            case .creditNote:
                accounts[slot].credited += amount
                settlements.append(Settlement(
                    date: ledger[index].date, kind: .creditNote, entryIndex: index, amount: amount, slot: slot))
            case .payment:
                accounts[slot].paid += amount
                paymentSlots.append((Int32(slot), Int32(index)))
                settlements.append(Settlement(
                    date: ledger[index].date, kind: .payment, entryIndex: index, amount: amount, slot: slot))
            }
        }
        resolveTargets(&settlements, ledger: ledger)
        for settlement in settlements where settlement.target >= 0 && invoiceDays[Int(settlement.target)] > settlement.date.ordinal {
            creditsNamingLaterInvoices.append(
                (settlement.slot, settlement.date, Day(ordinal: invoiceDays[Int(settlement.target)] - 1)))
        }
        // An invoice of no amount (only in hand-made ledgers: the reader wants it positive) is never open.
        closedOn = balances.indices.map { balances[$0] > 0 ? Int32.max : invoiceDays[$0] }
        buildFIFO(dues: dues)
        let arrivalOrder = buildArrivalOrder(dues: dues, invoiceDays: invoiceDays)
        (paymentOrder, paymentStart) = Self.grouped(paymentSlots, slots: accounts.count)

        let prescription = prescriptionDuringAllocation(debtors: debtorList, interactions: interactions, asOf: asOf)
        settleAll(&settlements, invoiceDays: invoiceDays, balances: &balances, arrivalOrder: arrivalOrder,
                  prescription: prescription)
        for index in invoices.indices { invoices[index].balance = Money(minorUnits: balances[index]) }
        debtors.reserveCapacity(accounts.count)
        for (slot, id) in debtorSlots.keys.enumerated() { debtors[id] = accounts[slot] }
    }

    /// An allocation made of parts worked out elsewhere: `past(at:ledger:)`, the cut of a later
    /// allocation at an earlier day.
    init(cutFrom later: LedgerAllocation, asOf: Day, invoices: [InvoiceAccount], account: DebtorLedger,
         ignoredEntries: Int, closedOn: [Int32], fifoOrder: [Int32], fifoRank: [Int32], paymentOrder: [Int32],
         referenceInvoice: [Int32], invoiceDays: [Int32], dueDays: [Int32],
         creditsNamingLaterInvoices: [(slot: Int32, from: Day, until: Day)]) {
        precondition(later.accounts.count == 1, "a cut is made of one debtor's allocation")
        self.asOf = asOf
        self.invoices = invoices
        self.ignoredEntries = ignoredEntries
        debtorSlots = later.debtorSlots
        accounts = [account]
        debtors = [later.debtorSlots.keys[0]: account]
        invoiceSlot = [Int32](repeating: 0, count: invoices.count)
        self.closedOn = closedOn
        self.fifoOrder = fifoOrder
        fifoStart = [0, Int32(fifoOrder.count)]
        self.fifoRank = fifoRank
        self.paymentOrder = paymentOrder
        paymentStart = [0, Int32(paymentOrder.count)]
        references = later.references
        self.referenceInvoice = referenceInvoice
        self.invoiceDays = invoiceDays
        self.dueDays = dueDays
        self.creditsNamingLaterInvoices = creditsNamingLaterInvoices
    }

    /// The invoice each settlement's `applies_to` names, once every invoice is registered. A lookup
    /// in a table larger than the cache for each of a million payments: shared between the cores.
    private func resolveTargets(_ settlements: inout [Settlement], ledger: [LedgerEntry]) {
        let references = self.references, referenceInvoice = self.referenceInvoice
        settlements.withUnsafeMutableBufferPointer { buffer in
            let output = SettlementTargets(settlements: buffer)
            Parallel.forEach(count: buffer.count) { position in
                guard let target = ledger[output.settlements[position].entryIndex].appliesTo else { return }
                output.settlements[position].target = references.number(of: target).map { referenceInvoice[$0] }
                    ?? Settlement.unregistered
            }
        }
    }

    /// Unchecked Sendable: each settlement is resolved by one thread only.
    private struct SettlementTargets: @unchecked Sendable {
        let settlements: UnsafeMutableBufferPointer<Settlement>
    }

    /// Each debtor's invoices in file order (`DebtorLedger.invoiceIndices`, one array of the right
    /// size per debtor rather than one grown invoice by invoice), then by due date, then reference
    /// (code point order), then file order.
    private mutating func buildFIFO(dues: [Int32]) {
        let bySlot = invoiceSlot.indices.map { (slot: invoiceSlot[$0], entry: Int32($0)) }
        (fifoOrder, fifoStart) = Self.grouped(bySlot, slots: accounts.count)
        for slot in accounts.indices {
            accounts[slot].invoiceIndices = fifoOrder[Int(fifoStart[slot])..<Int(fifoStart[slot + 1])].map { Int($0) }
        }
        fifoRank = Array(repeating: 0, count: invoices.count)
        let invoices = self.invoices
        Self.sortEachSlot(&fifoOrder, start: fifoStart) { a, b in
            let dueA = dues[Int(a)], dueB = dues[Int(b)]
            if dueA != dueB { return dueA < dueB }
            let referenceA = invoices[Int(a)].entry.reference, referenceB = invoices[Int(b)].entry.reference
            if referenceA.precedesInCodePointOrder(referenceB) { return true }
            if referenceB.precedesInCodePointOrder(referenceA) { return false }
            return a < b
        }
        for slot in 0..<accounts.count {
            for position in Int(fifoStart[slot])..<Int(fifoStart[slot + 1]) {
                fifoRank[Int(fifoOrder[position])] = Int32(position - Int(fifoStart[slot]))
            }
        }
    }

    /// Each debtor's invoices in the order they are issued in the allocation: by date, then due
    /// date, then reference (code point order), then file order; grouped like `fifoOrder`.
    private func buildArrivalOrder(dues: [Int32], invoiceDays: [Int32]) -> [Int32] {
        var order = fifoOrder
        let fifoRank = self.fifoRank
        // Ties on the date keep the FIFO order (due date, then reference), through its rank.
        Self.sortEachSlot(&order, start: fifoStart) { a, b in
            let dayA = invoiceDays[Int(a)], dayB = invoiceDays[Int(b)]
            if dayA != dayB { return dayA < dayB }
            return fifoRank[Int(a)] < fifoRank[Int(b)]
        }
        return order
    }

    /// Sorts each slot's group of `order` (slot s owns `order[start[s]..<start[s + 1]]`) in place.
    private static func sortEachSlot(_ order: inout [Int32], start: [Int32], by precedes: (Int32, Int32) -> Bool) {
        order.withUnsafeMutableBufferPointer { order in
            for slot in 0..<(start.count - 1) {
                let range = Int(start[slot])..<Int(start[slot + 1])
                guard range.count > 1 else { continue }
                var group = UnsafeMutableBufferPointer(rebasing: order[range])
                group.sort(by: precedes)
            }
        }
    }

    /// The prescription rule as the pass needs it: each invoice's start, its debtor's period, and the
    /// acknowledgements covering it up to the build date.
    private func prescriptionDuringAllocation(debtors: [Debtor], interactions: [Interaction], asOf: Day) -> AllocationPrescription {
        var slotYears = [Int](repeating: Prescription.years(for: .business), count: accounts.count)
        for debtor in debtors {
            if let slot = debtorSlots.number(of: debtor.id) { slotYears[slot] = Prescription.years(for: debtor.kind) }
        }
        var starts = [Int32](repeating: 0, count: invoices.count)
        var years = [Int](repeating: 0, count: invoices.count)
        for index in invoices.indices {
            let entry = invoices[index].entry
            starts[index] = (entry.serviceDate ?? entry.date).ordinal
            years[index] = slotYears[Int(invoiceSlot[index])]
        }
        var acknowledgements: [[Int32]] = []
        for interaction in interactions where interaction.kind == .acknowledgement && interaction.day <= asOf {
            guard let slot = debtorSlots.number(of: interaction.debtorID) else { continue }
            if acknowledgements.isEmpty { acknowledgements = Array(repeating: [], count: invoices.count) }
            let day = interaction.day.ordinal
            if interaction.invoices.isEmpty {
                for index in accounts[slot].invoiceIndices where invoices[index].entry.date.ordinal <= day {
                    acknowledgements[index].append(day)
                }
            } else {
                for reference in interaction.invoices {
                    guard let index = invoiceIndex(reference: reference), invoiceSlot[index] == slot else { continue }
                    acknowledgements[index].append(day)
                }
            }
        }
        return AllocationPrescription(starts: starts, years: years, acknowledgements: acknowledgements)
    }

    /// `items` grouped by slot, keeping their order within a slot (a counting sort), and where each
    /// slot's group starts (one more start than slots, for the end of the last).
    private static func grouped(_ items: [(slot: Int32, entry: Int32)], slots: Int) -> (order: [Int32], start: [Int32]) {
        var start = [Int32](repeating: 0, count: slots + 1)
        for item in items { start[Int(item.slot) + 1] += 1 }
        for slot in 0..<slots { start[slot + 1] += start[slot] }
        var next = start
        var order = [Int32](repeating: 0, count: items.count)
        for item in items {
            order[Int(next[Int(item.slot)])] = item.entry
            next[Int(item.slot)] += 1
        }
        return (order, start)
    }

    /// Settles every payment and credit note in allocation order.
    ///
    /// A debtor's settlements only touch its own invoices (the reader rejects `applies_to` naming
    /// another debtor's), so each debtor's settlements are taken together, in their own allocation
    /// order, which gives the same result as the book-wide order: the debtor's few invoices stay in
    /// cache, and the debtors are shared out between the cores. A ledger where a settlement names
    /// another debtor's invoice (a hand-made one) is settled in book-wide order, on one thread.
    private mutating func settleAll(
        _ settlements: inout [Settlement], invoiceDays: [Int32], balances: inout [Int64], arrivalOrder: [Int32],
        prescription: AllocationPrescription
    ) {
        let crossesDebtors = settlements.contains { $0.target >= 0 && invoiceSlot[Int($0.target)] != $0.slot }
        // Sorted as plain integer keys (the key holds the entry's position, which finds the
        // settlement again), then grouped by debtor keeping that order.
        var keys = settlements.map(\.key)
        keys.sort()
        let lastEntry = settlements.reduce(-1) { max($0, $1.entryIndex) }
        var positionOfEntry = [Int32](repeating: -1, count: lastEntry + 1)
        for (position, settlement) in settlements.enumerated() { positionOfEntry[settlement.entryIndex] = Int32(position) }
        let byKey = keys.map { settlements[Int(positionOfEntry[Int($0 & 0x7FFF_FFFF)])] }
        var groups: [Range<Int>]
        if crossesDebtors {
            settlements = byKey
            groups = [settlements.indices]
        } else {
            let bySlot: [(slot: Int32, entry: Int32)] = byKey.indices.map { (byKey[$0].slot, Int32($0)) }
            let (order, start) = Self.grouped(bySlot, slots: accounts.count)
            settlements = order.map { byKey[Int($0)] }
            groups = []
            for slot in 0..<accounts.count where start[slot] < start[slot + 1] {
                groups.append(Int(start[slot])..<Int(start[slot + 1]))
            }
        }
        var cursors = fifoStart
        var states = [DebtorPassState](repeating: DebtorPassState(), count: accounts.count)
        let fifoOrder = self.fifoOrder, fifoStart = self.fifoStart, debtorGroups = groups
        let slotCount = accounts.count
        let groupSlots = groups.map { Int(settlements[$0.lowerBound].slot) }
        invoices.withUnsafeMutableBufferPointer { invoices in
            accounts.withUnsafeMutableBufferPointer { accounts in
                closedOn.withUnsafeMutableBufferPointer { closedOn in
                    balances.withUnsafeMutableBufferPointer { balances in
                        cursors.withUnsafeMutableBufferPointer { cursors in
                            states.withUnsafeMutableBufferPointer { states in
                                settlements.withUnsafeBufferPointer { settlements in
                                    let pass = SettlementPass(
                                        settlements: settlements, invoices: invoices, accounts: accounts, closedOn: closedOn,
                                        balances: balances, cursors: cursors, states: states, fifoOrder: fifoOrder,
                                        fifoStart: fifoStart, arrivalOrder: arrivalOrder, invoiceDays: invoiceDays,
                                        prescription: prescription)
                                    Parallel.forEach(count: debtorGroups.count) { group in
                                        for position in debtorGroups[group] { pass.settle(position) }
                                        // A debtor's credits are all settled: its later invoices take what is left.
                                        if !crossesDebtors { pass.finish(slot: groupSlots[group]) }
                                    }
                                    if crossesDebtors {
                                        for slot in 0..<slotCount { pass.finish(slot: slot) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Earlier unallocated credit applied to invoices issued after it, over all debtors.
    public var creditAppliedToLaterInvoices: Money {
        var total = Money.zero
        for account in accounts { total += account.appliedToLaterInvoices }
        return total
    }

    /// The contract's invariant, per debtor: invoices − credit notes − payments = Σ open balances − unallocated.
    /// Returns the ids of the debtors for which it fails (a bug, never a property of the book).
    public func invariantViolations() -> [String] {
        var violations: [String] = []
        for (slot, id) in debtorSlots.keys.enumerated() {
            let account = accounts[slot]
            var open = Money.zero
            for index in account.invoiceIndices { open += invoices[index].balance }
            if account.invoiced - account.credited - account.paid != open - account.unallocatedTotal {
                violations.append(id)
            }
        }
        return violations.sorted { $0.precedesInCodePointOrder($1) }
    }
}
