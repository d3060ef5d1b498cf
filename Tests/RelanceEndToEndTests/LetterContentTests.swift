import Foundation
import Testing

/// What each letter of the sample build says (README, "Letters"): subject, the four parts of the third
/// reminder with the log's history, French amounts and dates, the deadline, the penalties equal to
/// the computed figure, nothing of the business regime for a consumer, the formal wording only in
/// the mise en demeure.
@Suite struct LetterContentTests {
    let build: SampleBuild

    init() throws {
        build = try SampleBuild.get()
        #expect(build.run.status == 0, "\(build.run.stderr)")
    }

    @Test func everyLevelOfTheSampleHasItsLetter() throws {
        for path in SampleLetters.all { #expect(build.exists(path), "missing \(path)") }
        let letters = try #require(try build.summary()["letters"] as? [String: Any])
        let byLevel = try #require(letters["by_level"] as? [String: Int])
        #expect(byLevel == ["reminder_1": 1, "reminder_2": 3, "reminder_3": 3, "formal_notice": 1])
        #expect(letters["total"] as? Int == 8)
    }

    @Test func subjectLinesNameTheLevelAndTheInvoices() throws {
        let subjects = [
            SampleLetters.reminder1: "Objet : Relance – Facture n° FAC-2026-0061 en attente de règlement",
            SampleLetters.reminder2: "Objet : Deuxième relance – Facture impayée n° FAC-2026-0025",
            SampleLetters.reminder3: "Objet : Troisième relance – Facture impayée n° FAC-2026-0018",
            SampleLetters.formalNotice: "Objet : Mise en demeure de payer – Factures n° F/2022/141, F/2022/178",
        ]
        for (path, subject) in subjects {
            #expect(try build.visibleText(path).contains(subject), "\(path)")
        }
    }

    @Test func thirdReminderHasItsFourPartsInOrderWithTheHistoryFromTheLog() throws {
        let html = try build.text(SampleLetters.reminder3)
        let parts = ["part-introduction", "part-facts", "part-action", "part-conclusion"]
        let positions = try parts.map { part in try #require(html.range(of: "class=\"part \(part)\"")).lowerBound }
        #expect(positions == positions.sorted())
        let text = try build.visibleText(SampleLetters.reminder3)
        // interactions.csv: 2026-03-18 reminder_1 by e-mail, 2026-05-12 reminder_2 by letter.
        #expect(text.contains("le 18 mars 2026 : 1re relance – e-mail — « Relance amiable FAC-2026-0018. »"))
        #expect(text.contains("le 12 mai 2026 : 2e relance – courrier simple — « Deuxième relance FAC-2026-0018. »"))
        #expect(text.contains("au plus tard le 23 juin 2026"), "deadline: build date + payment_deadline (8 days)")
        #expect(text.contains("mise en demeure par lettre recommandée, puis d'engager une procédure de recouvrement"))
        #expect(text.contains("la procédure simplifiée de recouvrement des petites créances"), "1 555,15 € ≤ 5 000 €")
        #expect(text.contains("02 40 35 62 18"), "a direct contact")
        #expect(text.contains("FR76 3000 4013 2800 0105 8291 650"))
    }

    @Test func amountsAreInFrenchFormatAndPenaltiesAreTheComputedOnes() throws {
        let text = try build.visibleText(SampleLetters.reminder3)
        let debtors = try #require(try build.summary()["debtors"] as? [[String: Any]])
        let rousseau = try #require(debtors.first { $0["id"] as? String == "PLOMBERIE-ROUSSEAU" })
        let penalties = try #require(rousseau["penalties"] as? String)
        #expect(penalties == "53.15")
        #expect(text.contains("s'élèvent à 53,15\u{A0}€ à la date de ce courrier"))
        #expect(text.contains("1\u{202F}502,00\u{A0}€"), "balance with a narrow no-break space and a no-break space before €")
        #expect(text.contains("Total dû 1\u{202F}595,15\u{A0}€"), "1 502,00 + 53,15 + 40,00")
        #expect(text.contains("Nantes, le 15 juin 2026"))
    }

    @Test func consumerLettersCarryNeitherPenaltiesNorTheIndemnity() throws {
        let text = try build.visibleText(SampleLetters.consumerReminder3)
        #expect(!text.contains("40,00"))
        #expect(!text.contains("D441-5"))
        #expect(!text.contains("Pénalités de retard"))
        #expect(text.contains("Total dû 890,00\u{A0}€"))
        // 890 € goes to the simplified procedure, the injonction de payer only if no agreement is reached.
        #expect(text.contains("la procédure simplifiée de recouvrement des petites créances, par l'intermédiaire d'un commissaire de justice, puis, à défaut d'accord, une requête en injonction de payer"))
    }

    @Test func formalWordingOnlyInTheMiseEnDemeure() throws {
        let notice = try build.visibleText(SampleLetters.formalNotice)
        #expect(notice.contains("MISE EN DEMEURE"))
        #expect(notice.contains("nous vous mettons en demeure de nous régler la somme de 7\u{202F}447,03\u{A0}€ dans un délai de 8 jours à compter de la réception de la présente"))
        #expect(notice.contains("article 1344 du Code civil"))
        #expect(notice.contains("Lettre recommandée avec accusé de réception n°"))
        #expect(notice.contains("le 4 mai 2026 : 3e relance – lettre recommandée électronique"))
        for path in [SampleLetters.reminder1, SampleLetters.reminder2, SampleLetters.reminder3] {
            let text = try build.visibleText(path)
            #expect(!text.contains("MISE EN DEMEURE"), "\(path)")
            #expect(!text.contains("mettons en demeure"), "\(path)")
            #expect(!text.contains("1344"), "\(path)")
        }
    }

    @Test func secondReminderRecallsTheFirst() throws {
        let text = try build.visibleText(SampleLetters.reminder2)
        #expect(text.contains("Facture n° FAC-2026-0025, échue le"), "\(text.prefix(900))")
        #expect(text.contains(": rappelée le 4 mai 2026 (e-mail)."), "\(text.prefix(900))")
    }

    /// README, "Letters" (what a letter states must be true), read over every letter of the sample.
    @Test func everyLetterOfTheSampleStatesOnlyWhatIsTrue() throws {
        for path in SampleLetters.everyLetter(in: build) {
            let text = try build.visibleText(path)
            // The simplified procedure costs the debtor nothing (L125-1 CPCE); only a judge may put
            // the costs of a court action on the debtor.
            for sentence in text.components(separatedBy: CharacterSet(charactersIn: ".;!?")) {
                let simplified = sentence.contains("petites créances") || sentence.contains("procédure simplifiée")
                let charged = ["à votre charge", "s'ajouter", "resteraient", "vous incomb"].contains { sentence.contains($0) }
                #expect(!(simplified && charged && !sentence.contains("juge")), "\(path): « \(sentence) »")
            }
            // F/2021/057 is time-barred: no letter names it.
            #expect(!text.contains("F/2021/057"), "\(path)")
        }
        // A debtor answered since the last step: its letter never says the reminders went unanswered.
        let afterPromise = try build.visibleText(SampleLetters.reminder3)
        #expect(afterPromise.contains("Vous vous étiez engagé le 18 mai 2026 à régler 1\u{202F}502,00\u{A0}€ au plus tard le 5 juin 2026 ; cet engagement n'a pas été tenu."))
        #expect(!afterPromise.contains("sans effet"))
        let afterReply = try build.visibleText(SampleLetters.consumerReminder3)
        #expect(afterReply.contains("Nous avons bien noté votre réponse du 20 novembre 2024"))
        #expect(!afterReply.contains("sans effet"))
    }

    @Test func theFirstReminderStatesPenaltiesButDoesNotClaimThem() throws {
        let text = try build.visibleText(SampleLetters.reminder1)
        #expect(text.contains("Principal restant dû 9\u{202F}360,00\u{A0}€"))
        #expect(text.contains("Total dû 9\u{202F}360,00\u{A0}€"))
        #expect(text.contains("que nous ne vous réclamons pas dans ce courrier"))
        #expect(text.contains("simple oubli"), "12 days late: an oversight may be assumed")
    }

    @Test func theFormalNoticeGivesTheAmountPerDay() throws {
        // (4 150,00 + 660,00) × 12,15 % / 365 = 1,6011 → 1,60 € a day.
        let notice = try build.visibleText(SampleLetters.formalNotice)
        #expect(notice.contains("1,60\u{A0}€ par jour"))
    }

    @Test func letterWithoutPostalAddressIsBlockedAndListed() throws {
        let letters = try #require(try build.summary()["letters"] as? [String: Any])
        let blocked = try #require(letters["blocked"] as? [[String: String]])
        #expect(blocked == [["debtor": "STUDIO-NOVA", "level": "reminder_2", "reason": "missing_postal_address"]])
        #expect(!build.exists(SampleLetters.html("STUDIO-NOVA-R2-20260615")))
        let index = try build.visibleText("letters/index.html")
        #expect(index.contains("Courriers bloqués"))
        #expect(index.contains("Studio Nova"))
    }

    @Test func dashboardLinksEachLetterFromItsAction() throws {
        let dashboard = try build.text("index.html")
        for path in SampleLetters.all { #expect(dashboard.contains("href=\"\(path)\""), "\(path)") }
        #expect(dashboard.contains("href=\"letters/courriers-a-imprimer.html\""))
    }

    @Test func batchesHoldThePlainAndTheRegisteredLettersApartInActionOrder() throws {
        let plain = try build.text("letters/courriers-a-imprimer.html")
        let registered = try build.text("letters/courriers-recommandes.html")
        for (batch, references) in [(plain, ["VASSEUR-R2", "RESTAURANT-LE-MARIN-R2", "ACME-01-580247-R2"]),
                                    (registered, ["MOREAU-J-R3", "PETIT-MENUISERIE-MED", "PLOMBERIE-ROUSSEAU-R3", "CAF-DUPONT-7A5898-R3"])] {
            let positions = try references.map { try #require(batch.range(of: "<strong>\($0)-20260615</strong>")).lowerBound }
            #expect(positions == positions.sorted())
            #expect(batch.components(separatedBy: "<article class=\"letter\">").count - 1 == references.count)
        }
        #expect(!plain.contains("GHA-R1-20260615") && !registered.contains("GHA-R1-20260615"), "the e-mail reminder is not printed")
        #expect(plain.contains("Courriers simples à imprimer du 15 juin 2026"))
        #expect(registered.contains("Lettres recommandées à imprimer du 15 juin 2026"))
    }

    @Test func sortedByPostcodeTheBatchesAndTheDepositListFollowThePostcodes() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run(["build", "--out", temp.file("out").path, "--no-pdf", "--sort", "postcode"])
        #expect(run.status == 0, "\(run.stderr)")
        let registered = try temp.read("out/letters/courriers-recommandes.html")
        // 21000 Dijon, 33000 Bordeaux, 34090 Montpellier, 72000 Le Mans.
        let order = ["PETIT-MENUISERIE-MED", "CAF-DUPONT-7A5898-R3", "PLOMBERIE-ROUSSEAU-R3", "MOREAU-J-R3"]
        let positions = try order.map { try #require(registered.range(of: "<strong>\($0)-20260615</strong>")).lowerBound }
        #expect(positions == positions.sorted())
        let deposit = try temp.read("out/letters/bordereau-de-depot.csv").components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(deposit.map { $0.components(separatedBy: ";")[6] } == order.map { "\($0)-20260615" })
        let bad = try RelanceBinary.run(["build", "--out", temp.file("out2").path, "--no-pdf", "--sort", "city"])
        #expect(bad.status == 64 && bad.stderr.contains("actions"), "\(bad.stderr)")
    }

    @Test func invoicePDFsAreCopiedIntoAFolderNamedAfterTheirLetter() throws {
        #expect(build.exists("letters/PETIT-MENUISERIE-MED-20260615/F_2022_141.pdf"))
        #expect(build.exists("letters/ACME-01-580247-R2-20260615/FAC-2026-0031.pdf"))
        // A letter enclosing nothing has its files in letters/ and no folder.
        #expect(build.exists(SampleLetters.reminder1) && !build.exists("letters/GHA-R1-20260615"))
        let notice = try build.text(SampleLetters.formalNotice)
        #expect(notice.contains("href=\"PETIT-MENUISERIE-MED-20260615/F_2022_141.pdf\""))
        let batch = try build.text("letters/courriers-recommandes.html")
        #expect(batch.contains("href=\"PETIT-MENUISERIE-MED-20260615/F_2022_141.pdf\""))
    }
}
