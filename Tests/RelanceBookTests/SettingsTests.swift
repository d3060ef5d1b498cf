import RelanceCore
import Testing
@testable import RelanceBook

@Suite("relance.toml")
struct SettingsTests {
    private func read(_ toml: String) -> (BookSettings, [BookError]) {
        let log = ErrorLog()
        let settings = SettingsReader.parse(toml, log: log)
        return (settings, BookErrors(log.errors).errors)
    }

    @Test func lettersAndSettledLateSettings() {
        let (settings, errors) = read("""
            [creditor]
            name = "Atelier Dupont SARL"

            [policy]
            claim_settled_late = false

            [letters]
            penalties_from = 1
            """)
        #expect(errors.isEmpty)
        #expect(settings.policy.claimSettledLate == false)
        #expect(settings.policy.letterPenaltiesFrom == 1)
        let (defaults, _) = read("[creditor]\nname = \"X\"\n")
        #expect(defaults.policy.claimSettledLate && defaults.policy.letterPenaltiesFrom == 2)
        let (_, wrong) = read("[creditor]\nname = \"X\"\n[letters]\npenalties_from = 7\n[policy]\nclaim_settled_late = \"oui\"\n")
        #expect(wrong.map(\.description).contains { $0.contains("letters.penalties_from") && $0.contains("from 1") })
        #expect(wrong.map(\.description).contains { $0.contains("policy.claim_settled_late") && $0.contains("true or false") })
    }

    @Test func weeklyPlanSettings() {
        let (settings, errors) = read("[creditor]\nname = \"X\"\n[policy]\nprescription_alert = 120\n[letters]\nhorizon_days = 0\nregistered_level = \"r2\"\n")
        #expect(errors.isEmpty)
        #expect(settings.policy.prescriptionAlert == 120 && settings.policy.letterHorizon == 0)
        #expect(settings.policy.registeredLevel == .r2)
        let (defaults, _) = read("[creditor]\nname = \"X\"\n")
        #expect(defaults.policy.prescriptionAlert == 90 && defaults.policy.letterHorizon == 4 && defaults.policy.registeredLevel == .r1)
        let (_, level) = read("[creditor]\nname = \"X\"\n[letters]\nregistered_level = \"R4\"\n")
        #expect(level.map(\.description).contains { $0.contains("letters.registered_level") && $0.contains("expected R1, R2 or R3, found \"R4\"") })
        let (_, wrong) = read("[creditor]\nname = \"X\"\n[letters]\nhorizon_days = 20\n[policy]\nprescription_alert = -1\n")
        #expect(wrong.map(\.description).contains { $0.contains("letters.horizon_days") && $0.contains("from 0 to 13, found 20") })
        #expect(wrong.map(\.description).contains { $0.contains("policy.prescription_alert") && $0.contains("found -1") })
    }

    @Test func fullFile() {
        let (settings, errors) = read("""
            [creditor]
            name = "Atelier Dupont SARL"
            siren = "123 456 782"
            address = ["12 rue des Tanneurs", "69001 Lyon"]
            city = "Lyon"

            [policy]
            reminder_1 = 10
            promise_grace = 0
            aging = [15, 45]

            [input]
            encoding = "windows-1252"

            [penalties]
            rate = "12.5"
            indemnity = "40,00"

            [output]
            currency = "EUR"

            [build]
            as_of = "2026-06-15"
            """)
        #expect(errors.isEmpty)
        #expect(settings.creditor.name == "Atelier Dupont SARL")
        #expect(settings.creditor.siren == "123456782")
        #expect(settings.creditor.address == ["12 rue des Tanneurs", "69001 Lyon"])
        #expect(settings.policy.reminder1 == 10)
        #expect(settings.policy.reminder2 == 15)
        #expect(settings.policy.promiseGrace == 0)
        #expect(settings.policy.aging == [15, 45])
        #expect(settings.encoding == .windows1252)
        #expect(settings.penalties.rate == .contractual(PercentRate(scaled: 125_000)))
        #expect(settings.penalties.indemnity == Money(minorUnits: 4_000))
        #expect(settings.pinnedAsOf == Day(year: 2026, month: 6, day: 15))
    }

    @Test func defaults() {
        let (settings, errors) = read("[creditor]\nname = \"X\"\n[penalties]\nrate = \"statutory\"\n")
        #expect(errors.isEmpty)
        #expect(settings.policy == CollectionPolicy())
        #expect(settings.penalties == PenaltySettings())
        #expect(settings.pinnedAsOf == nil)
        #expect(settings.encoding == .utf8)
    }

    @Test func tomlDateForAsOf() {
        let (settings, errors) = read("[creditor]\nname = \"X\"\n[build]\nas_of = 2026-06-15\n")
        #expect(errors.isEmpty)
        #expect(settings.pinnedAsOf == Day(year: 2026, month: 6, day: 15))
    }

    @Test func wrongTypesAndUnknownKeysNameTheirLines() {
        let (_, errors) = read("""
            [creditor]
            name = "X"
            adress = ["typo"]

            [policy]
            reminder_1 = "seven"
              aging = [30, 20]
            notice_deadline = -1

            [penalties]
            rate = 12.5

            [output]
            currency = "USD"

            [extras]
            x = 1
            """)
        #expect(errors.lines == [
            "relance.toml:3:1: creditor.adress: unknown key \"adress\" in [creditor]: expected one of name, legal_form, "
                + "capital, siren, rcs, vat, address, email, phone, iban, bic, signatory, city",
            "relance.toml:6:1: policy.reminder_1: expected a whole number of days, found a string",
            "relance.toml:7:3: policy.aging: expected strictly increasing positive numbers of days such as "
                + "[30, 60, 90, 120], found [30, 20]",
            "relance.toml:8:1: policy.notice_deadline: expected a number of days from 0 to 10000, found -1",
            "relance.toml:11:1: penalties.rate: expected \"statutory\" or a rate in percent written as a string such as "
                + "\"12.0\" (never a floating-point number), found a floating-point number",
            "relance.toml:14:1: output.currency: expected \"EUR\" (the French rules are in euros), found \"USD\"",
            "relance.toml:16:1: extras: unknown section or key \"extras\": expected the sections [creditor], [policy], "
                + "[input], [penalties], [output], [build], [letters], [email], [sources]",
        ])
    }

    @Test func missingCreditorName() {
        let (_, errors) = read("[creditor]\ncity = \"Lyon\"\n")
        #expect(errors.first?.columnName == "creditor.name")
        #expect(errors.first?.location.line == 1)
        let (_, none) = read("[policy]\nreminder_1 = 3\n")
        #expect(none.first?.columnName == "creditor")
    }

    @Test func badValues() {
        let (_, errors) = read("""
            [creditor]
            name = "X"
            siren = "123456789"
            [input]
            encoding = "latin-9"
            [penalties]
            rate = "douze"
            indemnity = "40.001"
            [build]
            as_of = "31/02/2026"
            """)
        #expect(errors.map(\.location.line) == [3, 5, 7, 8, 10])
    }

    @Test func syntaxErrorHasTOMLKitsPosition() throws {
        let (_, errors) = read("[creditor]\nname = \"X\"\ncity = \n")
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.location.line == 3)
        #expect(error.message.hasPrefix("not valid TOML"))
    }

    @Test func missingFileIsAnError() throws {
        let book = try TemporaryBook(toml: nil)
        #expect(book.errors().lines == ["relance.toml: file not found: a book must have relance.toml"])
    }
}
