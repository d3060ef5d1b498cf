import RelanceCore

/// summary.json added up again from the amount strings it encodes: the debtors' amounts against
/// the totals, each debtor's invoices against the debtor, the aging against the outstanding, the
/// reconciliation's equation, and the totals against the computation.
struct SummaryAudit {
    let currency: Currency

    init(_ currency: Currency) { self.currency = currency }

    /// The debtors' entries added up, one at a time as they are written.
    struct DebtorSums {
        let audit: SummaryAudit
        var problems: [String] = []
        var outstanding = Money.zero, penalties = Money.zero, indemnities = Money.zero, unallocated = Money.zero
        var timeBarred = Money.zero, settledPenalties = Money.zero, settledIndemnities = Money.zero

        mutating func add(_ debtor: SummaryDocument.Debtor) {
            let debtorOutstanding = audit.amount(debtor.outstanding, &problems)
            outstanding += debtorOutstanding
            penalties += audit.amount(debtor.penalties, &problems)
            indemnities += audit.amount(debtor.indemnities, &problems)
            unallocated += audit.amount(debtor.unallocatedCredit, &problems)
            var invoices = Money.zero
            for invoice in debtor.invoices {
                let balance = audit.amount(invoice.outstanding, &problems)
                invoices += balance
                if invoice.timeBarred { timeBarred += balance }
            }
            for invoice in debtor.settledLate {
                settledPenalties += audit.amount(invoice.penalties, &problems)
                settledIndemnities += audit.amount(invoice.indemnity, &problems)
            }
            if invoices != debtorOutstanding {
                problems.append("summary.json: debtor \(debtor.id)'s invoices add up to \(invoices.plainDecimal(audit.currency)), not \(debtor.outstanding)")
            }
        }
    }

    func sums() -> DebtorSums { DebtorSums(audit: self) }

    /// The whole document, its debtors' entries added up here.
    func problems(_ summary: SummaryDocument, _ r: Receivables) -> [String] {
        var sums = sums()
        for debtor in summary.debtors { sums.add(debtor) }
        return problems(summary, debtors: sums, r)
    }

    /// The document against its debtors' entries, added up as they were written, and the computation.
    func problems(_ summary: SummaryDocument, debtors sums: DebtorSums, _ r: Receivables) -> [String] {
        var problems = sums.problems
        let totals = summary.totals
        let outstanding = amount(totals.outstanding, &problems)
        func expect(_ ok: Bool, _ what: String) { if !ok { problems.append("summary.json: " + what) } }
        expect(sums.outstanding == outstanding, "debtors add up to \(sums.outstanding.plainDecimal(currency)), total says \(totals.outstanding)")
        expect(sums.penalties == amount(totals.penalties, &problems), "debtors' penalties ≠ total penalties")
        expect(sums.indemnities == amount(totals.indemnities, &problems), "debtors' indemnities ≠ total indemnities")
        expect(sums.unallocated == amount(totals.unallocatedCredit, &problems), "debtors' unallocated credit ≠ total")
        expect(sums.timeBarred == amount(totals.timeBarred, &problems), "time-barred invoices ≠ total time-barred")
        expect(sums.settledPenalties == amount(totals.settledPenalties, &problems), "settled-late penalties ≠ total")
        expect(sums.settledIndemnities == amount(totals.settledIndemnities, &problems), "settled-late indemnities ≠ total")
        expect(summary.aging.map { amount($0.amount, &problems) }.sum() == outstanding, "aging buckets ≠ outstanding")
        expect(outstanding == r.totals.outstanding, "outstanding \(totals.outstanding) ≠ computed \(r.totals.outstanding.plainDecimal(currency))")
        let rec = summary.reconciliation
        let balance = amount(rec.invoiced, &problems) - amount(rec.credited, &problems) - amount(rec.paid, &problems)
        expect(balance == amount(rec.balance, &problems), "invoiced − credited − paid ≠ balance")
        expect(balance == amount(rec.outstanding, &problems) - amount(rec.unallocatedCredit, &problems),
               "balance ≠ outstanding − unallocated credit")
        expect(amount(rec.outstanding, &problems) == outstanding, "reconciliation's outstanding ≠ total")
        expect(rec.ledgerEntriesRead == r.placement.placed, "\(rec.ledgerEntriesRead) ledger entries read, \(r.placement.placed) placed")
        return problems
    }

    /// A plain decimal as summary.json writes it (`-1234.50`), back to minor units.
    func amount(_ text: String, _ problems: inout [String]) -> Money {
        var digits = Substring(text)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !parts[0].isEmpty, parts.count <= 2, fraction.count == (parts.count == 2 ? currency.minorDigits : 0),
              currency.minorDigits == 0 || parts.count == 2,
              let whole = Int64(parts[0]), let minor = Int64(fraction.isEmpty ? "0" : String(fraction))
        else {
            problems.append("summary.json: «\(text)» is not an amount")
            return .zero
        }
        var scale: Int64 = 1
        for _ in 0..<currency.minorDigits { scale *= 10 }
        let units = whole * scale + minor
        return Money(minorUnits: negative ? -units : units)
    }
}
