import Testing
@testable import RelanceCore

@Suite struct EscalationTests {
    let asOf = day("2026-06-15")

    func state(_ debtor: Debtor, _ ledger: [LedgerEntry], _ log: [Interaction] = [], asOf: Day? = nil) throws -> DebtorState {
        let r = try Receivables(book: makeBook(debtors: [debtor], ledger: ledger, interactions: log), asOf: asOf ?? self.asOf)
        return try #require(r.debtors.first)
    }

    let f1 = invoice("F1", "D", "1000", date: "2026-03-01", due: "2026-03-31")
    let f2 = invoice("F2", "D", "500", date: "2026-04-01", due: "2026-04-30")

    @Test func stageNoneGivesReminder1AfterTheEarliestDueDate() throws {
        let s = try state(business("D"), [f1, f2])
        #expect(s.stage == .none)
        #expect(s.nextAction?.kind == .reminder1)
        #expect(s.nextAction?.on == day("2026-04-07"))
        #expect(s.nextAction?.channel == .email)
        #expect(s.nextAction?.invoices == ["F1", "F2"])
    }

    @Test func reminder1GoesByLetterWithoutEmail() throws {
        let s = try state(business("D", email: nil), [f1])
        #expect(s.nextAction?.channel == .letter)
    }

    @Test(arguments: [
        (Interaction.Kind.reminder1, Action.Kind.reminder2, "2026-05-16", Action.Channel.letter),
        (.reminder2, .reminder3, "2026-05-16", .registeredLetter),
        (.reminder3, .formalNotice, "2026-05-16", .registeredLetter),
    ])
    func eachStepFollowsTheLatestOfTheStageKind(_ done: Interaction.Kind, _ next: Action.Kind, _ on: String, _ channel: Action.Channel) throws {
        let s = try state(business("D"), [f1], [log("2026-04-20", "D", done), log("2026-05-01", "D", done)])
        #expect(s.nextAction?.kind == next)
        #expect(s.nextAction?.on == day(on))
        #expect(s.nextAction?.channel == channel)
    }

    @Test func formalNoticeLeadsToHandoverAfterDeliveryAndDeadline() throws {
        let s = try state(business("D"), [f1], [log("2026-05-01", "D", .formalNotice, delivered: "2026-05-04")])
        #expect(s.stage == .formalNotice)
        #expect(s.nextAction?.kind == .handover)
        #expect(s.nextAction?.on == day("2026-05-13"))
        let undelivered = try state(business("D"), [f1], [log("2026-05-01", "D", .formalNotice)])
        #expect(undelivered.nextAction?.on == day("2026-05-10"))
    }

    @Test func handoverStopsEscalation() throws {
        let s = try state(business("D"), [f1], [log("2026-05-01", "D", .handover)])
        #expect(s.stage == .handedOver)
        #expect(s.nextAction == nil)
    }

    @Test func debtorStageIsTheHighestAmongOpenInvoicesAndNewInvoicesJoinIt() throws {
        let s = try state(business("D"), [f1, f2], [log("2026-04-10", "D", .reminder2, invoices: ["F1"])])
        #expect(s.openInvoices.map(\.stage) == [.reminder2, .none])
        #expect(s.stage == .reminder2)
        #expect(s.nextAction?.kind == .reminder3)
        #expect(s.nextAction?.invoices == ["F1", "F2"])
    }

    @Test func blankInvoicesCoverOnlyThoseOpenAtTheEndOfThatDate() throws {
        // F2 is dated after the dispute: not covered by it; F1, open and not yet due, is.
        let s = try state(business("D"), [f1, f2], [log("2026-03-20", "D", .dispute)])
        #expect(s.openInvoices.map(\.disputed) == [true, false])
    }

    @Test func blankRemindersCoverOnlyInvoicesAlreadyPastDue() throws {
        // On 15 April F1 is past due and F2 open but not yet due: a reminder never reminds F2.
        let s = try state(business("D"), [f1, f2], [log("2026-04-15", "D", .reminder1)])
        #expect(s.openInvoices.map(\.stage) == [.reminder1, .none])
    }

