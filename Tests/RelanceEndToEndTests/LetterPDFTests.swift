import Foundation
import RelanceTestSupport
import Testing

/// The letters as PDF, printed by headless Chromium: one file per postal letter and the batch.
/// Skipped, with a message saying what to install, when Chromium or poppler-utils is missing;
/// `.ci/run` installs both, so CI always runs them.
@Suite struct LetterPDFTests {
    static let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    static func tool(_ name: String) -> String? {
        path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
    static let chromium = tool("chromium") ?? tool("chromium-browser") ?? tool("google-chrome")
    static let pdftotext = tool("pdftotext")
    static let pdfinfo = tool("pdfinfo")
    static let ready = chromium != nil && pdftotext != nil && pdfinfo != nil

    @Test(.enabled(if: ready, "needs chromium and poppler-utils (apt-get install chromium poppler-utils)"))
    func everyPostalLetterHasItsPDFAndTheBatchHoldsThemAll() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run(["build", "--out", temp.file("out").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("7 PDF écrits"), "\(run.stdout)")
        let expected: [(String, String)] = [
            // F/2021/057 is time-barred: never named again.
            ("VASSEUR-R2-20260615", "Deuxième relance – Facture impayée n° F/2021/163"),
            ("MOREAU-J-R3-20260615", "Troisième relance – Facture impayée n° FAC-2024-0267"),
            ("PETIT-MENUISERIE-MED-20260615", "MISE EN DEMEURE"),
            ("RESTAURANT-LE-MARIN-R2-20260615", "Deuxième relance – Facture impayée n° FAC-2026-0025"),
            ("PLOMBERIE-ROUSSEAU-R3-20260615", "Troisième relance – Facture impayée n° FAC-2026-0018"),
            ("ACME-01-580247-R2-20260615", "Deuxième relance – Factures impayées n° FAC-2026-0031, FAC-2026-0058"),
            // Its step falls tomorrow: written within horizon_days, dated today like the others.
            ("CAF-DUPONT-7A5898-R3-20260615", "Troisième relance – Facture impayée n° FAC-2026-0012"),
        ]
        var totalPages = 0
        for (reference, phrase) in expected {
            let pdf = temp.file("out/letters/\(reference).pdf")
            let pages = try pageCount(pdf)
            #expect((1...3).contains(pages), "\(reference): \(pages) pages")
            totalPages += pages
            let text = try extractedText(pdf)
            #expect(text.contains(phrase), "\(reference)")
            #expect(text.contains("Nantes, le 15 juin 2026"), "\(reference)")
            #expect(text.contains("\(reference)"), "the reference to quote")
            // Page numbers only when the letter runs over one page.
            #expect(text.contains("page 1 / \(pages)") == (pages > 1), "\(reference): \(pages) pages")
            // As many pages as the content needs: the last one carries the closing formula with the
            // signature, never the footer alone (assets/docs/legal-rules.md §8).
            let lastPage = try runTool(Self.pdftotext!, ["-f", "\(pages)", "-l", "\(pages)", pdf.path, "-"])
            #expect(lastPage.contains("salutations distinguées"), "\(reference): the last page holds only a footer")
        }
        #expect(!FileManager.default.fileExists(atPath: temp.file("out/letters/GHA-R1-20260615/GHA-R1-20260615.pdf").path),
                "an e-mail reminder is not printed")
        // Two batches, each letter followed by the invoice PDFs it encloses (one page each here):
        // ACME's among the plain letters, Petit's and Rousseau's among the registered ones.
        let plain = temp.file("out/letters/courriers-a-imprimer.pdf"), registered = temp.file("out/letters/courriers-recommandes.pdf")
        #expect(try pageCount(plain) + pageCount(registered) == totalPages + 3)
        let registeredText = try extractedText(registered)
        #expect(registeredText.contains("7 447,03 €") || registeredText.contains("7\u{202F}447,03\u{A0}€"), "French amounts survive into the PDF")
        #expect(!(try extractedText(plain)).contains("MISE EN DEMEURE"), "the notice is in the registered batch only")
        // The invoice follows its letter: the page after the notice's last page is F/2022/141.
        let pages = registeredText.components(separatedBy: "\u{0C}")
        let noticeStart = try #require(pages.firstIndex { $0.contains("PETIT-MENUISERIE-MED-20260615") && $0.contains("MISE EN DEMEURE") })
        let noticeEnd = try #require(pages[noticeStart...].firstIndex { $0.contains("salutations distinguées") })
        let enclosure = try runTool(Self.pdftotext!, ["-f", "1", "-l", "1", temp.file("out/letters/PETIT-MENUISERIE-MED-20260615/F_2022_141.pdf").path, "-"])
        let firstWords = enclosure.split(whereSeparator: \.isWhitespace).prefix(6).joined(separator: " ")
        #expect(pages[noticeEnd + 1].split(whereSeparator: \.isWhitespace).prefix(6).joined(separator: " ") == firstWords,
                "the page after the notice is its invoice")
        let online = try String(contentsOf: temp.file("out/letters/envoi-en-ligne.csv"), encoding: .utf8)
        #expect(online.contains(";PETIT-MENUISERIE-MED-20260615.pdf;PETIT-MENUISERIE-MED-20260615/F_2022_141.pdf\r\n"))
    }

    /// An invoice PDF that cannot be read is left out of the batch, never silently: the letters
    /// index names it, to be enclosed by hand.
    @Test(.enabled(if: ready && PDFTestTools.qpdf != nil, "needs chromium, qpdf and poppler-utils"))
    func anUnreadableEnclosureIsNamedOnTheIndex() throws {
        let temp = try TemporaryFolder()
        var book = BookFixture.mini
        book.debtors = "id,name,type,address_1,postcode,city\nD1,Client Un,business,1 rue A,69001,Lyon\n"
        book["attachments/invoices/F1.pdf"] = "%PDF-1.4\nnot really a PDF\n"
        try book.write(to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                         "--as-of", "2026-02-20"])
        #expect(run.status == 0, "\(run.stderr)")
        let index = try temp.read("out/letters/index.html")
        #expect(index.contains("Factures jointes illisibles, absentes des lots imprimés (joignez-les à la main)"), "\(index)")
        #expect(index.contains("F1.pdf"))
        let batch = temp.file("out/letters/courriers-a-imprimer.pdf")
        #expect(try pageCount(batch) == (try pageCount(temp.file("out/letters/D1-R1-20260220.pdf"))),
                "the batch holds the letter alone")
    }

    @Test
    func noPDFFlagWritesHTMLOnlyAndSaysSo() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run(["build", "--out", temp.file("out").path, "--no-pdf"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(temp.exists("out/letters/courriers-a-imprimer.html"))
        #expect(!temp.exists("out/letters/courriers-a-imprimer.pdf"))
        #expect(run.stderr.contains("PDF non demandés (--no-pdf)"))
        #expect(try temp.read("out/letters/index.html").contains("PDF non demandés"))
    }

    @Test func missingBrowserStillWritesTheHTMLAndSaysHowToGetPDFs() throws {
        let temp = try TemporaryFolder()
        // A PATH without any browser: the build must succeed and explain.
        let run = try RelanceBinary.run(["build", "--out", temp.file("out").path],
                                        environment: ["PATH": "/nonexistent", "RELANCE_CHROMIUM": ""])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(temp.exists("out/letters/courriers-a-imprimer.html"))
        #expect(!temp.exists("out/letters/courriers-a-imprimer.pdf"))
        #expect(run.stderr.contains("apt-get install chromium"), "\(run.stderr)")
    }

    @Test func explicitBrowserThatIsNotThereIsAUsageError() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run(["build", "--out", temp.file("out").path, "--chromium", "/nonexistent/chromium"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("/nonexistent/chromium"))
        #expect(!temp.exists("out"))
    }

    @Test(.enabled(if: ready && PDFTestTools.qpdf != nil, "needs chromium, qpdf and poppler-utils"))
    func theWeeklyReportIsOneLandscapePageAndTheSameBytesTwice() throws {
        let temp = try TemporaryFolder()
        for out in ["a", "b"] {
            let run = try RelanceBinary.run(["build", "--out", temp.file(out).path])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let pdf = temp.file("a/rapport-hebdomadaire.pdf")
        #expect(try pageCount(pdf) == 1, "the report holds on one page")
        let info = try runTool(Self.pdfinfo!, [pdf.path])
        #expect(info.contains("841.92 x 594.96 pts (A4)"), "A4 landscape: \(info)")
        #expect(info.contains("Rapport hebdomadaire des créances du 15 juin 2026"))
        let text = try extractedText(pdf)
        #expect(text.contains("Tendance sur 12 semaines") && text.contains("Les 10 plus gros encours") && text.contains("Actions de la semaine"))
        #expect(text.contains("59 499,50") || text.contains("59\u{202F}499,50"))
        #expect(try Data(contentsOf: pdf) == Data(contentsOf: temp.file("b/rapport-hebdomadaire.pdf")), "same book, same date, same bytes")
        #expect(try temp.read("a/index.html").contains("href=\"rapport-hebdomadaire.pdf\""), "the dashboard links the PDF")
    }

    private func pageCount(_ pdf: URL) throws -> Int {
        let info = try runTool(Self.pdfinfo!, [pdf.path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    private func extractedText(_ pdf: URL) throws -> String { try runTool(Self.pdftotext!, ["-layout", pdf.path, "-"]) }

    private func runTool(_ tool: String, _ arguments: [String]) throws -> String {
        String(decoding: try ToolOutput.run(URL(fileURLWithPath: tool), arguments).bytes, as: UTF8.self)
    }
}

/// The third reminder's copy by e-mail, with PDFs: it attaches the letter as posted and says how
/// it went, without the blank line for the item number.
@Suite struct EmailCopyTests {
    @Test(.enabled(if: LetterPDFTests.ready && PDFTestTools.qpdf != nil, "needs chromium, qpdf and poppler-utils"))
    func theThirdRemindersCopyAttachesTheLetterPDF() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run(["build", "--out", temp.file("out").path])
        #expect(run.status == 0, "\(run.stderr)")
        let reference = "PLOMBERIE-ROUSSEAU-R3-20260615"
        let eml = try temp.read("out/letters/\(reference).eml")
        #expect(eml.contains("Content-Disposition: attachment; filename=\"\(reference).pdf\""))
        #expect(eml.contains("Content-Disposition: attachment; filename=\"FAC-2026-0018.pdf\""))
        let text = String(decoding: Data(base64Encoded: eml.components(separatedBy: "Content-Transfer-Encoding: base64\r\n\r\n")[1]
            .components(separatedBy: "--")[0].replacingOccurrences(of: "\r\n", with: "")) ?? Data(), as: UTF8.self)
        #expect(text.contains("Copie de notre courrier envoyé ce jour par lettre recommandée avec accusé de réception, joint en PDF."), "\(text)")
        #expect(!text.contains("____"), "no blank item-number line in the e-mail")
    }
}
