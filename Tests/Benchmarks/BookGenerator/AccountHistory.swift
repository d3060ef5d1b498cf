/// The ledger side of one debtor's history: its invoices over the years, and the credit notes and
/// payments that settle them (fully, partly, late, through `applies_to` or left to FIFO, sometimes
/// more than owed), following the debtor's paying habit.
struct AccountHistory {
    let debtorIndex: Int32
    let debtor: SyntheticDebtor
    let asOf: Int32
    let years: Int
    let frenchPercent: Int
    /// `BookShape.backlog`.
    var backlog = false
    var rng: SplitMix64

    /// Appends the debtor's invoices and settlements to `book`; returns each invoice's fate, in date order.
    mutating func simulate(invoiceCount: Int, into book: inout SyntheticBook) -> [InvoiceFate] {
        var dates = invoiceDates(count: invoiceCount)
        // The latest invoice of the build date or before becomes the one left behind.
        var backlogInvoice: (date: Int32, terms: Int32)?
        if backlog, let latest = dates.lastIndex(where: { $0 <= asOf }) {
            let terms = terms()
            backlogInvoice = (asOf - Int32(rng.int(10...50)) - terms, terms)
            dates[latest] = backlogInvoice!.date
            dates.sort()
        }
        if let first = dates.first, rng.chance(perMille: 4) {
            // A deposit received before any invoice: an unallocated credit for good.
            addPayment(on: first - Int32(rng.int(1...30)), cents: Int64(rng.int(100...2000)) * 100, invoice: -1, into: &book)
        }
        var fates: [InvoiceFate] = []
        fates.reserveCapacity(dates.count)
        for date in dates {
            let index = Int32(book.invoices.count)
            let isBacklog = date == backlogInvoice?.date
            let due = date + (isBacklog ? backlogInvoice!.terms : terms())
            let amount = invoiceAmount()
            book.invoices.append(SyntheticInvoice(date: date, due: due, debtor: debtorIndex, amount: amount))
            addRow(LedgerRow(date: date, kind: .invoice, french: french(), debtor: debtorIndex, invoice: index, amount: amount),
                   into: &book)
            var fate = InvoiceFate(invoice: index, date: date, due: due, amount: amount)
            if isBacklog {
                // Unpaid, uncontested, never reminded: the letter it calls for is due.
                backlogInvoice = nil
                fate.isBacklog = true
                fates.append(fate)
                continue
            }
            guard date <= asOf else { fates.append(fate); continue }
            settle(&fate, into: &book)
            fates.append(fate)
        }
        return fates
    }

    // MARK: - Invoices

    /// Invoice dates in order. Most debtors are active (an invoice in the last weeks), so most have
    /// something open on the build date; a few invoices are dated after it (ignored by the build).
    private mutating func invoiceDates(count: Int) -> [Int32] {
        guard count > 0 else { return [] }
        let span = Int32(years * 365)
        let earliest = asOf - span
        let last = rng.chance(perMille: 880) ? asOf - Int32(rng.int(0...75)) : asOf - Int32(rng.int(60...Int(span)))
        var first = debtor.segment == .new ? last - Int32(rng.int(20...330)) : earliest + Int32(rng.int(0...180))
        first = max(earliest, min(first, last))
        var dates = [last]
        for _ in 1..<count {
            dates.append(first + Int32(rng.below(Int(last - first) + 1)))
        }
        for k in dates.indices where rng.chance(perMille: 3) {
            dates[k] = asOf + Int32(rng.int(1...20))
        }
        dates.sort()
        return dates
    }

    private mutating func terms() -> Int32 {
        switch debtor.kind {
        case .business: return Int32(rng.pick([30, 30, 45, 60, 0, 15]))
        case .consumer: return Int32(rng.pick([0, 14, 30]))
        }
    }

    /// Tax included, in cents: mostly hundreds to a few thousand euros, rarely much more.
    private mutating func invoiceAmount() -> Int64 {
        let euros: Int
        let tier = rng.below(1000)
        switch debtor.kind {
        case .business:
            euros = tier < 600 ? rng.int(80...2000) : tier < 900 ? rng.int(2000...10000)
                : tier < 990 ? rng.int(10000...50000) : rng.int(50000...250000)
        case .consumer:
            euros = tier < 800 ? rng.int(40...1500) : rng.int(1500...12000)
        }
        let cents = rng.chance(perMille: 300) ? 0 : rng.below(100)
        return Int64(euros) * 100 + Int64(cents)
    }

