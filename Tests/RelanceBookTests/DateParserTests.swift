import RelanceCore
import Testing
@testable import RelanceBook

@Suite("Dates")
struct DateParserTests {
    private func day(_ text: String) -> Result<Day, DateParser.Failure> { withBytes(text) { DateParser.day($0) } }

    @Test func isoAndFrench() {
        #expect(day("2026-03-31") == .success(Day(year: 2026, month: 3, day: 31)!))
        #expect(day("31/03/2026") == .success(Day(year: 2026, month: 3, day: 31)!))
        #expect(day("1/3/2026") == .success(Day(year: 2026, month: 3, day: 1)!))
        #expect(day("29/02/2028") == .success(Day(year: 2028, month: 2, day: 29)!))
    }

    @Test func impossibleDates() {
        #expect(day("31/02/2026") == .failure(.noSuchDay))
        #expect(day("2026-13-01") == .failure(.noSuchDay))
        #expect(day("29/02/2026") == .failure(.noSuchDay))
    }

    @Test(arguments: ["2026/03/31", "31-03-2026", "2026-3-31", "31/03/26", "", "demain", "2026-03-31x"])
    func malformed(text: String) {
        #expect(day(text) == .failure(.malformed))
    }

    @Test func dateTimes() throws {
        let expected = Day(year: 2026, month: 3, day: 31)!
        for text in ["2026-03-31T14:30", "2026-03-31 14:30", "31/03/2026 14:30", "2026-03-31T14:30:15"] {
            let parsed = try withBytes(text) { DateParser.dateTime($0) }.get()
            #expect(parsed.0 == expected)
            #expect(parsed.1 == 14 * 60 + 30)
        }
        let dateOnly = try withBytes("2026-03-31") { DateParser.dateTime($0) }.get()
        #expect(dateOnly.1 == nil)
        #expect(throws: DateParser.Failure.self) { try withBytes("2026-03-31T25:00") { DateParser.dateTime($0) }.get() }
        #expect(throws: DateParser.Failure.self) { try withBytes("2026-03-31T") { DateParser.dateTime($0) }.get() }
    }
}
