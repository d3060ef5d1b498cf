import Testing
@testable import RelanceCore

/// Claims a court would uphold (assets/docs/book-format.md "Allocation", `settled_late`, `time_barred`;
/// assets/docs/legal-rules.md §1, §6): every figure below was worked out by hand at 12,15 % (2026 H1).
@Suite struct LegalClaimsTests {
    static func invoice(_ ref: String, _ debtor: String, _ amount: String, date: String, due: String, service: String) -> LedgerEntry {
        var entry = RelanceCoreTests.invoice(ref, debtor, amount, date: date, due: due)
        entry.serviceDate = day(service)
        return entry
    }

    @Test func aDepositPaidBeforeTheInvoiceIsImputedOnIt() throws {
        // 250 € on 5 January, then a 1 000 € invoice on 1 February due 1 March: it opens at 750 €.
        // 2–10 March: 750 × 12,15 % × 9 / 365 = 2,2469 → 2,25; 11–20 March: 600 × 10 days = 1,9973 → 2,00;
        // 21 March – 15 June: 300 × 87 days = 8,6877 → 8,69.
        let book = makeBook(debtors: [business("D")], ledger: [
            payment("P0", "D", "250.00", date: "2026-01-05"),
            RelanceCoreTests.invoice("F", "D", "1000.00", date: "2026-02-01", due: "2026-03-01"),
            creditNote("A", "D", "150.00", date: "2026-03-10"),
            payment("P1", "D", "300.00", date: "2026-03-20"),
        ])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let invoice = try #require(r.debtors.first?.openInvoices.first)
        #expect(invoice.outstanding == euros("300.00"))
        #expect(invoice.penalties.lines.map(\.amount) == [euros("2.25"), euros("2.00"), euros("8.69")])
        #expect(invoice.penalties.total == euros("12.94"))
        #expect(invoice.penalties.lines.first?.balance == euros("750.00"))
        // Restarted by the payment of 20 March; the deposit, before the invoice, moves nothing.
        #expect(invoice.prescription == day("2031-03-20"))
        #expect(r.totals.unallocatedCredit == .zero)
        #expect(r.reconciliation.creditAppliedToLaterInvoices == euros("250.00"))
        // The décompte shows the deposit taking effect on the invoice's date, received earlier.
        let statement = try CaseStatement(state: try #require(r.debtors.first), ledger: book.ledger, asOf: r.asOf)
        let deposit = try #require(statement.invoices.first?.settlements.first)
        #expect(deposit.reference == "P0" && deposit.date == day("2026-02-01") && deposit.receivedOn == day("2026-01-05"))
    }

    @Test func invoicesPaidLateOweTheirPenaltiesAndTheIndemnity() throws {
        // 300 € due 1 February and 700 € due 1 March, settled by one 1 200 € cheque on 10 April:
        // 300 × 12,15 % × 68 / 365 = 6,7907 → 6,79; 700 × 40 days = 9,3205 → 9,32; 200 € left over.
        let book = makeBook(debtors: [business("D")], ledger: [
            RelanceCoreTests.invoice("F300", "D", "300.00", date: "2026-01-02", due: "2026-02-01"),
            RelanceCoreTests.invoice("F700", "D", "700.00", date: "2026-01-30", due: "2026-03-01"),
            payment("CHQ", "D", "1200.00", date: "2026-04-10"),
        ])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let state = try #require(r.debtors.first)
        #expect(state.openInvoices.isEmpty)
        #expect(state.unallocatedTotal == euros("200.00"))
        #expect(state.settledLate.map(\.reference) == ["F300", "F700"])
        #expect(state.settledLate.map(\.penalties.total) == [euros("6.79"), euros("9.32")])
        #expect(state.settledLate.map(\.daysLate) == [68, 40])
        #expect(state.settledLate.allSatisfy { $0.settledOn == day("2026-04-10") && $0.indemnity == euros("40.00") })
        #expect(r.totals.settledPenalties == euros("16.11"))
        #expect(r.totals.settledIndemnities == euros("80.00"))
        // They create no action of their own, and the décompte nets them against the credit.
        #expect(state.nextAction == nil)
        let statement = try CaseStatement(state: state, ledger: book.ledger, asOf: r.asOf)
        #expect(statement.total == euros("96.11"))
        #expect(statement.net == .zero - euros("103.89"))

        var policy = CollectionPolicy()
        policy.claimSettledLate = false
        let unclaimed = try Receivables(book: makeBook(debtors: [business("D")], ledger: book.ledger, policy: policy),
                                        asOf: day("2026-06-15"))
        #expect(unclaimed.debtors.first?.settledLate.isEmpty == true)
        #expect(unclaimed.totals.settledPenalties == .zero)
    }

    @Test func aDebtorWithOnlyInvoicesPaidLateIsListed() throws {
        let book = makeBook(debtors: [business("D"), consumer("C")], ledger: [
            RelanceCoreTests.invoice("F", "D", "300.00", date: "2026-01-02", due: "2026-02-01"),
            payment("P", "D", "300.00", date: "2026-02-11"),
            RelanceCoreTests.invoice("G", "C", "300.00", date: "2026-01-02", due: "2026-02-01"),
            payment("Q", "C", "300.00", date: "2026-02-11"),
            // Closed by a credit note alone: not listed.
            RelanceCoreTests.invoice("H", "D", "100.00", date: "2026-01-02", due: "2026-02-01"),
            creditNote("AV", "D", "100.00", date: "2026-03-01", appliesTo: "H"),
        ])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        // Consumers owe no L441-10 penalties: only the business debtor is listed.
        #expect(r.debtors.map(\.id) == ["D"])
        #expect(r.debtors[0].settledLate.map(\.reference) == ["F"])
        // 300 × 12,15 % × 10 / 365 = 0,9986 → 1,00.
        #expect(r.debtors[0].settledLate[0].penalties.total == euros("1.00"))
    }

    @Test func aTimeBarredInvoiceIsListedButNeverClaimed() throws {
        // A 2020 invoice (five years from its date: last day 10 March 2025) beside a live one.
        let book = makeBook(debtors: [business("D")], ledger: [
            RelanceCoreTests.invoice("OLD", "D", "1000.00", date: "2020-03-10", due: "2020-04-09"),
            RelanceCoreTests.invoice("NEW", "D", "500.00", date: "2026-03-01", due: "2026-03-31"),
        ], interactions: [log("2026-04-10", "D", .reminder1, invoices: ["NEW"])])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let state = try #require(r.debtors.first)
        let old = try #require(state.openInvoices.first { $0.reference == "OLD" })
        #expect(old.isTimeBarred)
        #expect(old.prescription == day("2025-03-10"))
        #expect(old.penalties.total == .zero && old.indemnity == .zero)
        // Still in the books: outstanding, overdue and the aging count it; time_barred says which part.
        #expect(r.totals.outstanding == euros("1500.00"))
        #expect(r.totals.overdue == euros("1500.00"))
        #expect(r.totals.timeBarred == euros("1000.00"))
        // Escalation, letters and claims leave it out.
        #expect(state.stage == .reminder1)
        #expect(state.nextAction?.invoices == ["NEW"])
        let statement = try CaseStatement(state: state, ledger: book.ledger, asOf: r.asOf)
        #expect(statement.invoices.map(\.reference) == ["NEW"])
        #expect(statement.barred.map(\.reference) == ["OLD"])
        #expect(statement.principal == euros("500.00"))
        #expect(CaseClaim(state, asOf: r.asOf).principalDue == euros("500.00"))
        let letters = LetterPlan(try Receivables(book: book, asOf: day("2026-04-25"))).letters
        #expect(letters.count == 1)
        #expect(letters.allSatisfy { $0.invoices.map(\.reference) == ["NEW"] })
    }

    @Test func aBlankPaymentSkipsATimeBarredInvoice() throws {
        // The debtor has no interest in paying a time-barred debt (1342-10): the blank payment goes
        // to the live invoice although the old one is due first; a payment naming it settles it.
        let book = makeBook(debtors: [business("D")], ledger: [
            RelanceCoreTests.invoice("OLD", "D", "1000.00", date: "2020-03-10", due: "2020-04-09"),
            RelanceCoreTests.invoice("NEW", "D", "500.00", date: "2026-03-01", due: "2026-03-31"),
            payment("P", "D", "200.00", date: "2026-04-01"),
            payment("Q", "D", "100.00", date: "2026-04-02", appliesTo: "OLD"),
        ])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let balances = Dictionary(uniqueKeysWithValues: r.debtors[0].openInvoices.map { ($0.reference, $0.outstanding) })
        #expect(balances == ["OLD": euros("900.00"), "NEW": euros("300.00")])
        // A payment after the last day is a waiver at most: the invoice stays time-barred.
        #expect(r.debtors[0].openInvoices.first { $0.reference == "OLD" }?.isTimeBarred == true)
    }

    @Test func prescriptionRunsFromTheServiceDateAndRestartsOnAnAcknowledgement() throws {
        // Service completed on 15 December 2020, invoiced on 5 January 2021: last day 15 December 2025.
        let ledger = [Self.invoice("F", "D", "800.00", date: "2021-01-05", due: "2021-02-04", service: "2020-12-15")]
        let plain = try Receivables(book: makeBook(debtors: [business("D")], ledger: ledger), asOf: day("2025-06-15"))
        let invoice = try #require(plain.debtors.first?.openInvoices.first)
        #expect(invoice.prescription == day("2025-12-15"))
        #expect(invoice.prescriptionClock.startsAtService)
        #expect(invoice.prescriptionStatus == .soon)

        let acknowledged = try Receivables(
            book: makeBook(debtors: [business("D")], ledger: ledger,
                           interactions: [log("2024-05-02", "D", .acknowledgement, invoices: ["F"])]),
            asOf: day("2026-06-15"))
        let restarted = try #require(acknowledged.debtors.first?.openInvoices.first)
        #expect(restarted.prescription == day("2029-05-02"))
        #expect(restarted.prescriptionClock.restarts.map(\.day) == [day("2024-05-02")])
        #expect(!restarted.isTimeBarred)

        // An acknowledgement after the last day revives nothing.
        let late = try Receivables(
            book: makeBook(debtors: [business("D")], ledger: ledger,
                           interactions: [log("2026-01-10", "D", .acknowledgement, invoices: ["F"])]),
            asOf: day("2026-06-15"))
        #expect(late.debtors.first?.openInvoices.first?.isTimeBarred == true)
    }

    @Test func aDebtorWhoseInvoicesAreAllTimeBarredKeepsItsStageButHasNoNextStep() throws {
        let book = makeBook(debtors: [business("D")], ledger: [
            RelanceCoreTests.invoice("OLD", "D", "1000.00", date: "2020-03-10", due: "2020-04-09"),
        ], interactions: [log("2020-05-01", "D", .reminder2)])
        let state = try #require(try Receivables(book: book, asOf: day("2026-06-15")).debtors.first)
        #expect(state.stage == .reminder2)
        #expect(state.nextAction == nil)
        #expect(state.actions.isEmpty)
    }
}

/// A payment plan grants a term (art. 1305 Code civil): while it is kept only the instalments
/// already due are claimed and no route is recommended; once broken, the whole balance is.
@Suite struct PaymentPlanClaimTests {
    static let ledger = [
        invoice("F", "D", "3000.00", date: "2026-01-02", due: "2026-02-01"),
        payment("P1", "D", "1000.00", date: "2026-04-30"),
    ]
    static let plan = log("2026-04-01", "D", .paymentPlan, invoices: ["F"], amount: "3000.00",
                          schedule: [("2026-04-30", "1000.00"), ("2026-05-31", "1000.00"), ("2026-06-30", "1000.00")])

