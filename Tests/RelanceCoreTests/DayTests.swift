import Testing
@testable import RelanceCore

@Suite struct DayTests {
    @Test func parsesIsoAndFrenchForms() {
        #expect(Day(iso: "2026-02-28")?.iso == "2026-02-28")
        #expect(Day(french: "31/12/2025")?.iso == "2025-12-31")
    }

    @Test(arguments: ["2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-01", "26-04-01"])
    func rejectsImpossibleIsoDates(_ text: String) {
        #expect(Day(iso: Substring(text)) == nil)
    }

    @Test func rejectsImpossibleFrenchDate() {
        #expect(Day(french: "31/02/2026") == nil)
        #expect(Day(french: "29/02/2024") != nil)
    }

    @Test func arithmeticIsPlainDays() {
        #expect(day("2026-03-01") - day("2026-02-01") == 28)
        #expect((day("2025-12-31") + 1).iso == "2026-01-01")
        #expect(day("2024-03-01") - day("2024-02-01") == 29)
    }

    @Test func addingYearsClampsLeapDay() {
        #expect(day("2024-02-29").addingYears(5).iso == "2029-02-28")
        #expect(day("2026-06-15").addingYears(2).iso == "2028-06-15")
    }

    @Test func addingMonthsClampsToMonthEnd() {
        #expect(day("2026-08-31").addingMonths(6).iso == "2027-02-28")
        #expect(day("2026-11-29").addingMonths(6).iso == "2027-05-29")
    }

    @Test func halfYearBounds() {
        let h = HalfYear(containing: day("2026-07-01"))
        #expect(h.description == "2026 H2")
        #expect(h.firstDay.iso == "2026-07-01")
        #expect(h.lastDay.iso == "2026-12-31")
        #expect(HalfYear(containing: day("2026-06-30")).lastDay.iso == "2026-06-30")
    }
}

@Suite struct MoneyAndRateTests {
    @Test func plainDecimal() {
        #expect(Money(minorUnits: 123450).plainDecimal() == "1234.50")
        #expect(Money(minorUnits: 5).plainDecimal() == "0.05")
        #expect(Money(minorUnits: -9990).plainDecimal() == "-99.90")
        #expect(Money.zero.plainDecimal() == "0.00")
    }

    @Test func percentRateParsing() {
        #expect(rate("12.15").scaled == 121_500)
        #expect(rate("12,5").scaled == 125_000)
        #expect(rate("0.05").description == "0.05")
        #expect(PercentRate(parsing: "12.34567") == nil)
        #expect(PercentRate(parsing: "abc") == nil)
        #expect(PercentRate(parsing: "") == nil)
    }

    @Test func roundingIsHalfUp() {
        #expect(Rounding.penaltyLineHalfUp(numerator: 5, denominator: 10) == 1)
        #expect(Rounding.penaltyLineHalfUp(numerator: 4, denominator: 10) == 0)
        #expect(Rounding.penaltyLineHalfUp(numerator: 15, denominator: 10) == 2)
        #expect(Rounding.penaltyLineHalfUp(numerator: 25, denominator: 10) == 3)
    }
}
