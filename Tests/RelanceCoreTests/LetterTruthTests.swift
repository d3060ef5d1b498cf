import Testing
@testable import RelanceCore

/// What every letter states must be true for that debtor (README, "Letters", "Only what is true").
@Suite struct LetterTruthTests {
    static func letter(_ book: Book, asOf: String) throws -> Letter {
        try #require(LetterPlan(try Receivables(book: book, asOf: day(asOf))).letters.first)
    }

    @Test func aRecapNamesTheStepsOfEachInvoiceAndPresentsANeverRemindedOneAsNewlyDue() throws {
        // F1 was reminded on 7 February; F2 fell due later and was never reminded.
        let book = makeBook(
            debtors: [business("D1")],
            ledger: [invoice("F1", "D1", "100.00", date: "2026-01-01", due: "2026-01-31"),
                     invoice("F2", "D1", "200.00", date: "2026-01-15", due: "2026-02-14")],
            interactions: [log("2026-02-07", "D1", .reminder1, channel: .email)])
        let letter = try Self.letter(book, asOf: "2026-02-22")
        #expect(letter.level == .reminder2)
        #expect(letter.invoices.map(\.reference) == ["F1", "F2"])
        #expect(letter.facts.recap.map(\.reference) == ["F1", "F2"])
        #expect(letter.facts.recap.map { letter.facts.steps($0).count } == [1, 0])
        #expect(letter.facts.recap[1].isNewlyDue)
        #expect(letter.unanswered)
    }

    @Test func aThirdReminderAfterABrokenPromiseNamesIt() throws {
        let book = makeBook(
            debtors: [business("D1")],
            ledger: [invoice("F1", "D1", "1000.00", date: "2026-01-01", due: "2026-01-31")],
            interactions: [log("2026-02-07", "D1", .reminder1, channel: .email),
                           log("2026-02-22", "D1", .reminder2, channel: .letter),
                           log("2026-02-25", "D1", .promise, invoices: ["F1"], amount: "1000.00", due: "2026-03-05")])
        let letter = try Self.letter(book, asOf: "2026-03-12")
        #expect(letter.level == .reminder3)
        #expect(!letter.unanswered, "a broken promise answered the second reminder: never « sans effet »")
        guard case .brokenPromise(let promise)? = letter.facts.answers.first else {
            Issue.record("expected the broken promise, found \(letter.facts.answers)"); return
        }
        #expect(promise.due == day("2026-03-05"))
    }

    @Test func aPartialPaymentSinceTheLastStepIsNamed() throws {
        let book = makeBook(
            debtors: [business("D1")],
            ledger: [invoice("F1", "D1", "1000.00", date: "2026-01-01", due: "2026-01-31"),
                     payment("P1", "D1", "300.00", date: "2026-02-12")],
            interactions: [log("2026-02-07", "D1", .reminder1, channel: .email)])
        let letter = try Self.letter(book, asOf: "2026-02-22")
        guard case .payment(let reference, _, let amount)? = letter.facts.answers.first else {
            Issue.record("expected the partial payment"); return
        }
        #expect(reference == "P1" && amount == euros("300.00"))
    }

    @Test func noNewPlanIsOfferedAfterABrokenOne() throws {
        let book = makeBook(
            debtors: [business("D1")],
            ledger: [invoice("F1", "D1", "1000.00", date: "2026-01-01", due: "2026-01-31")],
            interactions: [log("2026-02-07", "D1", .reminder1, channel: .email),
                           log("2026-02-22", "D1", .reminder2, channel: .letter),
                           log("2026-02-24", "D1", .paymentPlan, invoices: ["F1"], amount: "1000.00",
                               schedule: [("2026-03-01", "500.00"), ("2026-04-01", "500.00")])])
        let letter = try Self.letter(book, asOf: "2026-03-12")
        #expect(letter.facts.afterBrokenPlan)
        guard case .brokenPlan(_, let missed)? = letter.facts.answers.first else {
            Issue.record("expected the broken plan"); return
        }
        #expect(missed.date == day("2026-03-01"))
    }

    @Test func theFirstReminderStatesPenaltiesWithoutAddingThem() throws {
        let book = makeBook(debtors: [business("D1")],
                            ledger: [invoice("F1", "D1", "1000.00", date: "2026-01-01", due: "2026-01-31")])
        let first = try Self.letter(book, asOf: "2026-02-20")
        #expect(first.level == .reminder1)
        #expect(first.penalties.isPositive && first.indemnities == euros("40.00"))
        #expect(first.total == euros("1000.00"))
        #expect(first.mayBeOversight)
        var policy = CollectionPolicy()
        policy.letterPenaltiesFrom = 1
        let claimed = try Self.letter(makeBook(debtors: [business("D1")], ledger: book.ledger, policy: policy), asOf: "2026-02-20")
        #expect(claimed.total == euros("1000.00") + claimed.penalties + euros("40.00"))
    }

    @Test func aFirstReminderForAnInvoiceMoreThanSixtyDaysLateIsNoOversight() throws {
        let book = makeBook(debtors: [business("D1")],
                            ledger: [invoice("F1", "D1", "1000.00", date: "2026-01-01", due: "2026-01-31")])
        #expect(try Self.letter(book, asOf: "2026-04-01").mayBeOversight)    // 60 days
        #expect(try !Self.letter(book, asOf: "2026-04-02").mayBeOversight)   // 61 days
    }

