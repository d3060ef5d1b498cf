import Testing
@testable import RelanceCore

@Suite struct PenaltyTests {
    @Test func lesEchosExample15000At15PercentFor30Days() {
        let line = PenaltyLine(from: day("2026-01-01"), to: day("2026-01-30"), balance: euros("15000.00"), rate: rate("15"))
        #expect(line.days == 30)
        #expect(line.amount == euros("184.93"))
    }

    @Test func halfYearSplitAndPartialPaymentAsInTheWorkedExample() {
        // FA-100: 1 800 € due 2025-12-02, 600 € paid 2026-02-10, as of 2026-06-15, all at 12.15 %.
        let ledger = [
            invoice("FA-100", "P01", "1800.00", date: "2025-11-02", due: "2025-12-02"),
            payment("VIR-1", "P01", "600.00", date: "2026-02-10", appliesTo: "FA-100"),
        ]
        let allocation = LedgerAllocation(ledger: ledger, asOf: day("2026-06-15"))
        let calculator = PenaltyCalculator(rates: testRates, settings: PenaltySettings())
        let result = calculator.compute(
            invoice: allocation.invoice(reference: "FA-100")!, basis: .businessPenalties,
            start: day("2025-12-03"), asOf: day("2026-06-15"))
        #expect(result.lines.map(\.days) == [29, 41, 125])
        #expect(result.lines.map(\.amount) == [euros("17.38"), euros("24.57"), euros("49.93")])
        #expect(result.lines.map(\.balance) == [euros("1800"), euros("1800"), euros("1200")])
        #expect(result.total == euros("91.88"))
    }

    @Test func stretchIsCutOnFirstJulyEvenWhenTheRateIsTheSame() {
        let rates = RateTable([
            HalfYear(year: 2026, half: 1): HalfYearRates(ecb: rate("2.15"), legalOther: rate("2.62")),
            HalfYear(year: 2026, half: 2): HalfYearRates(ecb: rate("2.15"), legalOther: rate("2.62")),
        ])
        let allocation = LedgerAllocation(ledger: [invoice("F", "D", "1000", date: "2026-05-01", due: "2026-06-20")], asOf: day("2026-07-10"))
        let result = PenaltyCalculator(rates: rates, settings: PenaltySettings())
            .compute(invoice: allocation.invoices[0], basis: .businessPenalties, start: day("2026-06-21"), asOf: day("2026-07-10"))
        #expect(result.lines.map(\.days) == [10, 10])
    }

    @Test func missingHalfYearStopsTheComputationThere() {
        let allocation = LedgerAllocation(ledger: [invoice("F", "D", "1000", date: "2026-05-01", due: "2026-06-20")], asOf: day("2026-07-10"))
        let result = PenaltyCalculator(rates: testRates, settings: PenaltySettings())
            .compute(invoice: allocation.invoices[0], basis: .businessPenalties, start: day("2026-06-21"), asOf: day("2026-07-10"))
        #expect(result.missingHalfYear == HalfYear(year: 2026, half: 2))
        #expect(result.computedThrough == day("2026-06-30"))
        #expect(result.lines.map(\.days) == [10])
    }

    @Test func contractualRateBelowTheFloorIsRaised() {
        let settings = PenaltySettings(rate: .contractual(rate("5.0")))
        let allocation = LedgerAllocation(ledger: [invoice("F", "D", "1000", date: "2026-01-01", due: "2026-01-31")], asOf: day("2026-03-01"))
        let result = PenaltyCalculator(rates: testRates, settings: settings)
            .compute(invoice: allocation.invoices[0], basis: .businessPenalties, start: day("2026-02-01"), asOf: day("2026-03-01"))
        #expect(result.lines.first?.rate == rate("7.86"))
        #expect(result.raisedToFloor == [HalfYear(year: 2026, half: 1)])
        let high = PenaltyCalculator(rates: testRates, settings: PenaltySettings(rate: .contractual(rate("12"))))
            .compute(invoice: allocation.invoices[0], basis: .businessPenalties, start: day("2026-02-01"), asOf: day("2026-03-01"))
        #expect(high.lines.first?.rate == rate("12"))
        #expect(high.raisedToFloor.isEmpty)
    }

    @Test func consumerInterestRunsFromTheDayAfterDelivery() throws {
        // 420 € at the legal rate 2.62 % from 2026-03-06 to 2026-06-15 = 102 days → 3.08 €.
        let book = makeBook(
            debtors: [consumer("P02")],
            ledger: [invoice("FA-101", "P02", "420.00", date: "2026-01-05", due: "2026-01-20")],
            interactions: [log("2026-03-02", "P02", .formalNotice, channel: .registeredLetter, delivered: "2026-03-05")])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let inv = r.debtors[0].openInvoices[0]
        #expect(inv.penalties.lines.map(\.days) == [102])
        #expect(inv.penalties.total == euros("3.08"))
        #expect(inv.indemnity == .zero)
    }

    @Test func consumerWithoutNoticeOwesNothingYet() throws {
        let book = makeBook(debtors: [consumer("C")], ledger: [invoice("F", "C", "420.00", date: "2026-01-05", due: "2026-01-20")])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        #expect(r.debtors[0].openInvoices[0].penalties.total == .zero)
    }

    @Test func consumerNoticeSentBeforeDueDateRunsFromTheDayAfterDue() throws {
        let book = makeBook(
            debtors: [consumer("C")],
            ledger: [invoice("F", "C", "365.00", date: "2026-01-05", due: "2026-03-31")],
            interactions: [log("2026-03-02", "C", .formalNotice, invoices: ["F"])])
        let r = try Receivables(book: book, asOf: day("2026-04-10"))
        #expect(r.debtors[0].openInvoices[0].penalties.lines.first?.from == day("2026-04-01"))
    }

    @Test func indemnityOnlyForLateBusinessInvoices() throws {
        let book = makeBook(
            debtors: [business("B")],
            ledger: [invoice("F1", "B", "10", date: "2026-01-01", due: "2026-06-14"),
                     invoice("F2", "B", "10", date: "2026-01-01", due: "2026-06-15")])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        #expect(r.debtors[0].openInvoices.map(\.indemnity) == [euros("40"), .zero])
    }

    @Test func missingHalfYearIsWarnedOnceForTheBuild() throws {
        let book = makeBook(
            debtors: [business("A"), business("B")],
            ledger: [invoice("F1", "A", "1000", date: "2026-05-01", due: "2026-06-20"),
                     invoice("F2", "B", "1000", date: "2026-05-01", due: "2026-06-01")])
        let r = try Receivables(book: book, asOf: day("2026-07-10"))
        let rateWarnings = r.warnings.filter { if case .missingRate = $0 { return true } else { return false } }
        #expect(rateWarnings == [.missingRate(halfYear: HalfYear(year: 2026, half: 2), computedThrough: day("2026-06-30"))])
        #expect(r.debtors.allSatisfy { $0.openInvoices.allSatisfy { $0.penalties.computedThrough == day("2026-06-30") } })
    }
}
