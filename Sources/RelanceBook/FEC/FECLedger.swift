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
struct FECLedger {
    var entries: [LedgerEntry] = []
    /// The customers, in order of first appearance, named as the FEC names them.
    var debtors: [Debtor] = []
    var warnings: [BuildWarning] = []
    /// What the files add up to, for the reconciliation.
    var totals = SourceTotals()
    /// How each due date was set.
    var origin = LedgerOrigin()

    init(files: [FECFile], settings: FECSettings, terms: [String: PaymentTerms]) {
        let earliest = files.compactMap(\.firstDate).min()
        var seen = Set<String>()
        var unknownJournals: [String: Int] = [:]
        var lines: [(file: String, line: FECLine)] = []
        for file in files {
            // A later fiscal year's opening lines repeat what the earlier year's detail already has.
            let laterYear = earliest != nil && file.firstDate != nil && file.firstDate! > earliest!
            for line in file.lines {
                if laterYear && settings.kind(ofJournal: line.journal) == .opening {
                    totals.openingLinesSkipped += 1
                    continue
                }
                lines.append((file.fileName, line))
                totals.customerLines += 1
                let amount = Money(minorUnits: abs(line.amount))
                if line.amount > 0 { totals.debits += amount } else { totals.credits += amount }
                totals.byCustomer[line.customerID, default: .zero] += Money(minorUnits: line.amount)
                if seen.insert(line.customerID).inserted {
                    debtors.append(Debtor(id: line.customerID, name: line.customerName,
                                          location: SourceLocation(file: file.fileName, line: line.line)))
                }
                if settings.kind(ofJournal: line.journal) == .other { unknownJournals[line.journal, default: 0] += 1 }
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
        for (code, count) in unknownJournals.sorted(by: { $0.key < $1.key }) {
            warnings.append(.unknownJournal(code: code, lines: count))
        }
        entries = Self.entries(lines, settings: settings, terms: terms, origin: &origin)
        for (id, rule) in terms { origin.paymentTerms[id] = rule.text }
    }

    private static func entries(_ lines: [(file: String, line: FECLine)], settings: FECSettings,
                                terms: [String: PaymentTerms], origin: inout LedgerOrigin) -> [LedgerEntry] {
        var entries: [LedgerEntry] = []
        var invoiceOwners: [String: String] = [:]
        var documentReferences = Set<String>()
        // Debits first, so that a credit note or payment of the same piece finds its invoice.
        for (file, line) in lines where line.amount > 0 {
            let kind = settings.kind(ofJournal: line.journal)
            let date = line.pieceDate ?? line.entryDate
            let isInvoice = kind == .sales || kind == .opening
            var reference = line.piece ?? "\(line.journal)-\(line.entryNumber)"
            if documentReferences.contains(reference) { reference += " (\(file):\(line.line))" }
            documentReferences.insert(reference)
            if isInvoice { invoiceOwners[reference] = line.customerID }
            let rule = terms[line.customerID] ?? settings.paymentTerms
            let due = isInvoice ? rule.dueDate(invoicedOn: date) : date
            origin.dueDates[reference] = !isInvoice ? "exigible à la date de l'écriture (journal \(line.journal))"
                : terms[line.customerID] != nil ? "payment_terms de \(line.customerID) (debtors.csv) : \(rule.text)"
                : "payment_terms_days ([sources]) : \(rule.text)"
            entries.append(LedgerEntry(
                date: date, kind: .invoice, reference: reference, debtorID: line.customerID,
                amount: Money(minorUnits: line.amount), dueDate: due, appliesTo: nil,
                label: isInvoice ? line.label : "Écriture \(line.journal) n° \(line.entryNumber)"
                    + (line.label.map { " : \($0)" } ?? ""),
                location: SourceLocation(file: file, line: line.line)))
        }
        var lettered = LetteringGroups(entries: entries, lines: lines)
        for (file, line) in lines where line.amount < 0 {
            let kind = settings.kind(ofJournal: line.journal)
            let date = line.pieceDate ?? line.entryDate
            let amount = Money(minorUnits: -line.amount)
            let location = SourceLocation(file: file, line: line.line)
            if kind == .sales {
                var reference = line.piece ?? "\(line.journal)-\(line.entryNumber)"
                // The same piece as an invoice of this customer: the credit note cancels that invoice.
                let reversed = invoiceOwners[reference] == line.customerID ? reference : nil
                if documentReferences.contains(reference) { reference += " (avoir, \(file):\(line.line))" }
                documentReferences.insert(reference)
                entries.append(LedgerEntry(
                    date: date, kind: .creditNote, reference: reference, debtorID: line.customerID, amount: amount,
                    appliesTo: reversed ?? lettered.singleInvoice(for: line, fitting: amount), label: line.label,
                    location: location))
                continue
            }
            let reference = line.piece ?? "\(line.journal)-\(line.entryNumber)"
            for part in lettered.split(payment: amount, of: line) {
                entries.append(LedgerEntry(
                    date: date, kind: .payment, reference: reference, debtorID: line.customerID, amount: part.amount,
                    appliesTo: part.invoice, label: line.label, location: location))
            }
        }
        return entries
    }
}

/// The debits of each lettering group, oldest due date first, and what is left of each as the
/// group's credits are applied in the order of the file.
private struct LetteringGroups {
    private struct Key: Hashable { let customer: String; let letter: String }
    private var remaining: [Key: [(reference: String, left: Money)]] = [:]

    init(entries: [LedgerEntry], lines: [(file: String, line: FECLine)]) {
        var letters: [SourceLocation: String] = [:]
        for (file, line) in lines where line.amount > 0 {
            if let letter = line.lettering { letters[SourceLocation(file: file, line: line.line)] = letter }
        }
        var groups: [Key: [LedgerEntry]] = [:]
        for entry in entries {
            guard let letter = letters[entry.location] else { continue }
            groups[Key(customer: entry.debtorID, letter: letter), default: []].append(entry)
        }
        for (key, debits) in groups {
            remaining[key] = debits.sorted { ($0.dueDate ?? $0.date, $0.date) < ($1.dueDate ?? $1.date, $1.date) }
                .map { ($0.reference, $0.amount) }
        }
    }

    /// The one invoice of the line's group that can take the whole amount, if any.
    mutating func singleInvoice(for line: FECLine, fitting amount: Money) -> String? {
        guard let letter = line.lettering, var debits = remaining[Key(customer: line.customerID, letter: letter)],
              let index = debits.firstIndex(where: { $0.left >= amount }) else { return nil }
        debits[index].left = debits[index].left - amount
        remaining[Key(customer: line.customerID, letter: letter)] = debits
        return debits[index].reference
    }

    /// The payment cut along the group's debits, oldest due first; an unlettered payment is one
    /// part without an invoice.
    mutating func split(payment amount: Money, of line: FECLine) -> [(amount: Money, invoice: String?)] {
        guard let letter = line.lettering, var debits = remaining[Key(customer: line.customerID, letter: letter)] else {
            return [(amount, nil)]
        }
        var parts: [(amount: Money, invoice: String?)] = []
        var left = amount
        for index in debits.indices where left.isPositive && debits[index].left.isPositive {
            let taken = min(left, debits[index].left)
            parts.append((taken, debits[index].reference))
            debits[index].left = debits[index].left - taken
            left = left - taken
        }
        remaining[Key(customer: line.customerID, letter: letter)] = debits
        // What the group's debits cannot take stays with the last invoice it paid (or the group's
        // last, when all were settled already): the allocation treats an overpayment of a named
        // invoice as it does for ledger.csv.
        if left.isPositive {
            if let last = parts.indices.last {
                parts[last].amount += left
            } else {
                parts.append((left, debits.last?.reference))
            }
        }
        return parts
    }
}
