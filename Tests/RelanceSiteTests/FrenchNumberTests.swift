import Testing
import RelanceCore
import RelanceSite

@Suite("French numbers, percentages and day counts")
struct FrenchNumberTests {
    @Test(arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1_000, "1\u{202F}000"), (1_234, "1\u{202F}234"),
        (1_000_000, "1\u{202F}000\u{202F}000"), (-1_234, "-1\u{202F}234"), (-5, "-5"),
    ])
    func integer(number: Int, expected: String) {
        #expect(FrenchFormat.integer(number) == expected)
    }

    @Test func integerExtremes() {
        #expect(FrenchFormat.integer(Int.min) == "-9\u{202F}223\u{202F}372\u{202F}036\u{202F}854\u{202F}775\u{202F}808")
    }

    @Test func days() {
        #expect(FrenchFormat.days(0) == "0\u{00A0}jour")
        #expect(FrenchFormat.days(1) == "1\u{00A0}jour")
        #expect(FrenchFormat.days(2) == "2\u{00A0}jours")
        #expect(FrenchFormat.days(45) == "45\u{00A0}jours")
        #expect(FrenchFormat.days(1_200) == "1\u{202F}200\u{00A0}jours")
        #expect(FrenchFormat.days(-1) == "-1\u{00A0}jour")
        #expect(FrenchFormat.days(-3) == "-3\u{00A0}jours")
    }

    @Test(arguments: [
        ("12.15", "12,15\u{00A0}%"), ("12", "12,00\u{00A0}%"), ("0", "0,00\u{00A0}%"), ("3.5", "3,50\u{00A0}%"),
        ("10.125", "10,125\u{00A0}%"), ("0.0001", "0,0001\u{00A0}%"), ("0.05", "0,05\u{00A0}%"), ("0.1", "0,10\u{00A0}%"), ("7.0010", "7,001\u{00A0}%"), ("4.1000", "4,10\u{00A0}%"), ("1500", "1\u{202F}500,00\u{00A0}%"),
    ])
    func percent(rate: String, expected: String) throws {
        let parsed = try #require(PercentRate(parsing: Substring(rate)))
        #expect(FrenchFormat.percent(parsed) == expected)
    }

    @Test func negativePercent() {
        #expect(FrenchFormat.percent(PercentRate(scaled: -5_000)) == "-0,50\u{00A0}%")
    }
}
