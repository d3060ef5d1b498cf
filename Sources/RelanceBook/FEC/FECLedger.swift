import RelanceCore

/// The ledger a FEC gives (legal-fr §9, architecture "Revisions 2026-12"), from the lines on the
/// customer accounts:
/// - a debit in a sales journal is an invoice (its number the piece reference), a credit there a
///   credit note; a credit in a bank journal is a payment;
/// - any other debit (a returned cheque, say) is a debt due on its date, any other credit a payment;
/// - the à-nouveaux count once: with several fiscal years, the opening lines of a later year repeat
///   the detail of the earlier one and are left out;
/// - the lines of one lettering group (`EcritureLet`) settle each other: a payment of the group is
///   applied to the group's debits, oldest due date first; an unlettered credit is left to the
///   usual allocation;
/// - an invoice's due date comes from its debtor's `payment_terms`, else `[sources] payment_terms_days`.
///
/// Customers are numbered on first sight and worked on by number: a 1M-invoice FEC has two million
/// customer lines, and a dictionary keyed by the customer's string on each of them was most of the time.
struct FECLedger {
    var entries: [LedgerEntry] = []
    /// The customers, in order of first appearance, named as the FEC names them.
    var debtors: [Debtor] = []
    var warnings: [BuildWarning] = []
    /// What the files add up to, for the reconciliation.
    var totals = SourceTotals()
    /// How the due dates were set.
    var origin = LedgerOrigin()
    /// The last day the files have a customer line for: bank credits up to it are in the books.
    var lastDate: Day?
    /// What the e-invoice folders gave, when `[sources] einvoices` is set.
    var eInvoiceTotals: EInvoiceTotals?

    /// A customer line by where it is (file, part, index) rather than a copy of its eight strings.
    private struct Line {
        let file: Int32, part: Int32, index: Int32, customer: Int32
    }

    /// `eInvoices`: by number, the e-invoices that give their invoice's due date, delivery date and
    /// buyer (a customer's first e-invoice fills in its details; debtors.csv still overrides them).
    init(files: [FECFile], settings: FECSettings, terms: [String: PaymentTerms], eInvoices: [String: EInvoice] = [:]) {
        let earliest = files.compactMap(\.firstDate).min()
        lastDate = files.compactMap(\.lastDate).max()
        var customers: [String: Int] = [:]
        var balances: [Money] = []
        var unknownJournals: [String: Int] = [:]
        var lines: [Line] = []
        lines.reserveCapacity(files.reduce(0) { $0 + $1.lineParts.reduce(0) { $0 + $1.count } })
        var kinds = JournalKinds(settings: settings)
        for (fileIndex, file) in files.enumerated() {
            // A later fiscal year's opening lines repeat what the earlier year's detail already has.
            let laterYear = earliest != nil && file.firstDate != nil && file.firstDate! > earliest!
            for (partIndex, part) in file.lineParts.enumerated() {
                for (lineIndex, line) in part.enumerated() {
                    let kind = kinds.kind(of: line.journal)
                    if laterYear && kind == .opening {
                        totals.openingLinesSkipped += 1
                        continue
                    }
                    let customer: Int
                    if let known = customers[line.customerID] {
                        customer = known
                    } else {
                        customer = debtors.count
                        customers[line.customerID] = customer
                        debtors.append(Debtor(id: line.customerID, name: file.names[line.customerID] ?? line.customerID,
                                              location: SourceLocation(file: file.fileName, line: line.line)))
                        balances.append(.zero)
                    }
                    lines.append(Line(file: Int32(fileIndex), part: Int32(partIndex), index: Int32(lineIndex), customer: Int32(customer)))
                    totals.customerLines += 1
                    let amount = Money(minorUnits: abs(line.amount))
                    if line.amount > 0 { totals.debits += amount } else { totals.credits += amount }
                    balances[customer] += Money(minorUnits: line.amount)
                    if kind == .other { unknownJournals[line.journal, default: 0] += 1 }
                }
            }
            totals.files.append(file.fileName)
            totals.linesRead += file.linesRead
            totals.otherLines += file.otherLines
            totals.zeroLines += file.zeroLines
            for item in file.unbalanced {
                warnings.append(.unbalancedEntry(
                    location: SourceLocation(file: file.fileName, line: item.line), entry: item.entry,
                    difference: Money(minorUnits: item.difference)))
            }
        }
        for (index, debtor) in debtors.enumerated() { totals.byCustomer[debtor.id] = balances[index] }
        for (code, count) in unknownJournals.sorted(by: { $0.key < $1.key }) {
            warnings.append(.unknownJournal(code: code, lines: count))
        }
        let rules = debtors.map { terms[$0.id] ?? settings.paymentTerms }
        for (id, rule) in terms { origin.paymentTerms[id] = rule.text }
        origin.defaultTerms = settings.paymentTerms.text
        entries = entries(lines, files: files, kinds: &kinds, rules: rules, eInvoices: eInvoices)
    }

