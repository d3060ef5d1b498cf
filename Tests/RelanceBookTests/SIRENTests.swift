import Testing
@testable import RelanceBook

@Suite("SIREN")
struct SIRENTests {
    @Test(arguments: ["732829320", "123456782", "732 829 320", "356000000"])
    func valid(text: String) throws {
        let digits = try SIREN.normalize(text).get()
        #expect(digits.count == 9)
    }

    @Test func wrongKey() {
        #expect(throws: SIREN.Failure.wrongKey) { try SIREN.normalize("732829321").get() }
        #expect(throws: SIREN.Failure.wrongKey) { try SIREN.normalize("123456789").get() }
    }

    @Test func notNineDigits() {
        #expect(throws: SIREN.Failure.notNineDigits) { try SIREN.normalize("12345678").get() }
        #expect(throws: SIREN.Failure.notNineDigits) { try SIREN.normalize("12345678A").get() }
    }

    @Test func checkedInDebtors() throws {
        let book = try TemporaryBook(debtors: "id;name;siren\nD1;Dupont;732 829 320\nD2;Martin;732829321\n")
        let errors = book.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("debtors.csv:3:11: siren:") == true)
    }
}
