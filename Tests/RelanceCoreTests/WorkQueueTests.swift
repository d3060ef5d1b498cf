import Testing
@testable import RelanceCore

/// The week's work queue (assets/docs/book-format.md, "Action priority"): Σ balance × days late,
/// actions before a prescription first.
@Suite struct WorkQueueTests {
    /// A: 1 000 € 15 days late; B: 100 € 200 days late (more weight); C: 1 € (the least weight)
    /// whose claim ends 2026-03-01 (invoiced 2021-03-01, five years).
    static func book(policy: CollectionPolicy = CollectionPolicy()) -> Book {
        makeBook(
            debtors: [business("A"), business("B"), business("C")],
            ledger: [
                invoice("FA", "A", "1000.00", date: "2025-12-01", due: "2025-12-31"),
                invoice("FB", "B", "100.00", date: "2025-05-01", due: "2025-06-29"),
                invoice("FC", "C", "1.00", date: "2021-03-01", due: "2021-03-31"),
            ],
            policy: policy)
    }

    static func queue(_ r: Receivables) -> [(debtor: String, priority: ActionPriority)] {
        r.workQueue.order.map { (r.actions[$0].debtorID, r.workQueue.priorities[$0]) }
    }

    @Test func anInvoiceAboutToBeTimeBarredComesFirstThenTheHeaviestDelay() throws {
        let r = try Receivables(book: Self.book(), asOf: day("2026-01-15"))
        let queue = Self.queue(r)
        #expect(queue.map(\.debtor) == ["C", "B", "A"])
        let c = queue[0].priority, b = queue[1].priority, a = queue[2].priority
        #expect(c.actBefore == day("2026-03-01"), "45 days before the last day, within prescription_alert (90)")
        #expect(b.actBefore == nil && a.actBefore == nil)
        #expect(b.amount == euros("100.00") && b.daysLate == 200 && b.lateSince == day("2025-06-30"))
        #expect(a.amount == euros("1000.00") && a.daysLate == 15 && a.lateSince == day("2026-01-01"))
        #expect(b.weight == 10_000 * 200 && a.weight == 100_000 * 15)
        // Ranks follow the queue, whatever the actions' own (date) order.
        for (place, position) in r.workQueue.order.enumerated() { #expect(r.workQueue.rank[position] == place + 1) }
    }

    @Test func theAlertWindowIsASetting() throws {
        var policy = CollectionPolicy()
        policy.prescriptionAlert = 30
        let r = try Receivables(book: Self.book(policy: policy), asOf: day("2026-01-15"))
        #expect(Self.queue(r).map(\.debtor) == ["B", "A", "C"], "45 days away is beyond a 30-day alert: by weight alone")
        #expect(Self.queue(r).allSatisfy { $0.priority.actBefore == nil })
    }

    @Test func aTimeBarredInvoiceWeighsNothing() throws {
        let book = makeBook(
            debtors: [business("D")],
            ledger: [invoice("OLD", "D", "900.00", date: "2020-01-01", due: "2020-01-31"),
                     invoice("NEW", "D", "100.00", date: "2025-12-01", due: "2025-12-31")])
        let r = try Receivables(book: book, asOf: day("2026-01-15"))
        let priority = try #require(Self.queue(r).first?.priority)
        #expect(priority.amount == euros("100.00"), "OLD is time-barred: never claimed, never weighed")
        #expect(priority.daysLate == 15 && priority.actBefore == nil)
    }

    @Test func anActionNotYetLateHasNoDelay() throws {
        let book = makeBook(
            debtors: [business("D")],
            ledger: [invoice("F", "D", "100.00", date: "2025-12-01", due: "2026-01-10")],
            interactions: [log("2026-01-05", "D", .promise, invoices: ["F"], amount: "100.00", due: "2026-01-20")])
        let r = try Receivables(book: book, asOf: day("2026-01-08"))
        let priority = try #require(Self.queue(r).first?.priority)
        #expect(r.actions.first?.kind == .promiseDue)
        #expect(priority.daysLate == 0 && priority.lateSince == nil && priority.weight == 0)
        #expect(priority.amount == euros("100.00"))
    }
}

/// The end of the amicable schedule: notices expired, files handed over.
@Suite struct EndOfScheduleTests {
    @Test func anExpiredNoticeAndAHandoverAreListedApartWithWhatIsClaimable() throws {
        let book = makeBook(
            debtors: [business("N"), business("H"), business("W")],
            ledger: [
                invoice("FN", "N", "800.00", date: "2025-10-01", due: "2025-10-31"),
                invoice("FH", "H", "1200.00", date: "2025-09-01", due: "2025-09-30"),
                invoice("FW", "W", "300.00", date: "2025-10-01", due: "2025-10-31"),
            ],
            interactions: [
                log("2025-12-20", "N", .formalNotice, channel: .registeredLetter, delivered: "2025-12-23"),
                log("2026-01-05", "H", .handover),
                // Still within its eight days on 2026-01-15: not expired.
                log("2026-01-10", "W", .formalNotice, channel: .registeredLetter),
            ])
        let end = EndOfSchedule(try Receivables(book: book, asOf: day("2026-01-15")))
        let expired = try #require(end.expiredNotices.first)
        #expect(end.expiredNotices.count == 1 && expired.debtor.id == "N")
        #expect(expired.noticeOn == day("2025-12-20") && expired.deliveredOn == day("2025-12-23"))
        #expect(expired.deadline == day("2025-12-31"), "eight days from the avis de réception")
        #expect(expired.amount == euros("800.00"))
        #expect(end.handedOver.map(\.debtor.id) == ["H"])
        #expect(end.handedOver.first?.on == day("2026-01-05") && end.handedOver.first?.amount == euros("1200.00"))
    }
}

/// The alerts, most urgent first: what can still be saved before what is already lost.
@Suite struct AlertOrderTests {
    @Test func prescribingSoonThenBlockedLettersThenTimeBarred() throws {
        var unaddressed = business("U")
        unaddressed.address1 = nil
        let book = makeBook(
            debtors: [business("B"), business("S"), unaddressed],
            ledger: [
                invoice("OLD", "B", "5000.00", date: "2020-01-01", due: "2020-01-31"),
                invoice("SOON", "S", "10.00", date: "2021-03-01", due: "2021-03-31"),
                invoice("FU", "U", "100.00", date: "2025-12-01", due: "2025-12-31"),
            ])
        let warnings = try Receivables(book: book, asOf: day("2026-01-15")).warnings
        let soon = try #require(warnings.firstIndex(of: .prescriptionSoon(debtorID: "S", reference: "SOON", lastDay: day("2026-03-01"))))
        let blocked = try #require(warnings.firstIndex(of: .missingAddress(debtorID: "U")))
        let barred = try #require(warnings.firstIndex(of: .timeBarred(debtorID: "B", reference: "OLD", lastDay: day("2025-01-01"))))
        #expect(soon < blocked && blocked < barred, "\(warnings)")
    }
}