    private mutating func entries(_ lines: [Line], files: [FECFile], kinds: inout JournalKinds, rules: [PaymentTerms],
                                  eInvoices: [String: EInvoice]) -> [LedgerEntry] {
        var matched = Set<String>()
        var filled = Set<Int>()
        var entries: [LedgerEntry] = []
        entries.reserveCapacity(lines.count)
        // Reference → the customer of its invoice, or -1 for a credit note: references must be unique.
        var documents: [String: Int] = [:]
        documents.reserveCapacity(lines.count)
        var lettering = LetteringGroups()
        // Debits first, so that a credit note or payment of the same piece finds its invoice.
        for place in lines {
            let line = files[Int(place.file)].lineParts[Int(place.part)][Int(place.index)]
            guard line.amount > 0 else { continue }
            let file = files[Int(place.file)].fileName, customer = Int(place.customer)
            let kind = kinds.kind(of: line.journal)
            let date = line.pieceDate ?? line.entryDate
            let isInvoice = kind == .sales || kind == .opening
            var reference = line.piece ?? "\(line.journal)-\(line.entryNumber)"
            if documents[reference] != nil { reference += " (\(file):\(line.line))" }
            documents[reference] = isInvoice ? customer : -2
            if !isInvoice { origin.dueOnTheirDate.insert(reference) }
            var due = isInvoice ? rules[customer].dueDate(invoicedOn: date) : date
            let amount = Money(minorUnits: line.amount)
            let eInvoice = isInvoice ? eInvoices[reference] : nil
            if let eInvoice {
                matched.insert(reference)
                if let stated = eInvoice.due {
                    due = stated
                    origin.eInvoices[reference] = eInvoice.file
                }
                if let total = eInvoice.grandTotal, total != amount, eInvoice.amountDue != amount {
                    warnings.append(.eInvoiceAmountDiffers(reference: reference, file: eInvoice.file, ledger: amount, eInvoice: total))
                }
                if filled.insert(customer).inserted { eInvoice.buyer.fill(&debtors[customer]) }
            }
            let entry = LedgerEntry(
                date: date, kind: .invoice, reference: reference, debtorID: line.customerID,
                amount: amount, dueDate: due, appliesTo: nil,
                label: isInvoice ? line.label : "Écriture \(line.journal) n° \(line.entryNumber)"
                    + (line.label.map { " : \($0)" } ?? ""),
                serviceDate: eInvoice?.delivered,
                location: SourceLocation(file: file, line: line.line))
            if let letter = line.lettering { lettering.add(entry, customer: customer, letter: letter) }
            entries.append(entry)
        }
        lettering.sortByDueDate()
        for place in lines {
            let line = files[Int(place.file)].lineParts[Int(place.part)][Int(place.index)]
            guard line.amount < 0 else { continue }
            let file = files[Int(place.file)].fileName, customer = Int(place.customer)
            let kind = kinds.kind(of: line.journal)
            let date = line.pieceDate ?? line.entryDate
            let amount = Money(minorUnits: -line.amount)
            let location = SourceLocation(file: file, line: line.line)
            if kind == .sales {
                var reference = line.piece ?? "\(line.journal)-\(line.entryNumber)"
                // The same piece as an invoice of this customer: the credit note cancels that invoice.
                let reversed = documents[reference] == customer ? reference : nil
                if documents[reference] != nil { reference += " (avoir, \(file):\(line.line))" }
                documents[reference] = -1
                if eInvoices[reference] != nil { matched.insert(reference) }
                entries.append(LedgerEntry(
                    date: date, kind: .creditNote, reference: reference, debtorID: line.customerID, amount: amount,
                    appliesTo: reversed ?? lettering.singleInvoice(customer: customer, letter: line.lettering, fitting: amount),
                    label: line.label, location: location))
                continue
            }
            let reference = line.piece ?? "\(line.journal)-\(line.entryNumber)"
            if eInvoices[reference] != nil { matched.insert(reference) }
            for part in lettering.split(payment: amount, customer: customer, letter: line.lettering) {
                entries.append(LedgerEntry(
                    date: date, kind: .payment, reference: reference, debtorID: line.customerID, amount: part.amount,
                    appliesTo: part.invoice, label: line.label, location: location))
            }
        }
        for (number, invoice) in eInvoices.sorted(by: { $0.value.file < $1.value.file }) where !matched.contains(number) {
            warnings.append(.eInvoiceUnmatched(file: invoice.file, number: number))
        }
        return entries
    }
}

