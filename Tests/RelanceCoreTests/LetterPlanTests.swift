import Testing
@testable import RelanceCore

@Suite struct LetterPlanTests {
    @Test func routeAtTheSmallClaimCeiling() {
        #expect(RecoveryRoute.recommend(principalAndInterest: euros("5000.00"), debtorKind: .business) == .simplifiedProcedure)
        #expect(RecoveryRoute.recommend(principalAndInterest: euros("5000.01"), debtorKind: .business) == .injunctionCommercialCourt)
        #expect(RecoveryRoute.recommend(principalAndInterest: euros("5000.01"), debtorKind: .consumer) == .injunctionJudicialCourt)
    }

    @Test func routeLeavesTheIndemnitiesOut() throws {
        // 4 990,00 € + 6,64 € of penalties (4 days at 12,15 %) = 4 996,64 € ≤ 5 000 €, although the
        // total with the 40 € indemnity, 5 036,64 €, is above: the simplified procedure still applies.
        let letter = try #require(LetterPlan(try Receivables(book: smallClaimAtFormalNotice(), asOf: day("2026-02-04"))).letters.first)
        #expect(letter.level == .formalNotice)
        #expect(letter.penalties == euros("6.64"))
        #expect(letter.total == euros("5036.64"))
        #expect(letter.route == .simplifiedProcedure)
    }

    @Test func oneLetterPerDueActionCoveringOverdueUndisputedInvoices() throws {
        let book = makeBook(
            debtors: [business("D1")],
            ledger: [invoice("F1", "D1", "100.00", date: "2026-01-01", due: "2026-01-31"),
                     invoice("F2", "D1", "200.00", date: "2026-01-05", due: "2026-02-04"),
                     invoice("F3", "D1", "300.00", date: "2026-01-06", due: "2026-02-05"),
                     invoice("F4", "D1", "400.00", date: "2026-03-01", due: "2026-03-31")],
            interactions: [log("2026-02-10", "D1", .dispute, invoices: ["F3"])])
        let r = try Receivables(book: book, asOf: day("2026-02-20"))
        let plan = LetterPlan(r)
        #expect(plan.letters.count == 1)
        let letter = try #require(plan.letters.first)
        #expect(letter.level == .reminder1)
        #expect(letter.invoices.map(\.reference) == ["F1", "F2"], "F3 is disputed, F4 not due")
        #expect(letter.date == day("2026-02-20"))
        #expect(letter.paymentDeadline == day("2026-02-28"))
        #expect(letter.noticeDeadlineDays == nil)
        #expect(letter.reference == "D1-R1-20260220")
    }

    @Test func aDebtorNamedByARejectedRowGetsNoLetterButAnAlert() throws {
        var book = makeBook(
            debtors: [business("D1"), business("D2")],
            ledger: [invoice("F1", "D1", "100.00", date: "2026-01-01", due: "2026-01-31"),
                     invoice("F2", "D2", "100.00", date: "2026-01-01", due: "2026-01-31")])
        let payment = SourceLocation(file: "ledger.csv", line: 7)
        book.rejectedRows = [RejectedRow(location: payment, debtorID: "D1", reasons: ["date: expected a date"]),
                             RejectedRow(location: SourceLocation(file: "ledger.csv", line: 8), debtorID: "D9", reasons: ["debtor: unknown"])]
        let r = try Receivables(book: book, asOf: day("2026-02-20"))
        let plan = LetterPlan(r)
        #expect(plan.letters.map(\.debtor.id) == ["D2"])
        #expect(plan.blocked.map { "\($0.debtor.id) \($0.reason)" } == ["D1 rejectedRows"])
        #expect(r.debtorsWithRejectedRows == ["D1": [payment]], "D9 is in no book debtor: nothing to hold")
        #expect(r.warnings.first == .rowsRejected(debtorID: "D1", rows: [payment]))
        #expect(r.reconciliation.ledgerRowsRejected == 2 && r.reconciliation.rejected == 2)
    }

