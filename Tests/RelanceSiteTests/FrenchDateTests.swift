import Testing
import RelanceCore
import RelanceSite

@Suite("French dates")
struct FrenchDateTests {
    private func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Day { Day(year: year, month: month, day: dayOfMonth)! }

    @Test func longDate() {
        #expect(FrenchFormat.longDate(day(2026, 11, 29)) == "29 novembre 2026")
        #expect(FrenchFormat.longDate(day(2026, 1, 1)) == "1er janvier 2026")
        #expect(FrenchFormat.longDate(day(2026, 3, 2)) == "2 mars 2026")
        #expect(FrenchFormat.longDate(day(2024, 2, 29)) == "29 février 2024")
        #expect(FrenchFormat.longDate(day(2026, 8, 11)) == "11 août 2026")
    }

    @Test(arguments: Array(zip(1...12, [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ])))
    func everyMonth(month: Int, name: String) {
        #expect(FrenchFormat.longDate(day(2026, month, 1)) == "1er \(name) 2026")
        #expect(FrenchFormat.longDate(day(2026, month, 15)) == "15 \(name) 2026")
        #expect(FrenchFormat.shortDate(day(2026, month, 15)) == "15/\(month < 10 ? "0" : "")\(month)/2026")
    }

    @Test func shortDate() {
        #expect(FrenchFormat.shortDate(day(2026, 11, 29)) == "29/11/2026")
        #expect(FrenchFormat.shortDate(day(2026, 1, 1)) == "01/01/2026")
        #expect(FrenchFormat.shortDate(day(999, 12, 31)) == "31/12/0999")
    }

    /// Short dates from 1990 to 2100 come from a table made once, the others are formatted each
    /// time: both agree at the table's edges and every day in between reads back as itself.
    @Test func shortDatesAcrossTheTableAndBeyond() {
        #expect(FrenchFormat.shortDate(day(1989, 12, 31)) == "31/12/1989")
        #expect(FrenchFormat.shortDate(day(1990, 1, 1)) == "01/01/1990")
        #expect(FrenchFormat.shortDate(day(2100, 12, 31)) == "31/12/2100")
        #expect(FrenchFormat.shortDate(day(2101, 1, 1)) == "01/01/2101")
        for ordinal in day(1989, 12, 1).ordinal...day(2101, 1, 31).ordinal {
            let original = Day(ordinal: ordinal)
            #expect(Day(french: Substring(FrenchFormat.shortDate(original))) == original)
        }
    }

    @Test func shortDateReadsBack() {
        let original = day(2027, 6, 7)
        #expect(Day(french: Substring(FrenchFormat.shortDate(original))) == original)
    }
}
