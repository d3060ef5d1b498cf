/// The log side of one debtor's history: for each invoice paid late or not at all, the reminders,
/// formal notice and handover the policy calls for while it stays open, with the calls, replies,
/// disputes, promises, plans and acknowledgements of its fate; then everyday exchanges, until the
/// debtor's share of the log is filled exactly.
struct CollectionLog {
    let debtorIndex: Int32
    let debtor: SyntheticDebtor
    let asOf: Int32
    let frenchPercent: Int
    var rng: SplitMix64

    /// Appends exactly `budget` log rows for the debtor. Invoices still open come first (the newest
    /// first), then those paid late; each one's episode is cut short when the budget runs out.
    mutating func write(budget: Int, fates: [InvoiceFate], into book: inout SyntheticBook) {
        var left = budget
        let chased = fates.filter { $0.isChased && $0.date <= asOf }
        let order = chased.filter { $0.settledOn == nil }.reversed() + chased.filter { $0.settledOn != nil }.reversed()
        for fate in order where left > 0 {
            var rows = episode(fate, book: &book)
            rows.sort { $0.date < $1.date }
            for row in rows.prefix(left) { append(row, into: &book) }
            left -= min(left, rows.count)
        }
        let firstDay = fates.first?.date ?? (asOf - 365)
        while left > 0 {
            append(exchange(between: min(firstDay, asOf), and: asOf), into: &book)
            left -= 1
        }
    }

    // MARK: - Episodes

    private mutating func episode(_ fate: InvoiceFate, book: inout SyntheticBook) -> [LogRow] {
        var rows: [LogRow] = []
        // Chased while open, up to the build date.
        let end = min(fate.settledOn ?? Int32.max, asOf)
        if let dispute = fate.dispute {
            var disputeRow = row(.dispute, on: dispute.opened, channel: rng.pick([.email, .phone, .letter]),
                                 direction: .incoming, listing: fate, listProbability: 850, book: &book)
            disputeRow.proof = rng.chance(perMille: 500)
            rows.append(disputeRow)
            if let closed = dispute.closed {
                rows.append(row(.disputeClosed, on: closed, channel: .email, direction: .outgoing, listing: fate,
                                listProbability: 850, book: &book))
            }
        }
        if let promise = fate.promise {
            var promiseRow = row(.promise, on: promise.made, channel: .phone, direction: .incoming, listing: fate,
                                 listProbability: 800, book: &book)
            promiseRow.amount = fate.amount
            promiseRow.due = promise.due
            rows.append(promiseRow)
        }
        if let plan = fate.plan {
            var planRow = row(.paymentPlan, on: plan.made, channel: .email, direction: .outgoing, listing: fate,
                              listProbability: 900, book: &book)
            var total: Int64 = 0
            for k in 0..<Int(plan.count) { total += book.instalments[Int(plan.start) + k].amount }
            planRow.amount = rng.chance(perMille: 600) ? total : 0
            planRow.scheduleStart = plan.start
            planRow.scheduleCount = plan.count
            rows.append(planRow)
        }
        if let acknowledged = fate.acknowledgedOn {
            var acknowledgement = row(.acknowledgement, on: acknowledged, channel: .letter, direction: .incoming,
                                      listing: fate, listProbability: 900, book: &book)
            acknowledgement.proof = true
            rows.append(acknowledgement)
        }

        var day = fate.due + 7 + Int32(rng.int(0...4))
        var stage = 0
        while stage < 4 {
            day = resumed(day, fate)
            guard day <= end else { break }
            stage += 1
            let kind: LogRow.Kind = [.reminder1, .reminder2, .reminder3, .formalNotice][stage - 1]
            var reminder = row(kind, on: day, channel: channel(stage: stage), direction: .none, listing: fate,
                               listProbability: 550, book: &book)
            var delivery: LogRow?
            if stage >= 3 && reminder.channel == .registeredLetter {
                reminder.tracking = trackingNumber()
                if rng.chance(perMille: 850) { reminder.deliveredOn = day + Int32(rng.int(2...6)) }
                reminder.proof = stage == 4
                // Some avis de réception are logged on a line of their own (`delivery`).
                if reminder.deliveredOn != Int32.min && reminder.deliveredOn + 2 <= end && rng.chance(perMille: 300) {
                    var line = row(.delivery, on: reminder.deliveredOn + 2, channel: .none, direction: .incoming,
                                   listing: fate, listProbability: 0, book: &book)
                    line.tracking = reminder.tracking
                    line.deliveredOn = reminder.deliveredOn
                    delivery = line
                    reminder.deliveredOn = Int32.min
                }
            }
            rows.append(reminder)
            if let delivery { rows.append(delivery) }
            if stage == 2 && rng.chance(perMille: 200) && day + 3 <= end {
                rows.append(row(.reply, on: day + Int32(rng.int(1...5)), channel: .email, direction: .incoming,
                                listing: fate, listProbability: 0, book: &book))
            }
            if stage == 3 && rng.chance(perMille: 600) && day + 5 <= end {
                rows.append(row(.call, on: day + Int32(rng.int(5...7)), channel: .phone, direction: .outgoing,
                                listing: fate, listProbability: 300, book: &book))
            }
            if stage == 4 {
                let delivered = delivery?.deliveredOn ?? reminder.deliveredOn
                let from = delivered == Int32.min ? day : delivered
                let handover = from + 9 + Int32(rng.int(0...40))
                if handover <= end && rng.chance(perMille: 300) {
                    rows.append(row(.handover, on: handover, channel: .letter, direction: .outgoing, listing: fate,
                                    listProbability: 500, book: &book))
                }
            }
            day += Int32(15 + rng.int(0...6))
        }
        return rows
    }

