import Foundation
import RelanceTestSupport
import Testing

/// Monday's plan on the sample book (built 2026-06-15): the work queue with amounts and delays,
/// « agir avant le … » first, the end of the amicable schedule apart, the letters of the week.
@Suite struct WeekPlanTests {
    let build: SampleBuild
    init() throws {
        build = try SampleBuild.get()
        #expect(build.run.status == 0, "\(build.run.stderr)")
    }

    @Test func summaryActionsCarryTheirPlaceInTheQueueAmountAndDelay() throws {
        let actions = try #require(try build.summary()["actions"] as? [[String: Any]])
        let ranks = actions.compactMap { $0["priority"] as? Int }
        #expect(ranks.sorted() == Array(1...actions.count), "one place each")
        let first = try #require(actions.first { $0["priority"] as? Int == 1 })
        // M. Moreau, a consumer: two years from the last event, the claim ends on 2 September.
        #expect(first["debtor"] as? String == "MOREAU-J" && first["act_before"] as? String == "2026-09-02")
        #expect(first["amount"] as? String == "890.00" && first["days_late"] as? Int == 621)
        let rest = actions.filter { ($0["priority"] as? Int ?? 0) > 1 }
        #expect(rest.allSatisfy { $0["act_before"] is NSNull }, "null, not omitted")
        // Beyond the urgent one, the heavier delay first: Petit (4 810 € × 1 446 days) before
        // Vasseur (2 045,50 € × 1 704 days).
        let petit = try #require(actions.first { $0["debtor"] as? String == "PETIT-MENUISERIE" })
        let vasseur = try #require(actions.first { $0["debtor"] as? String == "VASSEUR" })
        #expect((petit["priority"] as? Int ?? 0) < (vasseur["priority"] as? Int ?? 0))
    }

    @Test func dashboardShowsWhatIsAtStakeUrgentFirst() throws {
        let page = try build.visibleText("index.html")
        #expect(page.contains("agir avant le 02/09/2026 — M. Julien Moreau — 890,00\u{A0}€ (621\u{A0}jours de retard, en retard depuis le 03/10/2024)"), "\(page)")
        #expect(page.contains("Café Dupont — 500,00\u{A0}€ (116\u{A0}jours de retard, en retard depuis le 20/02/2026) — 16/06/2026"))
    }

    @Test func theEndOfTheScheduleHasItsOwnList() throws {
        let page = try build.visibleText("index.html")
        let start = try #require(page.range(of: "Fin de la procédure amiable"))
        let section = String(page[start.upperBound...].prefix(600))
        #expect(section.contains("Mise en demeure expirée — à transmettre 2"))
        // The oldest expiry first.
        let durand = try #require(section.range(of: "Mme Sophie Durand — 2\u{202F}480,00\u{A0}€ — mise en demeure du 13/04/2026, reçue le 16/04/2026, délai expiré le 24/04/2026"))
        let roux = try #require(section.range(of: "Garage Roux Automobiles SAS — 5\u{202F}208,00\u{A0}€"))
        #expect(durand.lowerBound < roux.lowerBound)
        #expect(section.contains("Transmis au contentieux 1 Transports Leblanc SAS — 9\u{202F}080,00\u{A0}€ — transmis le 02/02/2026"))
    }

    @Test func theWeeksLettersAreDatedTodayWithTheDayTheirStepFalls() throws {
        let index = try build.visibleText("letters/index.html")
        #expect(index.contains("3e relance 16/06/2026 Café Dupont"), "\(index)")
        let letter = try build.visibleText(SampleLetters.dueTomorrow)
        #expect(letter.contains("le 15 juin 2026"))
        // The formal notice to Boulangerie Martin falls on 20 June, beyond 15 June + 4 days.
        #expect(!build.exists(SampleLetters.html("BOULANGERIE-MARTIN-MED-20260615")))
    }
}

/// The weekly report (rapport-hebdomadaire.html): one page for the management meeting.
@Suite struct WeeklyReportTests {
    @Test func theReportHoldsTheFiguresTheTrendTheLargestBalancesAndTheWeeksActions() throws {
        let build = try SampleBuild.get()
        let report = try build.visibleText("rapport-hebdomadaire.html")
        #expect(report.contains("Rapport hebdomadaire des créances Arrêté au 15 juin 2026"), "\(report)")
        // The outstanding fell by 1 500 € over the week (60 999,50 € on 8 June).
        // (A tile's label, value and note are spans, laid out in a column by the style sheet.)
        #expect(report.contains("Encours total59\u{202F}499,50\u{A0}€−1\u{202F}500,00\u{A0}€ sur la semaine"))
        #expect(report.contains("Échu depuis plus de 90 jours32\u{202F}635,50\u{A0}€+2,00\u{A0}€ sur la semaine"))
        #expect(report.contains("DSO (90 jours)249\u{A0}jourscount-back : 158,0\u{A0}j"))
        #expect(report.contains("Tendance sur 12 semaines") && report.contains("23/03") && report.contains("15/06"))
        // The ten largest balances, largest first; the eleventh is not there.
        let rows = try #require(report.range(of: "Les 10 plus gros encours"))
        let table = String(report[rows.upperBound...])
        let first = try #require(table.range(of: "Groupe Hôtelier Atlantique SA 13\u{202F}080,00\u{A0}€"))
        let tenth = try #require(table.range(of: "Acme Distribution SARL 2\u{202F}336,00\u{A0}€"))
        #expect(first.lowerBound < tenth.lowerBound)
        #expect(!table.contains("Électricité Bernard"), "the eleventh largest balance")
        #expect(report.contains("3e relance 2 2\u{202F}392,00\u{A0}€ 1 500,00\u{A0}€"), "late and this week, with their amounts")
        #expect(report.contains("Mises en demeure expirées : 2 (7\u{202F}688,00\u{A0}€) ; dossiers transmis : 1 (9\u{202F}080,00\u{A0}€)."))
        let css = try build.text("rapport.css")
        #expect(css.contains("size: A4 landscape"))
        #expect(!(try build.text("style.css")).contains("landscape"), "the dashboard prints as it did")
    }

    @Test func theDashboardLinksTheReportAndItsPDFOnlyWhenOneIsMade() throws {
        let page = try SampleBuild.get().text("index.html")
        #expect(page.contains("href=\"rapport-hebdomadaire.html\""))
        #expect(!page.contains("rapport-hebdomadaire.pdf"), "built with --no-pdf")
    }
}
