/// The first pass of the allocation, as two independent jobs over the ledger run on two cores:
/// numbering the debtors, and registering the invoices with their references. Each is a hash-table
/// walk bound by cache misses (a million references, two million debtor lookups), and neither
/// needs the other, so they overlap; run one after the other they were a third of the computation.
struct LedgerRegistration: Sendable {
    /// Debtor ids numbered in order of first appearance, and each entry's number (-1 after the build date).
    var debtorSlots: StringTable
    var entrySlot: [Int32]
    /// The invoices dated on or before the build date, in file order, and what the allocation needs of them.
    var invoices: [InvoiceAccount]
    var references: StringTable
    var referenceInvoice: [Int32]
    var hasDuplicateReferences: Bool
    var dues: [Int32]
    var invoiceDays: [Int32]
    var balances: [Int64]

    init(ledger: [LedgerEntry], asOf: Day) {
        let (debtors, invoices) = Parallel.both(sequentially: ledger.count < Parallel.sequentialBelow,
                                                { DebtorNumbering(ledger: ledger, asOf: asOf) },
                                                { InvoiceRegistration(ledger: ledger, asOf: asOf) })
        debtorSlots = debtors.slots
        entrySlot = debtors.entrySlot
        self.invoices = invoices.invoices
        references = invoices.references
        referenceInvoice = invoices.referenceInvoice
        hasDuplicateReferences = invoices.hasDuplicateReferences
        dues = invoices.dues
        invoiceDays = invoices.invoiceDays
        balances = invoices.balances
    }
}

/// Debtor ids numbered in order of first appearance among the entries on or before the build date.
private struct DebtorNumbering {
    var slots: StringTable
    var entrySlot: [Int32]

    init(ledger: [LedgerEntry], asOf: Day) {
        slots = StringTable(capacity: ledger.count / 16)
        entrySlot = [Int32](repeating: -1, count: ledger.count)
        for index in ledger.indices where ledger[index].date <= asOf {
            entrySlot[index] = Int32(slots.insert(ledger[index].debtorID).number)
        }
    }
}

/// The invoices on or before the build date, in file order, with their references.
private struct InvoiceRegistration {
    var invoices: [InvoiceAccount] = []
    var references: StringTable
    /// `referenceInvoice[n]` is the invoice of reference number n (the last one when a reference
    /// repeats, which a valid book never does).
    var referenceInvoice: [Int32] = []
    var hasDuplicateReferences = false
    var dues: [Int32] = []
    var invoiceDays: [Int32] = []
    var balances: [Int64] = []

    init(ledger: [LedgerEntry], asOf: Day) {
        references = StringTable(capacity: ledger.count / 2)
        invoices.reserveCapacity(ledger.count)
        dues.reserveCapacity(ledger.count)
        invoiceDays.reserveCapacity(ledger.count)
        balances.reserveCapacity(ledger.count)
        for index in ledger.indices where ledger[index].kind == .invoice && ledger[index].date <= asOf {
            let invoiceIndex = invoices.count
            let (number, inserted) = references.insert(ledger[index].reference)
            if inserted {
                referenceInvoice.append(Int32(invoiceIndex))
            } else {
                referenceInvoice[number] = Int32(invoiceIndex)
                hasDuplicateReferences = true
            }
            let amount = ledger[index].amount
            invoices.append(InvoiceAccount(entryIndex: index, entry: ledger[index], balance: amount))
            dues.append(ledger[index].dueDate!.ordinal)
            invoiceDays.append(ledger[index].date.ordinal)
            balances.append(amount.minorUnits)
        }
    }
}