    @Test func disputeOnEveryOverdueInvoicePausesAndClosingResumes() throws {
        let disputed = try state(business("D"), [f1], [log("2026-05-05", "D", .dispute)])
        #expect(disputed.paused == .dispute)
        #expect(disputed.nextAction == nil)
        #expect(disputed.openInvoices[0].disputed)
        let closed = try state(business("D"), [f1], [log("2026-05-05", "D", .dispute), log("2026-05-20", "D", .disputeClosed)])
        #expect(closed.paused == .none)
        #expect(closed.nextAction?.kind == .reminder1)
    }

    @Test func partialDisputeDoesNotPauseAndTheNextStepSkipsTheDisputedInvoice() throws {
        let s = try state(business("D"), [f1, f2], [log("2026-05-05", "D", .dispute, invoices: ["F1"])])
        #expect(s.paused == .none)
        #expect(s.nextAction?.on == day("2026-05-07"))
        #expect(s.nextAction?.invoices == ["F2"])
    }

    @Test func activePromisePausesUntilDuePlusGrace() throws {
        let promise = log("2026-05-01", "D", .promise, amount: "1000", due: "2026-06-13")
        let active = try state(business("D"), [f1], [promise])
        #expect(active.paused == .promise)
        #expect(active.promises.first?.status == .active)
        // 2026-06-13 + 3 = 2026-06-16: broken from 2026-06-17.
        let broken = try state(business("D"), [f1], [promise], asOf: day("2026-06-17"))
        #expect(broken.promises.first?.status == .broken)
        #expect(broken.paused == .none)
        #expect(broken.nextAction?.kind == .reminder1)
        #expect(broken.nextAction?.on == day("2026-06-17"))
    }

    @Test func promiseKeptWhenThePaymentCame() throws {
        let s = try state(business("D"), [f1, f2, payment("P", "D", "1000", date: "2026-06-10", appliesTo: "F1")],
                          [log("2026-05-01", "D", .promise, invoices: ["F1"], amount: "1000", due: "2026-06-10")],
                          asOf: day("2026-06-20"))
        #expect(s.promises.first?.status == .kept)
    }

    @Test func paymentPlanMetPausesAndALateInstalmentBreaksIt() throws {
        let plan = log("2026-04-15", "D", .paymentPlan, amount: "1000", schedule: [("2026-05-01", "500"), ("2026-06-01", "500")])
        let onTime = try state(business("D"), [f1, payment("P1", "D", "500", date: "2026-05-02")], [plan], asOf: day("2026-06-03"))
        #expect(onTime.plans.first?.status == .active)
        #expect(onTime.paused == .paymentPlan)
        // The second instalment is unmet at the end of 2026-06-04 (grace 3): broken on 2026-06-05.
        let late = try state(business("D"), [f1, payment("P1", "D", "500", date: "2026-05-02")], [plan], asOf: day("2026-06-05"))
        #expect(late.plans.first?.status == .broken)
        #expect(late.plans.first?.lateInstalment?.date == day("2026-06-01"))
        #expect(late.nextAction?.kind == .reminder1)
        #expect(late.nextAction?.on == day("2026-06-05"))
    }

    @Test func disputeOutranksPlanAndPromiseAsPauseReason() throws {
        let s = try state(business("D"), [f1, f2], [
            log("2026-05-01", "D", .promise, invoices: ["F2"], amount: "500", due: "2026-06-30"),
            log("2026-05-02", "D", .dispute, invoices: ["F1"]),
        ])
        #expect(s.paused == .dispute)
    }

    @Test func strategicDebtorIsCalledBeforeEachReminder() throws {
        let r = try Receivables(book: makeBook(debtors: [business("D", segment: .strategic)], ledger: [f1]), asOf: day("2026-04-07"))
        #expect(r.actions.map(\.kind) == [.call, .reminder1])
        #expect(r.actions.map(\.on) == [day("2026-04-07"), day("2026-04-07")])
    }

    @Test func followUpCallAfterReminder3UnlessACallWasLogged() throws {
        let book = makeBook(debtors: [business("D")], ledger: [f1], interactions: [log("2026-06-01", "D", .reminder3)])
        let r = try Receivables(book: book, asOf: day("2026-06-05"))
        #expect(r.actions.contains { $0.kind == .call && $0.on == day("2026-06-06") })
        let called = makeBook(debtors: [business("D")], ledger: [f1],
                              interactions: [log("2026-06-01", "D", .reminder3), log("2026-06-03", "D", .call)])
        #expect(try Receivables(book: called, asOf: day("2026-06-05")).actions.allSatisfy { $0.kind != .call })
    }

