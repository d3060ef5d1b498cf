import Testing
import RelanceCore
import RelanceSite

@Suite("French money")
struct FrenchMoneyTests {
    private func euros(_ minorUnits: Int64) -> String { FrenchFormat.money(Money(minorUnits: minorUnits)) }

    @Test(arguments: [
        (Int64(0), "0,00\u{00A0}€"),
        (5, "0,05\u{00A0}€"),
        (50, "0,50\u{00A0}€"),
        (100, "1,00\u{00A0}€"),
        (99_999, "999,99\u{00A0}€"),
        (123_456, "1\u{202F}234,56\u{00A0}€"),
        (100_000_000, "1\u{202F}000\u{202F}000,00\u{00A0}€"),
        (-1_200, "-12,00\u{00A0}€"),
        (-123_456, "-1\u{202F}234,56\u{00A0}€"),
        (-7, "-0,07\u{00A0}€"),
    ])
    func money(minorUnits: Int64, expected: String) {
        #expect(euros(minorUnits) == expected)
    }

    @Test func amountHasNoCurrencySign() {
        #expect(FrenchFormat.amount(Money(minorUnits: 123_456)) == "1\u{202F}234,56")
        #expect(FrenchFormat.amount(Money(minorUnits: -100_000_000)) == "-1\u{202F}000\u{202F}000,00")
        #expect(FrenchFormat.amount(.zero) == "0,00")
    }

    @Test func extremesDoNotOverflow() {
        #expect(euros(Int64.max) == "92\u{202F}233\u{202F}720\u{202F}368\u{202F}547\u{202F}758,07\u{00A0}€")
        #expect(euros(Int64.min) == "-92\u{202F}233\u{202F}720\u{202F}368\u{202F}547\u{202F}758,08\u{00A0}€")
    }
}
