/// Where every ledger entry read ended up, checked entry by entry (reconciliation as an
/// assertion): each entry is in exactly one place — an invoice still open, an invoice settled, a
/// payment or credit note allocated in full, one with an unallocated remainder, or an entry ignored
/// because it is dated after the build date — and every amount is accounted for to the cent (an
/// invoice's amount = its balance + what settled it; a settlement's amount = what it settled + its
/// unallocated remainder). The totals check of `Reconciliation` would miss two errors that cancel
/// out; this would not.
public struct LedgerPlacement: Hashable, Sendable {
    public private(set) var openInvoices = 0
    public private(set) var settledInvoices = 0
    public private(set) var allocatedSettlements = 0
    public private(set) var settlementsWithUnallocatedCredit = 0
    public private(set) var ignored = 0
    /// What does not add up, one line per entry (empty when everything is in its place).
    public private(set) var violations: [String] = []

    public var placed: Int {
        openInvoices + settledInvoices + allocatedSettlements + settlementsWithUnallocatedCredit + ignored
    }

    public init(ledger: [LedgerEntry], allocation: LedgerAllocation, asOf: Day) {
        var placedAs = [Bool](repeating: false, count: ledger.count)
        var settled = [Money](repeating: .zero, count: ledger.count)
        var remainder = [Money](repeating: .zero, count: ledger.count)

        // By position, not `for invoice in`: copying each account (its entry's strings, its
        // allocations) was a tenth of the computation of a large book.
        let invoices = allocation.invoices
        for position in invoices.indices {
            let index = invoices[position].entryIndex
            guard ledger.indices.contains(index), ledger[index].kind == .invoice, ledger[index].date <= asOf else {
                violations.append("l'entrée \(index + 1) est comptée comme facture sans en être une du \(asOf.iso) ou avant")
                continue
            }
            if placedAs[index] { violations.append(Self.name(ledger[index]) + " est comptée deux fois") }
            placedAs[index] = true
            var allocated = Money.zero
            for allocationLine in invoices[position].allocations {
                allocated += allocationLine.amount
                if ledger.indices.contains(allocationLine.entryIndex) { settled[allocationLine.entryIndex] += allocationLine.amount }
            }
            let balance = invoices[position].balance
            if balance < .zero || balance + allocated != ledger[index].amount {
                violations.append(Self.name(ledger[index]) + " : montant \(ledger[index].amount.plainDecimal()) ≠ solde \(balance.plainDecimal()) + règlements \(allocated.plainDecimal())")
            }
            if balance.isPositive { openInvoices += 1 } else { settledInvoices += 1 }
        }
        for slot in allocation.accounts.indices {
            for credit in allocation.accounts[slot].unallocated where ledger.indices.contains(credit.entryIndex) {
                remainder[credit.entryIndex] += credit.amount
            }
        }
        for index in ledger.indices where !placedAs[index] {
            if ledger[index].date > asOf {
                if settled[index] != .zero || remainder[index] != .zero {
                    violations.append(Self.name(ledger[index]) + " est postérieure au \(asOf.iso) mais a été affectée")
                }
                ignored += 1
                continue
            }
            guard ledger[index].kind != .invoice else {
                violations.append(Self.name(ledger[index]) + " n'est ni ouverte, ni soldée, ni ignorée")
                continue
            }
            let amount = ledger[index].amount
            if settled[index] + remainder[index] != amount || remainder[index] < .zero {
                violations.append(Self.name(ledger[index]) + " : montant \(amount.plainDecimal()) ≠ affecté \(settled[index].plainDecimal()) + non affecté \(remainder[index].plainDecimal())")
            }
            if remainder[index].isPositive { settlementsWithUnallocatedCredit += 1 } else { allocatedSettlements += 1 }
        }
        if ignored != allocation.ignoredEntries {
            violations.append("\(ignored) écritures postérieures au \(asOf.iso), mais \(allocation.ignoredEntries) ignorées par l'affectation")
        }
        if placed != ledger.count {
            violations.append("\(ledger.count) écritures lues, \(placed) placées")
        }
    }

    private static func name(_ entry: LedgerEntry) -> String {
        "l'écriture \(entry.reference) (\(entry.location.file):\(entry.location.line))"
    }
}
