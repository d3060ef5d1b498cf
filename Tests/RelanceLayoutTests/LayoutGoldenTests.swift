import Foundation
import Testing
@testable import RelanceLayout

/// The fixture layout filled with fixed data must give exactly the committed page. To accept a
/// deliberate change, run once with RELANCE_UPDATE_GOLDEN=1 (that run fails, so that it is never
/// taken for a passing one), read the new file, and commit it.
@Suite("Layout golden files")
struct LayoutGoldenTests {
    static let expected = fixtureLayouts.deletingLastPathComponent()
        .appendingPathComponent("expected").appendingPathComponent("dashboard.html")

    static let data: LayoutValue = [
        "title": "Relance — Encours au 29 novembre 2026",
        "as_of": "29 novembre 2026",
        "as_of_iso": "2026-11-29",
        "creditor": ["name": "Atelier Café & Cie"],
        "warning_count": "2",
        "warnings": ["Facture F-12 sans échéance", "Paiement <non affecté> de 50,00\u{00A0}€"],
        "debtors": [
            ["name": "Dupont \"Frères\"", "url": "debtors/dupont.html", "outstanding": "12\u{202F}345,67\u{00A0}€",
             "late_days": "45\u{00A0}jours", "disputed": false, "row_class": .absent],
            ["name": "L'Épicerie 😀", "url": "debtors/epicerie.html", "outstanding": "980,00\u{00A0}€",
             "late_days": "1\u{00A0}jour", "disputed": true, "row_class": "late"],
        ],
    ]

    @Test func dashboardMatchesTheCommittedPage() throws {
        let output = try LayoutLibrary(root: fixtureLayouts).layout("dashboard.html").render(Self.data)
        if ProcessInfo.processInfo.environment["RELANCE_UPDATE_GOLDEN"] == "1" {
            try Data(output).write(to: Self.expected)
            Issue.record("rewrote Fixtures/expected/dashboard.html: read the diff, then run again without RELANCE_UPDATE_GOLDEN")
        }
        let golden = try [UInt8](Data(contentsOf: Self.expected))
        #expect(output == golden, "differs from Fixtures/expected/dashboard.html")
    }

    @Test func goldenOutputReparsesWithoutErrors() throws {
        let output = try LayoutLibrary(root: fixtureLayouts).layout("dashboard.html").render(Self.data)
        #expect(reparseProblems(String(decoding: output, as: UTF8.self)).isEmpty)
    }

    @Test func outputStartsWithOneDoctypeAndInjectsNothing() throws {
        let output = String(decoding: try LayoutLibrary(root: fixtureLayouts).layout("dashboard.html").render(Self.data), as: UTF8.self)
        #expect(output.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(output.components(separatedBy: "<!DOCTYPE").count == 2)
        #expect(output.components(separatedBy: "<meta").count == 2)
        #expect(!output.contains("http-equiv"))
    }
}