    @Test func aPlanBeingKeptMakesOnlyItsDueInstalmentsExigible() throws {
        // On 20 May the first instalment is paid and the second not yet due: nothing is exigible.
        let r = try Receivables(book: makeBook(debtors: [business("D")], ledger: Self.ledger, interactions: [Self.plan]),
                                asOf: day("2026-05-20"))
        let state = try #require(r.debtors.first)
        #expect(state.plans.first?.status == .active)
        let claim = CaseClaim(state, asOf: r.asOf)
        #expect(claim.principalDue == .zero)
        #expect(claim.underPlan?.notYetExigible == euros("2000.00"))
        #expect(claim.penalties == .zero)
        #expect(claim.underPlan?.penaltiesHeldBack == state.penalties)
        #expect(!claim.hasClaim)
        // The 31 May instalment is due on 2 June (grace 3 days: not broken yet): it alone is claimed.
        let later = try Receivables(book: makeBook(debtors: [business("D")], ledger: Self.ledger, interactions: [Self.plan]),
                                    asOf: day("2026-06-02"))
        let laterClaim = CaseClaim(try #require(later.debtors.first), asOf: later.asOf)
        #expect(later.debtors.first?.plans.first?.status == .active)
        #expect(laterClaim.principalDue == euros("1000.00"))
        #expect(laterClaim.underPlan?.notYetExigible == euros("1000.00"))
        #expect(!laterClaim.hasClaim)
    }

    @Test func aBrokenPlanMakesTheWholeBalanceExigible() throws {
        // The 31 May instalment is still unpaid after its grace (3 June): the plan lapses.
        let r = try Receivables(book: makeBook(debtors: [business("D")], ledger: Self.ledger, interactions: [Self.plan]),
                                asOf: day("2026-06-15"))
        let state = try #require(r.debtors.first)
        #expect(state.plans.first?.status == .broken)
        let claim = CaseClaim(state, asOf: r.asOf)
        #expect(claim.underPlan == nil)
        #expect(claim.principalDue == euros("2000.00"))
        #expect(claim.penalties == state.penalties)
        #expect(claim.hasClaim)
        #expect(claim.route == .simplifiedProcedure)
    }
}

/// The court of an injonction de payer between traders (assets/docs/legal-rules.md §7).
@Suite struct CommercialCourtTests {
    @Test func theTwelveSeatsHaveATribunalDesActivitesEconomiques() {
        let day2026 = day("2026-06-15")
        for city in ["Lyon", "LYON 3E", "Lyon CEDEX 03", "lyon", "Paris 15e", "Saint-Brieuc", "ST BRIEUC", "St-Brieuc",
                     "Le Havre", "LE-HAVRE", "Nanterre", "Versailles", "Auxerre", "Limoges", "Nancy", "Marseille",
                     "Avignon", "Le Mans"] {
            guard case .economicActivities = CommercialCourt.forSeat(city, on: day2026) else {
                Issue.record("\(city) has a TAE"); continue
            }
        }
        #expect(CommercialCourt.forSeat("Lyon 3e", on: day2026) == .economicActivities(city: "Lyon"))
        #expect(CommercialCourt.forSeat("Nantes", on: day2026) == .commerce)
        #expect(CommercialCourt.forSeat("Villeurbanne", on: day2026) == .commerce)
        #expect(CommercialCourt.forSeat(nil, on: day2026) == .commerce)
        // Only during the experiment (1 January 2025 – 31 December 2028).
        #expect(CommercialCourt.forSeat("Lyon", on: day("2024-12-31")) == .commerce)
        #expect(CommercialCourt.forSeat("Lyon", on: day("2029-01-01")) == .commerce)
        #expect(CommercialCourt.forSeat("Lyon", on: day("2028-12-31")) == .economicActivities(city: "Lyon"))
        #expect(CommercialCourt.economicActivities(city: "Le Havre").withArticle == "du tribunal des activités économiques du Havre")
    }

