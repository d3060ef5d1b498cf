import Foundation
import RelanceCore
import TOMLKit

/// relance.toml: creditor, policy, input encoding, penalties, output currency, pinned build date.
/// Strict: an unknown section or key is an error (a misspelt `reminder1` must not silently keep the
/// default), and so is a value of the wrong type.
enum SettingsReader {
    static let fileName = "relance.toml"

    private static let sections = ["creditor", "policy", "input", "penalties", "output", "build", "letters", "email", "sources"]

    static func read(book: URL, log: ErrorLog, stamps: SourceStamps? = nil) -> BookSettings {
        let url = book.appendingPathComponent(fileName)
        guard let raw = SourceText.readBytes(url, fileName: fileName, log: log, stamps: stamps),
              let source = SourceText.decode(raw, fileName: fileName, encoding: .utf8, log: log) else {
            return BookSettings()
        }
        return parse(source, log: log)
    }

    static func parse(_ text: String, log: ErrorLog) -> BookSettings {
        var settings = BookSettings()
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            log.add(fileName, line: max(error.source.begin.line, 1), column: max(error.source.begin.column, 1), nil,
                    "not valid TOML: \(error.description)")
            return settings
        } catch {
            log.add(fileName, line: 1, column: 1, nil, "not valid TOML: \(error)")
            return settings
        }
        let lines = TOMLKeyLines(text)
        for key in root.keys.sorted() {
            let position = lines.section(key) ?? lines.key(key, in: "")
            if !sections.contains(key) {
                log.add(fileName, line: position.line, column: position.column, key,
                        "unknown section or key \(quoted(key)): expected the sections "
                        + sections.map { "[\($0)]" }.joined(separator: ", "))
            } else if root[key]?.table == nil {
                log.add(fileName, line: position.line, column: position.column, key,
                        "expected a section [\(key)], found \(TOMLSection.describe(root[key]!.type))")
            }
        }
        func section(_ name: String) -> TOMLSection? {
            guard let table = root[name]?.table else { return nil }
            return TOMLSection(name: name, table: table, lines: lines, fileName: fileName, log: log)
        }
        if let creditor = section("creditor") {
            settings.creditor = readCreditor(creditor)
        } else if root["creditor"] == nil {
            log.add(fileName, line: 1, column: 1, "creditor",
                    "expected a [creditor] section with at least name = \"…\", found none")
        }
        if let policy = section("policy") { settings.policy = readPolicy(policy) }
        if let letters = section("letters") { readLetters(letters, into: &settings.policy) }
        if let email = section("email") { settings.creditor.emailCopies = readEmail(email) }
        if let input = section("input") { settings.encoding = readEncoding(input) }
        if let penalties = section("penalties") { settings.penalties = readPenalties(penalties) }
        if let output = section("output") { readOutput(output) }
        if let build = section("build") { settings.pinnedAsOf = readBuild(build) }
        if let sources = section("sources") { settings.fec = readSources(sources) }
        return settings
    }

    private static func readCreditor(_ section: TOMLSection) -> Creditor {
        section.rejectUnknownKeys([
            "name", "legal_form", "capital", "siren", "rcs", "vat", "address", "email", "phone", "iban", "bic",
            "signatory", "city",
        ])
        var creditor = Creditor(name: "")
        if section.table["name"] == nil {
            section.fail("name", "expected the creditor's name, as name = \"…\" under [creditor], found none")
        } else if let name = section.string("name") {
            if name.trimmingBlanks().isEmpty {
                section.fail("name", "expected the creditor's name, found an empty string")
            } else {
                creditor.name = name
            }
        }
        creditor.legalForm = section.string("legal_form")
        creditor.capital = section.string("capital")
        if let siren = section.string("siren") {
            switch SIREN.normalize(siren) {
            case .success(let digits): creditor.siren = digits
            case .failure(.notNineDigits): section.fail("siren", "expected 9 digits (spaces allowed), found \(quoted(siren))")
            case .failure(.wrongKey): section.fail("siren", "the SIREN \(quoted(siren)) fails its Luhn check digit")
            }
        }
        creditor.rcs = section.string("rcs")
        creditor.vat = section.string("vat")
        creditor.address = section.strings("address") ?? []
        creditor.email = section.string("email")
        creditor.phone = section.string("phone")
        creditor.iban = section.string("iban")
        creditor.bic = section.string("bic")
        creditor.signatory = section.string("signatory")
        creditor.city = section.string("city")
        return creditor
    }

    private static func readPolicy(_ section: TOMLSection) -> CollectionPolicy {
        let delays: [(String, WritableKeyPath<CollectionPolicy, Int>)] = [
            ("reminder_1", \.reminder1), ("reminder_2", \.reminder2), ("reminder_3", \.reminder3),
            ("formal_notice", \.formalNotice), ("call_after_reminder_3", \.callAfterReminder3),
            ("notice_deadline", \.noticeDeadline), ("payment_deadline", \.paymentDeadline),
            ("promise_grace", \.promiseGrace), ("prescription_alert", \.prescriptionAlert),
        ]
        section.rejectUnknownKeys(delays.map(\.0) + ["aging", "claim_settled_late"])
        var policy = CollectionPolicy()
        if let claim = section.bool("claim_settled_late") { policy.claimSettledLate = claim }
        for (key, path) in delays {
            if let days = section.days(key, minimum: 0) { policy[keyPath: path] = days }
        }
        if let bounds = section.integers("aging") {
            let increasing = zip(bounds, bounds.dropFirst()).allSatisfy { $0 < $1 }
            if bounds.isEmpty || bounds[0] <= 0 || !increasing || bounds.last! > TOMLSection.maximumDays {
                section.fail("aging", "expected strictly increasing positive numbers of days such as [30, 60, 90, 120], "
                             + "found [\(bounds.map(String.init).joined(separator: ", "))]")
            } else {
                policy.aging = bounds
            }
        }
        return policy
    }

    /// `cc`: one address or a list. Each must look like an address and hold no line break or
    /// separator: it goes into the e-mails' headers as it is.
    private static func readEmail(_ section: TOMLSection) -> [String] {
        section.rejectUnknownKeys(["cc"])
        guard let value = section.table["cc"] else { return [] }
        let addresses = value.string.map { [$0] } ?? section.strings("cc") ?? []
        let forbidden = Set("\r\n,;<>\"() \t")
        for address in addresses {
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !address.contains(where: forbidden.contains) else {
                section.fail("cc", "expected e-mail addresses such as \"compta@example.fr\", found \"\(address)\"")
                return []
            }
        }
        return addresses
    }

    private static func readLetters(_ section: TOMLSection, into policy: inout CollectionPolicy) {
        section.rejectUnknownKeys(["penalties_from", "horizon_days", "registered_level"])
        if let text = section.string("registered_level") {
            if let level = RegisteredLevel(rawValue: text.uppercased()) {
                policy.registeredLevel = level
            } else {
                section.fail("registered_level", "expected R1, R2 or R3, found \"\(text)\"")
            }
        }
        // Actions are listed up to the build date + `PolicyWindows.actionDays`: no letter beyond.
        if let days = section.days("horizon_days", minimum: 0, maximum: PolicyWindows.actionDays) {
            policy.letterHorizon = days
        }
        guard let value = section.table["penalties_from"] else { return }
        guard let level = value.int, (1...4).contains(level) else {
            section.fail("penalties_from", "expected a letter level from 1 (first reminder) to 4 (mise en demeure), "
                         + "found \(value.int.map(String.init) ?? TOMLSection.describe(value.type))")
            return
        }
        policy.letterPenaltiesFrom = level
    }

    private static func readEncoding(_ section: TOMLSection) -> SourceEncoding {
        section.rejectUnknownKeys(["encoding"])
        guard let name = section.string("encoding") else { return .utf8 }
        switch name.lowercased() {
        case "utf-8", "utf8": return .utf8
        case "windows-1252", "cp1252": return .windows1252
        default:
            section.fail("encoding", "expected \"utf-8\" or \"windows-1252\", found \(quoted(name))")
            return .utf8
        }
    }

    private static func readPenalties(_ section: TOMLSection) -> PenaltySettings {
        section.rejectUnknownKeys(["rate", "indemnity"])
        var penalties = PenaltySettings()
        if let value = section.table["rate"] {
            if let number = value.int {
                // Bounded before scaling: a huge integer would overflow the multiplication.
                if number >= 0 && Int64(number) <= BookLimits.maximumRatePercent {
                    penalties.rate = .contractual(PercentRate(scaled: Int64(number) * PercentRate.scale))
                } else {
                    section.fail("rate", "expected an annual rate from 0 to \(BookLimits.maximumRatePercent) percent, found \(number)")
                }
            } else if let text = value.string {
                if text.lowercased() == "statutory" {
                    penalties.rate = .statutory
                } else if let rate = PercentRate(parsing: Substring(text)) {
                    if BookLimits.exceeds(rate) {
                        section.fail("rate", "expected an annual rate from 0 to \(BookLimits.maximumRatePercent) percent, "
                                     + "found \(quoted(text))")
                    } else {
                        penalties.rate = .contractual(rate)
                    }
                } else {
                    section.fail("rate", "expected \"statutory\" or an annual rate in percent such as \"12.0\", "
                                 + "found \(quoted(text))")
                }
            } else {
                section.fail("rate", "expected \"statutory\" or a rate in percent written as a string such as \"12.0\" "
                             + "(never a floating-point number), found \(TOMLSection.describe(value.type))")
            }
        }
        if let value = section.table["indemnity"] {
            if let number = value.int, number >= 0, number < 1_000_000 {
                penalties.indemnity = Money(minorUnits: Int64(number) * 100)
            } else if let text = value.string, case .success(let cents) = AmountParser.parse(text, decimalComma: true),
                      cents >= 0, cents < 100_000_000 {  // below 1 000 000 €, as for a whole number
                penalties.indemnity = Money(minorUnits: cents)
            } else {
                let found = value.string.map { quoted($0) } ?? TOMLSection.describe(value.type)
                section.fail("indemnity", "expected an amount in euros below 1000000.00, written as a string such as \"40.00\", found \(found)")
            }
        }
        return penalties
    }

    private static func readOutput(_ section: TOMLSection) {
        section.rejectUnknownKeys(["currency"])
        if let code = section.string("currency"), code.uppercased() != Currency.euro.code {
            section.fail("currency", "expected \"EUR\" (the French rules are in euros), found \(quoted(code))")
        }
    }

    private static func readBuild(_ section: TOMLSection) -> Day? {
        section.rejectUnknownKeys(["as_of"])
        guard let value = section.table["as_of"] else { return nil }
        if let date = value.date {
            guard let day = Day(year: date.year, month: date.month, day: date.day) else {
                section.fail("as_of", "expected a date such as 2026-06-15, found an impossible date")
                return nil
            }
            return day
        }
        guard let text = value.string else {
            section.fail("as_of", "expected a date such as \"2026-06-15\", found \(TOMLSection.describe(value.type))")
            return nil
        }
        switch DateParser.day(text) {
        case .success(let day): return day
        case .failure(.noSuchDay):
            section.fail("as_of", "expected a date, found \(quoted(text)), which is not a day of the calendar")
        case .failure(.malformed): section.fail("as_of", "expected a date such as \"2026-06-15\", found \(quoted(text))")
        }
        return nil
    }
}