    @Test func lettersAreWrittenForTheActionsDueWithinTheHorizonDatedTheBuildDate() throws {
        // F1's first reminder falls on 2026-02-07 (due 01-31 + 7).
        let ledger = [invoice("F1", "D1", "100.00", date: "2026-01-01", due: "2026-01-31")]
        var policy = CollectionPolicy()
        #expect(policy.letterHorizon == 4, "a Monday build prepares the letters through Friday")
        let early = try Receivables(book: makeBook(debtors: [business("D1")], ledger: ledger), asOf: day("2026-02-03"))
        #expect(early.actions.contains { $0.kind == .reminder1 && $0.on == day("2026-02-07") })
        let letter = try #require(LetterPlan(early).letters.first)
        #expect(letter.date == day("2026-02-03"), "dated the build date, not the step's date")
        #expect(letter.dueSince == day("2026-02-07"))
        #expect(letter.reference == "D1-R1-20260203")
        #expect(letter.paymentDeadline == day("2026-02-11"), "the time to pay runs from the letter's date")

        let tooEarly = try Receivables(book: makeBook(debtors: [business("D1")], ledger: ledger), asOf: day("2026-02-02"))
        #expect(LetterPlan(tooEarly).letters.isEmpty, "five days ahead is beyond the horizon")

        policy.letterHorizon = 0
        let sameDayOnly = try Receivables(book: makeBook(debtors: [business("D1")], ledger: ledger, policy: policy), asOf: day("2026-02-06"))
        #expect(LetterPlan(sameDayOnly).letters.isEmpty, "horizon_days = 0: only the steps due by the build date")
    }

    @Test func postalLetterWithoutAddressIsBlockedNotDropped() throws {
        var debtor = business("D1", email: nil)
        debtor.address1 = nil
        let book = makeBook(debtors: [debtor],
                            ledger: [invoice("F1", "D1", "100.00", date: "2026-01-01", due: "2026-01-31")])
        let plan = LetterPlan(try Receivables(book: book, asOf: day("2026-02-20")))
        #expect(plan.letters.isEmpty)
        #expect(plan.blocked.map(\.reason) == [.missingPostalAddress])
        #expect(plan.blocked.first?.channel == .letter)
    }

    @Test func emailLetterNeedsNoPostalAddress() throws {
        var debtor = business("D1", email: "d1@example.fr")
        debtor.address1 = nil
        let book = makeBook(debtors: [debtor],
                            ledger: [invoice("F1", "D1", "100.00", date: "2026-01-01", due: "2026-01-31")])
        let plan = LetterPlan(try Receivables(book: book, asOf: day("2026-02-20")))
        #expect(plan.letters.map(\.channel) == [.email])
        #expect(plan.blocked.isEmpty)
    }

    @Test func historyHoldsEarlierOutgoingStepsOnTheseInvoicesOnly() throws {
        let book = makeBook(
            debtors: [business("D1")],
            ledger: [invoice("F1", "D1", "100.00", date: "2026-01-01", due: "2026-01-31"),
                     invoice("F9", "D1", "100.00", date: "2025-06-01", due: "2025-07-01"),
                     payment("P9", "D1", "100.00", date: "2025-08-01", appliesTo: "F9")],
            interactions: [log("2025-07-10", "D1", .reminder1, invoices: ["F9"], channel: .email),
                           log("2026-02-07", "D1", .reminder1, channel: .email),
                           log("2026-02-10", "D1", .reply, channel: .phone),
                           log("2026-02-12", "D1", .call, channel: .phone),
                           log("2026-02-22", "D1", .reminder2, channel: .letter)])
        let r = try Receivables(book: book, asOf: day("2026-03-09"))
        let letter = try #require(LetterPlan(r).letters.first)
        #expect(letter.level == .reminder3)
        #expect(letter.history.map(\.day) == [day("2026-02-07"), day("2026-02-12"), day("2026-02-22")])
        #expect(letter.earlierReminders.map(\.kind) == [.reminder1, .reminder2])
    }

    @Test func consumerLetterClaimsNoPenaltiesAndNoIndemnity() throws {
        let book = makeBook(debtors: [consumer("C1")],
                            ledger: [invoice("F1", "C1", "100.00", date: "2026-01-01", due: "2026-01-31")])
        let letter = try #require(LetterPlan(try Receivables(book: book, asOf: day("2026-02-20"))).letters.first)
        #expect(letter.penalties == .zero)
        #expect(letter.indemnities == .zero)
        #expect(letter.total == euros("100.00"))
    }

    @Test func referencesAreStableAndNeverShared() {
        let date = day("2026-06-15")
        #expect(LetterReference.make(debtorID: "ACME", level: .reminder2, date: date) == "ACME-R2-20260615")
        #expect(LetterReference.make(debtorID: "P01", level: .formalNotice, date: date) == "P01-MED-20260615")
        let slashed = LetterReference.make(debtorID: "ACME/01", level: .reminder2, date: date)
        let spaced = LetterReference.make(debtorID: "acme 01", level: .reminder2, date: date)
        #expect(slashed.hasPrefix("ACME-01-") && spaced.hasPrefix("ACME-01-"))
        #expect(slashed != spaced)
        #expect(slashed == LetterReference.make(debtorID: "ACME/01", level: .reminder2, date: date))
        let odd = LetterReference.make(debtorID: "Café <Dupont> & fils", level: .reminder1, date: date)
        #expect(odd.utf8.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 45 }, "\(odd)")
    }
}