    @Test func theFormalNoticeGivesTheAmountPerDay() throws {
        // 4 990,00 € × 12,15 % / 365 = 1,6611 → 1,66 € a day.
        let notice = try Self.letter(smallClaimAtFormalNotice(), asOf: "2026-02-04")
        #expect(notice.level == .formalNotice)
        #expect(notice.dailyAccrual == euros("1.66"))
        // No rate known for the half-year: no amount is guessed.
        let unknown = try Self.letter(smallClaimAtFormalNotice(rates: RateTable([:])), asOf: "2026-02-04")
        #expect(unknown.dailyAccrual == nil)
    }

    @Test func aDeliveryLineGivesTheFormalNoticeItsDeliveryDate() throws {
        // Delivered on 10 March: the hand-over is due on 10 March + 8 days + 1.
        let book = makeBook(
            debtors: [business("D1")],
            ledger: [invoice("F1", "D1", "1000.00", date: "2026-01-01", due: "2026-01-31")],
            interactions: [Interaction(day: day("2026-03-02"), debtorID: "D1", kind: .formalNotice, channel: .registeredLetter,
                                       tracking: "1A 000 111 2222 3"),
                           Interaction(day: day("2026-03-12"), debtorID: "D1", kind: .delivery, tracking: "1a0001112222 3",
                                       deliveredOn: day("2026-03-10"))])
        let state = try #require(try Receivables(book: book, asOf: day("2026-03-15")).debtors.first)
        #expect(state.nextAction?.kind == .handover)
        #expect(state.nextAction?.on == day("2026-03-19"))
        // By the letter's reference in the summary, when the delivery line has no tracking.
        let byReference = makeBook(
            debtors: [business("D1")], ledger: book.ledger,
            interactions: [log("2026-03-02", "D1", .formalNotice, channel: .registeredLetter),
                           Interaction(day: day("2026-03-06"), debtorID: "D1", kind: .delivery, summary: "D1-MED-20260302")])
        let delivered = try #require(try Receivables(book: byReference, asOf: day("2026-03-15")).debtors.first)
        #expect(delivered.nextAction?.on == day("2026-03-15"))
        // Posted two days after its date (`relance record --sent-on`): the line keeps the build's
        // reference in its summary and its original's name, and the delivery finds it by that.
        let postedLater = makeBook(
            debtors: [business("D1")], ledger: book.ledger,
            interactions: [Interaction(day: day("2026-03-04"), debtorID: "D1", kind: .formalNotice, channel: .registeredLetter,
                                       summary: "Référence D1-MED-20260302 ; original sent/D1-MED-20260302.pdf, SHA-256 00ff",
                                       proofs: ["sent/D1-MED-20260302.pdf"]),
                           Interaction(day: day("2026-03-05"), debtorID: "D1", kind: .call, summary: "Rappel de D1-MED-20260302"),
                           Interaction(day: day("2026-03-07"), debtorID: "D1", kind: .delivery, summary: "D1-MED-20260302")])
        let later = try #require(try Receivables(book: postedLater, asOf: day("2026-03-15")).debtors.first)
        #expect(later.nextAction?.on == day("2026-03-16"), "delivered on 7 March, not the call naming the reference")
    }

    @Test func aDebtorsDeclaredTypeIsChecked() throws {
        var sci = consumer("C1")
        sci.name = "SCI Les Tilleuls"
        var withSIREN = consumer("C2")
        withSIREN.siren = "732829320"
        let book = makeBook(debtors: [sci, withSIREN, consumer("C3"), business("B1")], ledger: [
            invoice("F1", "C1", "100.00", date: "2026-01-01", due: "2026-01-31"),
            invoice("F2", "C2", "100.00", date: "2026-01-01", due: "2026-01-31"),
            invoice("F3", "C3", "100.00", date: "2026-01-01", due: "2026-01-31"),
            invoice("F4", "B1", "100.00", date: "2026-01-01", due: "2026-01-31"),
        ])
        let warnings = try Receivables(book: book, asOf: day("2026-02-20")).warnings
        #expect(warnings.contains(.consumerLooksLikeBusiness(debtorID: "C1", reason: "son nom comporte « SCI »")))
        #expect(warnings.contains(.consumerLooksLikeBusiness(debtorID: "C2", reason: "il a un SIREN (732829320)")))
        #expect(!warnings.contains { if case .consumerLooksLikeBusiness("C3", _) = $0 { true } else { false } })
        // Not bundled by default (first reminder stage): no warning; bundled by name: named.
        #expect(!warnings.contains(.bundledBusinessWithoutSIREN(debtorID: "B1")))
        let named = try Receivables(book: book, asOf: day("2026-02-20"), bundles: BundleSelection(options: ["B1"])).warnings
        #expect(named.contains(.bundledBusinessWithoutSIREN(debtorID: "B1")))
        let unbundled = try Receivables(book: book, asOf: day("2026-02-20"), bundles: BundleSelection(mode: .none)).warnings
        #expect(!unbundled.contains(.bundledBusinessWithoutSIREN(debtorID: "B1")))
    }
}