    // MARK: - Settlements

    private mutating func settle(_ fate: inout InvoiceFate, into book: inout SyntheticBook) {
        var remaining = fate.amount
        var lastSettlement: Int32 = fate.date
        if rng.chance(perMille: 30) {
            // A credit note: a whole cancellation now and then, usually a discount or a return.
            let day = fate.date + Int32(rng.int(3...40))
            let cents = rng.chance(perMille: 300) ? fate.amount : max(1, fate.amount * Int64(rng.int(5...50)) / 100)
            addRow(LedgerRow(date: day, kind: .creditNote, french: french(), debtor: debtorIndex,
                             invoice: rng.chance(perMille: 850) ? fate.invoice : -1, amount: cents), into: &book)
            if day <= asOf {
                remaining -= cents
                lastSettlement = max(lastSettlement, day)
            }
        }
        if remaining <= 0 {
            fate.settledOn = lastSettlement
            return
        }
        let naturalDay = naturalPaymentDay(fate)
        let late = naturalDay.map { $0 > fate.due + 10 } ?? true
        let overlay = rng.below(1000)
        if late && overlay < 60 {
            disputed(&fate, remaining: remaining, into: &book)
        } else if late && overlay < 180 {
            promised(&fate, remaining: remaining, into: &book)
        } else if late && overlay < 230 && remaining >= 30_000 {
            planned(&fate, remaining: remaining, into: &book)
        } else if debtor.habit == .partial {
            paidInParts(&fate, remaining: remaining, from: naturalDay ?? fate.due, into: &book)
        } else if let naturalDay {
            pay(&fate, remaining, on: naturalDay, into: &book)
        }
        if fate.settledOn == nil, fate.due + 365 < asOf, rng.chance(perMille: 300) {
            let day = fate.due + Int32(rng.int(200...700))
            if day <= asOf { fate.acknowledgedOn = day }
        }
    }

    /// When this debtor would pay the invoice left to itself; nil for never.
    private mutating func naturalPaymentDay(_ fate: InvoiceFate) -> Int32? {
        switch debtor.habit {
        case .prompt:
            return rng.chance(perMille: 920) ? max(fate.date, fate.due + Int32(rng.int(-20...5))) : fate.due + Int32(rng.int(11...90))
        case .late:
            return fate.due + Int32(rng.int(8...150))
        case .partial:
            return fate.due + Int32(rng.int(-5...40))
        case .defaulting:
            return rng.chance(perMille: 450) ? nil : fate.due + Int32(rng.int(30...400))
        }
    }

    /// The debtor contests the invoice; once the dispute is closed (often with a credit note) it pays.
    private mutating func disputed(_ fate: inout InvoiceFate, remaining: Int64, into book: inout SyntheticBook) {
        let opened = fate.due + Int32(rng.int(5...25))
        guard opened <= asOf else { return }
        guard rng.chance(perMille: 700) else { fate.dispute = (opened, nil); return }
        let closed = opened + Int32(rng.int(10...60))
        fate.dispute = (opened, closed <= asOf ? closed : nil)
        guard closed <= asOf else { return }
        var left = remaining
        if rng.chance(perMille: 400) {
            let cents = max(1, left * Int64(rng.int(5...30)) / 100)
            addRow(LedgerRow(date: closed, kind: .creditNote, french: french(), debtor: debtorIndex,
                             invoice: fate.invoice, amount: cents), into: &book)
            left -= cents
        }
        if debtor.habit != .defaulting || rng.chance(perMille: 500) {
            pay(&fate, left, on: closed + Int32(rng.int(3...30)), into: &book)
        }
    }

