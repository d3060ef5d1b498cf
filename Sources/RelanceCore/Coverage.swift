/// Which invoices an interaction concerns (assets/docs/book-format.md): those it lists, or, when it lists none,
/// every invoice of the debtor open at the end of its date — for an escalation line (a reminder,
/// a formal notice, a hand-over) only those of them already past due on its date: a reminder never
/// reminds an invoice that was not yet due.
public struct Coverage: Sendable {
    let allocation: LedgerAllocation

    public init(allocation: LedgerAllocation) { self.allocation = allocation }

    /// Indices into `LedgerAllocation.invoices` of the invoices `interaction` covers, in the order of
    /// `debtorInvoices`.
    public func invoices(of interaction: Interaction, debtorInvoices: [Int]) -> [Int] {
        if interaction.invoices.isEmpty {
            return debtorInvoices.filter { allocation.blankLineCovers($0, interaction.kind, on: interaction.day) }
        }
        // An invoice listed but dated after the build date is not registered: it is simply not covered.
        guard let listed = allocation.listedInvoices(interaction.invoices) else {
            let references = Set(interaction.invoices)
            return debtorInvoices.filter { references.contains(allocation.invoices[$0].entry.reference) }
        }
        return debtorInvoices.filter { listed.contains($0) }
    }

    /// Whether `interaction` covers one of `invoices` (indices into `LedgerAllocation.invoices`):
    /// `invoices(of:debtorInvoices:)` is a filter of its second argument, so this is the same as
    /// asking it of the debtor's invoices and looking for these among them, without listing them.
    public func coversAny(of interaction: Interaction, among invoices: [Int]) -> Bool {
        !self.invoices(of: interaction, debtorInvoices: invoices).isEmpty
    }
}

extension LedgerAllocation {
    /// Whether invoice `index` existed and was still open at the end of day `ordinal` (the same as
    /// `InvoiceAccount.isOpen(endOf:)`, without adding up its settlements).
    func isOpen(_ index: Int, endOf ordinal: Int32) -> Bool {
        invoices[index].entry.date.ordinal <= ordinal && ordinal < closedOn[index]
    }

    /// Whether invoice `index` is settled in full with at least one payment dated after its due
    /// date: a candidate for `settled_late`.
    func wasPaidLate(_ index: Int) -> Bool {
        guard !isStillOpen(index) else { return false }
        let account = invoices[index]
        return account.allocations.contains { $0.kind == .payment && $0.paidOn > account.dueDate }
    }

    /// Whether a line of this kind and date that lists no invoice covers invoice `index`.
    func blankLineCovers(_ index: Int, _ kind: Interaction.Kind, on day: Day) -> Bool {
        guard isOpen(index, endOf: day.ordinal) else { return false }
        return kind.escalationLevel == nil || invoices[index].dueDate < day
    }

    /// The debtor's registered invoices among these references, in no particular order (coverage
    /// only asks whether a line covers one of them). Found through the reference table: filtering
    /// every invoice of the debtor by a `Set<String>` hashed each reference again, for each letter a
    /// case file reconstructs.
    func invoices(of debtorID: String, references: Set<String>) -> [Int] {
        guard let slot = debtorSlots.number(of: debtorID) else { return [] }
        guard let listed = listedInvoices(Array(references)) else {
            return accounts[slot].invoiceIndices.filter { references.contains(invoices[$0].entry.reference) }
        }
        return listed.filter { invoiceSlot[$0] == slot }
    }

    /// The registered invoices of these references, found through the reference table rather than by
    /// comparing every invoice's reference; nil when a reference repeats in the ledger (only in
    /// hand-made ledgers), where one lookup would not find them all.
    func listedInvoices(_ references: [String]) -> [Int]? {
        guard !hasDuplicateReferences else { return nil }
        return references.compactMap { invoiceIndex(reference: $0) }
    }
}

extension Interaction {
    /// Log order: date, then time within the day (a line without a time counts as midnight), then file order.
    public func precedesInLog(_ other: Interaction) -> Bool {
        if day != other.day { return day < other.day }
        let a = minuteOfDay ?? 0, b = other.minuteOfDay ?? 0
        if a != b { return a < b }
        return sequence < other.sequence
    }
}
