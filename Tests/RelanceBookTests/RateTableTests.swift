import RelanceCore
import Testing
@testable import RelanceBook

@Suite("Rate tables")
struct RateTableTests {
    private func rate(_ text: String) -> PercentRate { PercentRate(parsing: Substring(text))! }

    @Test func shippedTableHasEveryHalfYearFrom2015To2026H1() throws {
        let table = try RateTableReader.read(file: shippedRatesFile)
        #expect(table.halfYears.count == 23)
        #expect(table[HalfYear(year: 2015, half: 1)] == HalfYearRates(
            ecb: rate("0.05"), legalPrivate: rate("4.06"), legalOther: rate("0.93")))
        #expect(table[HalfYear(year: 2023, half: 2)]?.ecb == rate("4.00"))
        #expect(table[HalfYear(year: 2025, half: 2)] == HalfYearRates(
            ecb: rate("2.15"), legalPrivate: rate("6.65"), legalOther: rate("2.76")))
        #expect(table[HalfYear(year: 2026, half: 1)] == HalfYearRates(
            ecb: rate("2.15"), legalPrivate: rate("6.67"), legalOther: rate("2.62")))
        #expect(table[HalfYear(year: 2026, half: 2)] == nil)
    }

    @Test func emptyCellIsUnknown() throws {
        let table = try RateTableReader.parse(text: "half_year;ecb;legal_private;legal_other\n2026 h2;2.15;;\n",
                                              fileName: "x.csv")
        #expect(table[HalfYear(year: 2026, half: 2)] == HalfYearRates(ecb: rate("2.15")))
    }

    @Test func errorsAreLocated() {
        #expect(throws: BookErrors.self) {
            try RateTableReader.parse(text: "half_year;ecb;legal_private;legal_other\n2026-H3;x;;\n2026-H3;;;\n",
                                      fileName: "bad.csv")
        }
        do {
            _ = try RateTableReader.parse(text: "half_year;ecb;legal_private;legal_other\n2026-H1;x;;\n2026-H1;;;\n",
                                          fileName: "bad.csv")
        } catch {
            #expect(error.errors.lines == [
                "bad.csv:2:9: ecb: expected a rate in percent such as 2.15 (or an empty cell when unknown), found \"x\"",
                "bad.csv:3:1: half_year: 2026 H1 is already given on line 2",
            ])
        }
    }

    @Test func bookRatesAreMergedOverTheShippedTableInFileNameOrder() throws {
        let shipped = try RateTableReader.read(file: shippedRatesFile)
        let book = try TemporaryBook()
        try book.write("rates/b.csv", "half_year;ecb;legal_private;legal_other\n2026-H2;2.40;;\n")
        try book.write("rates/a.csv", "half_year,ecb,legal_private,legal_other\n2026-H2,9.99,6.70,2.70\n2015-H1,,,1.00\n")
        try book.write("rates/notes.txt", "ignored")
        let rates = try book.read(rates: shipped).get().rates
        #expect(rates[HalfYear(year: 2026, half: 2)] == HalfYearRates(
            ecb: rate("2.40"), legalPrivate: rate("6.70"), legalOther: rate("2.70")))
        #expect(rates[HalfYear(year: 2015, half: 1)] == HalfYearRates(
            ecb: rate("0.05"), legalPrivate: rate("4.06"), legalOther: rate("1.00")))
        #expect(rates[HalfYear(year: 2026, half: 1)] == shipped[HalfYear(year: 2026, half: 1)])
    }

    @Test func bookRateErrorsNameTheFile() throws {
        let book = try TemporaryBook()
        try book.write("rates/2026.csv", "half_year;ecb;legal_private;legal_other\n2026-H2;2,4,0;;\n")
        #expect(book.errors().first?.location == SourceLocation(file: "rates/2026.csv", line: 2, column: 9))
    }
}