    /// A promise to pay by a day: kept (paid a little before), or broken (paid much later, or never).
    private mutating func promised(_ fate: inout InvoiceFate, remaining: Int64, into book: inout SyntheticBook) {
        let made = fate.due + Int32(rng.int(15...45))
        guard made <= asOf else { return }
        let promisedDay = made + Int32(rng.int(5...21))
        fate.promise = (made, promisedDay)
        if rng.chance(perMille: 600) {
            pay(&fate, remaining, on: max(made, promisedDay - Int32(rng.int(0...5))), into: &book)
        } else if rng.chance(perMille: 500) {
            pay(&fate, remaining, on: promisedDay + Int32(rng.int(10...60)), into: &book)
        }
    }

    /// Monthly instalments: all paid around their dates (kept), or stopped partway (broken).
    private mutating func planned(_ fate: inout InvoiceFate, remaining: Int64, into book: inout SyntheticBook) {
        let made = fate.due + Int32(rng.int(20...50))
        guard made <= asOf else { return }
        let count = rng.int(3...6)
        let first = made + Int32(rng.int(10...30))
        let start = Int32(book.instalments.count)
        let part = remaining / Int64(count)
        for k in 0..<count {
            let cents = k == count - 1 ? remaining - part * Int64(count - 1) : part
            book.instalments.append((first + Int32(30 * k), cents))
        }
        fate.plan = (made, start, Int32(count))
        let kept = rng.chance(perMille: 650)
        let paidCount = kept ? count : rng.below(count)
        var paid: Int64 = 0
        var previous = made
        for k in 0..<paidCount {
            let instalment = book.instalments[Int(start) + k]
            let day = max(previous, instalment.day + Int32(rng.int(-2...2)))
            guard day <= asOf else { break }
            addPayment(on: day, cents: instalment.amount, invoice: fate.invoice, into: &book)
            paid += instalment.amount
            previous = day
            if paid >= remaining { fate.settledOn = day }
        }
        if !kept {
            let late = book.instalments[Int(start) + paidCount]
            fate.planBrokenAfter = late.day + 4
        }
    }

    /// Two or three parts from `from` on; the last one is sometimes still missing.
    private mutating func paidInParts(_ fate: inout InvoiceFate, remaining: Int64, from: Int32, into book: inout SyntheticBook) {
        let parts = rng.int(2...3)
        var left = remaining
        var day = from
        for k in 0..<parts {
            let last = k == parts - 1
            if last && rng.chance(perMille: 300) { return }
            let cents = last ? left : max(1, left * Int64(rng.int(20...60)) / 100)
            guard day <= asOf else {
                if rng.chance(perMille: 30) { addPayment(on: day, cents: cents, invoice: fate.invoice, into: &book) }
                return
            }
            addPayment(on: day, cents: cents, invoice: rng.chance(perMille: 800) ? fate.invoice : -1, into: &book)
            left -= cents
            if left == 0 { fate.settledOn = day }
            day += Int32(rng.int(15...60))
        }
    }

    /// One payment of what is left, unless that day is after the build date (then, rarely, the row is
    /// written anyway: the build must ignore it). Now and then a little more than owed is paid.
    private mutating func pay(_ fate: inout InvoiceFate, _ cents: Int64, on day: Int32, into book: inout SyntheticBook) {
        guard cents > 0 else { fate.settledOn = fate.settledOn ?? day; return }
        guard day <= asOf else {
            if rng.chance(perMille: 30) { addPayment(on: day, cents: cents, invoice: fate.invoice, into: &book) }
            return
        }
        let extra: Int64 = rng.chance(perMille: 10) ? Int64(rng.int(100...5000)) : 0
        addPayment(on: day, cents: cents + extra, invoice: rng.chance(perMille: 800) ? fate.invoice : -1, into: &book)
        fate.settledOn = day
    }

    private mutating func addPayment(on day: Int32, cents: Int64, invoice: Int32, into book: inout SyntheticBook) {
        addRow(LedgerRow(date: day, kind: .payment, french: french(), debtor: debtorIndex, invoice: invoice, amount: cents),
               into: &book)
    }

    private func addRow(_ row: LedgerRow, into book: inout SyntheticBook) {
        if row.date > asOf { book.ledgerRowsAfterAsOf += 1 }
        book.ledger.append(row)
    }

    private mutating func french() -> Bool { rng.below(100) < frenchPercent }
}