    /// The register's city names the court that keeps it: a tribunal de commerce, the TAE that
    /// replaces one, a commercial chamber in Alsace-Moselle, a mixed court overseas.
    @Test func theTradeRegisterNamesTheCourt() {
        let day2026 = day("2026-06-15")
        #expect(CommercialCourt.forRegistry("Bordeaux", on: day2026).withArticle == "du tribunal de commerce de Bordeaux")
        #expect(CommercialCourt.forRegistry("Angers", on: day2026).withArticle == "du tribunal de commerce d'Angers")
        #expect(CommercialCourt.forRegistry("Évry", on: day2026).withArticle == "du tribunal de commerce d'Évry")
        #expect(CommercialCourt.forRegistry("Les Sables-d'Olonne", on: day2026).withArticle == "du tribunal de commerce des Sables-d'Olonne")
        #expect(CommercialCourt.forRegistry("La Roche-sur-Yon", on: day2026).withArticle == "du tribunal de commerce de La Roche-sur-Yon")
        #expect(CommercialCourt.forRegistry("LES SABLES D'OLONNE", on: day2026).withArticle == "du tribunal de commerce des SABLES D'OLONNE")
        #expect(CommercialCourt.forRegistry("ORLEANS", on: day2026).withArticle == "du tribunal de commerce d'ORLEANS")
        #expect(CommercialCourt.forRegistry("Le Havre", on: day2026).withArticle == "du tribunal des activités économiques du Havre")
        #expect(CommercialCourt.forRegistry("Le Havre", on: day("2029-01-02")).withArticle == "du tribunal de commerce du Havre")
        #expect(CommercialCourt.forRegistry("STRASBOURG", on: day2026).withArticle
                == "de la chambre commerciale du tribunal judiciaire de Strasbourg")
        #expect(CommercialCourt.forRegistry("Pointe a Pitre", on: day2026).withArticle == "du tribunal mixte de commerce de Pointe-à-Pitre")
        // The register wins over the seat city; without it, the seat city tells only the twelve TAE.
        var debtor = business("D")
        debtor.city = "Villeurbanne"
        #expect(CommercialCourt.of(debtor, on: day2026) == .commerce)
        debtor.registryCity = "Lyon"
        #expect(CommercialCourt.of(debtor, on: day2026) == .economicActivities(city: "Lyon"))
        debtor.registryCity = "Nantes"
        debtor.seatCity = "Paris"
        #expect(CommercialCourt.of(debtor, on: day2026).withArticle == "du tribunal de commerce de Nantes")
    }
}

@Suite struct SettledLateInLettersTests {
    @Test func remindersNeverClaimInvoicesPaidLate() throws {
        let book = makeBook(debtors: [business("D")], ledger: [
            invoice("F0", "D", "300.00", date: "2026-01-02", due: "2026-02-01"),
            payment("P0", "D", "300.00", date: "2026-03-13", appliesTo: "F0"),
            invoice("F1", "D", "1000.00", date: "2026-01-10", due: "2026-02-09"),
        ], interactions: [log("2026-02-20", "D", .reminder1, invoices: ["F1"])])
        let letter = try #require(LetterPlan(try Receivables(book: book, asOf: day("2026-03-20"))).letters.first)
        #expect(letter.level == .reminder2)
        #expect(letter.settledLate.isEmpty)
        #expect(letter.total == euros("1000.00") + letter.penalties + letter.indemnities)
    }
}