    @Test func actionsWindowIsTheBuildDatePlus13Days() throws {
        let later = invoice("F9", "D", "10", date: "2026-06-01", due: "2026-06-14")
        let r0 = try Receivables(book: makeBook(debtors: [business("D")], ledger: [later]), asOf: day("2026-06-15"))
        #expect(r0.actions.first?.on == day("2026-06-21"))
        let promise = log("2026-06-01", "D", .promise, amount: "10", due: "2026-06-28")
        let r1 = try Receivables(book: makeBook(debtors: [business("D")], ledger: [later], interactions: [promise]), asOf: day("2026-06-15"))
        #expect(r1.actions.map(\.kind) == [.promiseDue])
        let r2 = try Receivables(
            book: makeBook(debtors: [business("D")], ledger: [later], interactions: [log("2026-06-01", "D", .promise, amount: "10", due: "2026-06-29")]),
            asOf: day("2026-06-15"))
        #expect(r2.actions.isEmpty)
    }

    @Test func nothingOverdueMeansNoNextAction() throws {
        let s = try state(business("D"), [invoice("F", "D", "10", date: "2026-06-01", due: "2026-06-15")])
        #expect(s.nextAction == nil)
        #expect(s.notDue == euros("10"))
    }
}

@Suite struct AgingAndPrescriptionTests {
    @Test(arguments: [(-5, "not_due"), (0, "not_due"), (1, "1-30"), (30, "1-30"), (31, "31-60"), (60, "31-60"),
                      (61, "61-90"), (90, "61-90"), (91, "91-120"), (120, "91-120"), (121, "121+"), (4000, "121+")])
    func bucketBounds(_ days: Int, _ name: String) {
        let scheme = AgingScheme(bounds: [30, 60, 90, 120])
        #expect(scheme.buckets[scheme.bucketIndex(daysPastDue: days)].name == name)
    }

    @Test func otherBoundsNameTheirBuckets() {
        #expect(AgingScheme(bounds: [15, 45]).buckets.map(\.name) == ["not_due", "1-15", "16-45", "46+"])
    }

    @Test func prescriptionRestartsWithPaymentAndAcknowledgementNotCreditNote() throws {
        let ledger = [
            invoice("F", "D", "1000", date: "2020-01-01", due: "2020-01-31"),
            payment("P", "D", "100", date: "2021-03-10", appliesTo: "F"),
            creditNote("A", "D", "100", date: "2022-05-05", appliesTo: "F"),
        ]
        let base = try Receivables(book: makeBook(debtors: [business("D")], ledger: ledger), asOf: day("2026-01-10"))
        #expect(base.debtors[0].openInvoices[0].prescription == day("2026-03-10"))
        #expect(base.debtors[0].openInvoices[0].prescriptionStatus == .soon)
        let acknowledged = try Receivables(
            book: makeBook(debtors: [business("D")], ledger: ledger, interactions: [log("2023-02-01", "D", .acknowledgement)]),
            asOf: day("2026-01-10"))
        #expect(acknowledged.debtors[0].openInvoices[0].prescription == day("2028-02-01"))
        let barred = try Receivables(book: makeBook(debtors: [business("D")], ledger: ledger), asOf: day("2026-03-11"))
        #expect(barred.debtors[0].openInvoices[0].prescriptionStatus == .barred)
        #expect(barred.warnings.contains(.timeBarred(debtorID: "D", reference: "F", lastDay: day("2026-03-10"))))
    }

    @Test func consumerPrescriptionIsTwoYears() throws {
        let r = try Receivables(
            book: makeBook(debtors: [consumer("C")], ledger: [invoice("F", "C", "10", date: "2024-02-29", due: "2024-03-30")]),
            asOf: day("2025-01-01"))
        // From the invoice date, 29 February: two years later is 28 February.
        #expect(r.debtors[0].openInvoices[0].prescription == day("2026-02-28"))
    }
}