/// The debits of each lettering group, oldest due date first, and what is left of each as the
/// group's credits are applied in the order of the file. Most groups hold one invoice: the debits sit
/// in one array, each group a chain through it, rather than an array per group.
private struct LetteringGroups {
    private struct Key: Hashable { let customer: Int; let letter: String }
    private struct Debit { let reference: String; let due: Day; let date: Day; var left: Money; var next: Int32 }
    private var debits: [Debit] = []
    /// Key → first and last debit of its chain.
    private var chains: [Key: (first: Int32, last: Int32)] = [:]

    mutating func add(_ entry: LedgerEntry, customer: Int, letter: String) {
        let index = Int32(debits.count)
        debits.append(Debit(reference: entry.reference, due: entry.dueDate ?? entry.date, date: entry.date,
                            left: entry.amount, next: -1))
        let key = Key(customer: customer, letter: letter)
        if let chain = chains[key] {
            debits[Int(chain.last)].next = index
            chains[key] = (chain.first, index)
        } else {
            chains[key] = (index, index)
        }
    }

    /// The debits of a group in chain order.
    private func members(_ key: Key) -> [Int] {
        guard let chain = chains[key] else { return [] }
        var result: [Int] = []
        var index = chain.first
        while index >= 0 {
            result.append(Int(index))
            index = debits[Int(index)].next
        }
        return result
    }

    /// Relinks each group of several debits, oldest due date (then date) first.
    mutating func sortByDueDate() {
        for (key, chain) in chains where chain.first != chain.last {
            let sorted = members(key).sorted { (debits[$0].due, debits[$0].date, $0) < (debits[$1].due, debits[$1].date, $1) }
            for (position, index) in sorted.enumerated() {
                debits[index].next = position + 1 < sorted.count ? Int32(sorted[position + 1]) : -1
            }
            chains[key] = (Int32(sorted[0]), Int32(sorted[sorted.count - 1]))
        }
    }

    /// The one invoice of the line's group that can take the whole amount, if any.
    mutating func singleInvoice(customer: Int, letter: String?, fitting amount: Money) -> String? {
        guard let letter, let index = members(Key(customer: customer, letter: letter)).first(where: { debits[$0].left >= amount })
        else { return nil }
        debits[index].left = debits[index].left - amount
        return debits[index].reference
    }

    /// The payment cut along the group's debits, oldest due first; an unlettered payment is one
    /// part without an invoice.
    mutating func split(payment amount: Money, customer: Int, letter: String?) -> [(amount: Money, invoice: String?)] {
        guard let letter else { return [(amount, nil)] }
        let group = members(Key(customer: customer, letter: letter))
        guard !group.isEmpty else { return [(amount, nil)] }
        var parts: [(amount: Money, invoice: String?)] = []
        var left = amount
        for index in group where left.isPositive && debits[index].left.isPositive {
            let taken = min(left, debits[index].left)
            parts.append((taken, debits[index].reference))
            debits[index].left = debits[index].left - taken
            left = left - taken
        }
        // What the group's debits cannot take stays with the last invoice it paid (or the group's
        // last, when all were settled already): the allocation treats an overpayment of a named
        // invoice as it does for ledger.csv.
        if left.isPositive {
            if let last = parts.indices.last {
                parts[last].amount += left
            } else {
                parts.append((left, debits[group[group.count - 1]].reference))
            }
        }
        return parts
    }
}

/// The kind of each journal code, worked out once; the last code asked is kept at hand, as the lines
/// of one journal come together in a FEC.
private struct JournalKinds {
    let settings: FECSettings
    private var known: [String: FECSettings.JournalKind] = [:]
    private var last: (code: String, kind: FECSettings.JournalKind)?

    init(settings: FECSettings) { self.settings = settings }

    mutating func kind(of code: String) -> FECSettings.JournalKind {
        if let last, last.code == code { return last.kind }
        let kind = known[code] ?? settings.kind(ofJournal: code)
        known[code] = kind
        last = (code, kind)
        return kind
    }
}