    /// The first day on or after `day` when the invoice is not under dispute, promise or plan.
    private func resumed(_ day: Int32, _ fate: InvoiceFate) -> Int32 {
        var day = day
        if let dispute = fate.dispute, day >= dispute.opened {
            guard let closed = dispute.closed else { return Int32.max }
            day = max(day, closed + 1)
        }
        if let promise = fate.promise, day >= promise.made { day = max(day, promise.due + 4) }
        if let plan = fate.plan, day >= plan.made {
            guard let broken = fate.planBrokenAfter else { return Int32.max }
            day = max(day, broken)
        }
        return day
    }

    private mutating func channel(stage: Int) -> LogRow.Channel {
        switch stage {
        case 1: return debtor.hasEmail ? .email : .letter
        case 2: return .letter
        default: return rng.chance(perMille: 100) ? .electronicRegisteredLetter : .registeredLetter
        }
    }

    /// La Poste's registered items read `1A 123 456 7890 1`: eleven digits after the prefix.
    private mutating func trackingNumber() -> Int64 {
        Int64(10_000_000_000 + rng.below(90_000_000_000))
    }

    // MARK: - Everyday exchanges

    /// A call, e-mail, letter, meeting, reply or note on a random day; now and then one logged after
    /// the build date (ignored by the build).
    private mutating func exchange(between first: Int32, and last: Int32) -> LogRow {
        var day = first + Int32(rng.below(Int(last - first) + 1))
        if rng.chance(perMille: 4) { day = asOf + Int32(rng.int(1...10)) }
        let kinds: [(LogRow.Kind, LogRow.Channel, LogRow.Direction)] = [
            (.note, .none, .outgoing), (.email, .email, .outgoing), (.letter, .letter, .outgoing),
            (.meeting, .visit, .outgoing), (.call, .phone, .incoming), (.call, .phone, .outgoing),
            (.reply, .email, .incoming), (.note, .portal, .outgoing),
        ]
        let (kind, channel, direction) = rng.pick(kinds)
        var row = LogRow(date: day, debtor: debtorIndex, kind: kind, channel: channel, direction: direction)
        row.french = rng.below(100) < frenchPercent
        row.variant = UInt8(rng.below(256))
        if rng.chance(perMille: 150) { row.minute = Int16(rng.int(480...1140)) }
        return row
    }

    // MARK: - Rows

    private mutating func row(
        _ kind: LogRow.Kind, on day: Int32, channel: LogRow.Channel, direction: LogRow.Direction,
        listing fate: InvoiceFate, listProbability: Int, book: inout SyntheticBook
    ) -> LogRow {
        var row = LogRow(date: day, debtor: debtorIndex, kind: kind, channel: channel, direction: direction)
        row.french = rng.below(100) < frenchPercent
        row.variant = UInt8(rng.below(256))
        if rng.chance(perMille: 120) { row.minute = Int16(rng.int(480...1140)) }
        if rng.chance(perMille: listProbability) {
            row.invoicesStart = Int32(book.invoiceLists.count)
            row.invoicesCount = 1
            book.invoiceLists.append(fate.invoice)
            // Now and then the previous invoice too (the debtor's invoices are consecutive), as `A|B`.
            let previous = fate.invoice - 1
            if previous >= 0 && book.invoices[Int(previous)].debtor == debtorIndex && rng.chance(perMille: 80) {
                book.invoiceLists.append(previous)
                row.invoicesCount = 2
            }
        }
        return row
    }

    private func append(_ row: LogRow, into book: inout SyntheticBook) {
        if row.date > asOf { book.logRowsAfterAsOf += 1 }
        book.log.append(row)
    }
}
