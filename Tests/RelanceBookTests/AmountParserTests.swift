import Testing
@testable import RelanceBook

@Suite("Amounts")
struct AmountParserTests {
    private func cents(_ text: String, decimalComma: Bool = true) -> Result<Int64, AmountParser.Failure> {
        withBytes(text) { AmountParser.parse($0, decimalComma: decimalComma) }
    }

    @Test func decimalPoint() {
        #expect(cents("1234.56") == .success(123_456))
        #expect(cents("1234") == .success(123_400))
        #expect(cents("0.5") == .success(50))
        #expect(cents("1234.56", decimalComma: false) == .success(123_456))
    }

    @Test func decimalComma() {
        #expect(cents("1234,56") == .success(123_456))
        #expect(cents("99,9") == .success(9_990))
    }

    @Test func decimalCommaRefusedWhenCommaIsTheSeparator() {
        #expect(cents("1234,56", decimalComma: false) == .failure(.malformed))
        #expect(cents("1 234.56", decimalComma: false) == .failure(.malformed))
    }

    @Test(arguments: ["1 234,56", "1\u{A0}234,56", "1\u{202F}234,56", "1 234 567,00"])
    func thousandsSeparators(text: String) {
        let expected: Int64 = text.hasPrefix("1 234 567") ? 123_456_700 : 123_456
        #expect(cents(text) == .success(expected))
    }

    @Test(arguments: ["1 23,00", "12 3456,00", "1  234,00", " 234,00", "1 234 ,00", "12,3,4", "1.2.3", "abc", "", ",5",
                      "5,", "1e5", "12 €"])
    func malformed(text: String) {
        #expect(cents(text) == .failure(.malformed))
    }

    @Test func threeDecimalsIsAnError() {
        #expect(cents("12.345") == .failure(.tooManyDecimals))
        #expect(cents("12,345") == .failure(.tooManyDecimals))
    }

    @Test func signIsRead() {
        #expect(cents("-12.50") == .success(-1_250))
        #expect(cents("+12.50") == .success(1_250))
    }

    @Test func overflowIsGuarded() {
        #expect(cents("9999999999999.99") == .success(999_999_999_999_999))
        #expect(cents("99999999999999") == .failure(.tooLarge))
        #expect(cents("99999999999999999999999") == .failure(.tooLarge))
    }
}
