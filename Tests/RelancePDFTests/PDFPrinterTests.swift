import Foundation
import RelanceTestSupport
import Testing
@testable import RelancePDF

/// Printing through a real Chromium. Skipped, with the reason shown, when Chromium (or pdftotext,
/// for the tests that read the text back) is not installed. Serialized: each test starts its own
/// browser, and several at once would only compete for the two cores.
@Suite(.serialized, .enabled(if: PDFTestTools.chromium != nil, "Chromium is not installed (apt-get install chromium): PDF printing not tested"))
struct PDFPrinterTests {
    static let canReadText = PDFTestTools.pdftotext != nil
    static let readTextSkipped = Comment(rawValue: "pdftotext is not installed (apt-get install poppler-utils): PDF text not checked")

    private func printer(_ configure: (inout PDFPrinter.Options) -> Void = { _ in }) throws -> PDFPrinter {
        var options = PDFPrinter.Options()
        configure(&options)
        return try PDFPrinter(chromium: try #require(PDFTestTools.chromium), options: options)
    }

    @Test func aOnePageLetterHasOnePageAndNoNumber() throws {
        let folder = try PDFTempFolder()
        let pages = try PDFTestPages.write(["Relance amiable"], into: folder)
        let printer = try printer()
        defer { printer.close() }
        let printed = try printer.print([PDFDocumentRequest(source: pages[0])])
        #expect(printed.count == 1)
        #expect(printed[0].pageCount == 1)
        #expect(printed[0].data.starts(with: Array("%PDF-".utf8)))
        if Self.canReadText {
            let text = try PDFTestTools.text(of: printed[0].data)
            #expect(text.contains("Relance amiable"))
            #expect(!text.contains("1 / 1"))
            #expect(!text.contains("page "))
        }
    }

    @Test(.enabled(if: canReadText, readTextSkipped))
    func aLongLetterIsNumberedInItsBottomMargin() throws {
        let folder = try PDFTempFolder()
        let pages = try PDFTestPages.write(["Mise en demeure"], paragraphs: 60, into: folder)
        let printer = try printer()
        defer { printer.close() }
        let printed = try printer.print([PDFDocumentRequest(source: pages[0], numberPagesWhenLong: true)])
        let count = printed[0].pageCount
        #expect(count > 1)
        let text = try PDFTestTools.text(of: printed[0].data)
        let pagesText = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        for number in 1...count {
            #expect(text.contains("page \(number) / \(count)"))
            // On its own page, below the letter's text: the footer is the page's last line.
            let lastLine = pagesText[number - 1].split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }
            #expect(lastLine?.trimmingCharacters(in: .whitespaces) == "page \(number) / \(count)")
        }
        // The footer lives in the margin: numbering does not change the pagination.
        let plain = try printer.print([PDFDocumentRequest(source: pages[0], numberPagesWhenLong: false)])
        #expect(plain[0].pageCount == count)
        #expect(!(try PDFTestTools.text(of: plain[0].data)).contains("page 1 / "))
    }

    @Test(.enabled(if: canReadText, readTextSkipped))
    func frenchTextSurvives() throws {
        let folder = try PDFTempFolder()
        // An accented file name too: the file URL is percent-encoded.
        try folder.write("letter.css", PDFTestPages.css)
        let page = try folder.write("débiteur é.html", PDFTestPages.page(title: "Échéance dépassée", paragraphs: 1))
        let printer = try printer()
        defer { printer.close() }
        let pdf = try printer.print([PDFDocumentRequest(source: page)])[0].data
        let text = try PDFTestTools.text(of: pdf)
        #expect(text.contains("Échéance dépassée"))
        #expect(text.contains("impayée à ce jour"))
        #expect(text.contains("d’un montant"))
        // Skia draws U+202F and records it as `/ActualText <feff202f>`, which copy and paste in a
        // PDF viewer honours but poppler ignores: pdftotext prints the gap as a plain space (and
        // the no-break space before € too). So the amount is checked as pdftotext sees it, and
        // U+202F in the uncompressed PDF when qpdf is there to uncompress it.
        #expect(text.contains("1 234,56 €") || text.contains("1\u{202F}234,56\u{00A0}€"))
        if let uncompressed = try PDFTestTools.uncompressed(pdf) {
            #expect(uncompressed.contains("/ActualText <feff202f>"))
        }
    }

    @Test(.enabled(if: canReadText, readTextSkipped))
    func aBatchComesBackInOrderAndThePrinterIsReusable() throws {
        let folder = try PDFTempFolder()
        let titles = (0..<7).map { "Lettre numéro \($0)" }
        let pages = try PDFTestPages.write(titles, into: folder)
        let printer = try printer {
            $0.tabs = 3
        }
        defer { printer.close() }
        for _ in 0..<2 {
            let printed = try printer.print(pages.map { PDFDocumentRequest(source: $0) })
            #expect(printed.count == titles.count)
            for (index, pdf) in printed.enumerated() {
                let text = try PDFTestTools.text(of: pdf.data)
                #expect(text.contains("repère-\(index)"), "document \(index) out of place")
                #expect(pdf.pageCount == 1)
            }
        }
        #expect(try printer.print([]).isEmpty)
    }

    @Test(.enabled(if: canReadText, readTextSkipped))
    func documentsFromAnotherFolderGetTheirOwnStyleSheet() throws {
        // Same file names in two folders, each style sheet writing its folder's name: a document
        // whose content replaced the previous one must still see the style sheet beside it.
        let folder = try PDFTempFolder()
        for name in ["a", "b"] {
            try folder.write("\(name)/letter.css", PDFTestPages.css + "\nbody::after { content: 'style-\(name)'; }")
        }
        let page = { (path: String) in try folder.write(path, PDFTestPages.page(title: path, paragraphs: 1)) }
        let sources = try [page("a/1.html"), page("a/2.html"), page("b/1.html"), page("a/3.html"), page("b/2.html")]
        let printer = try printer { $0.tabs = 1 }
        defer { printer.close() }
        let printed = try printer.print(sources.map { PDFDocumentRequest(source: $0) })
        for (source, pdf) in zip(sources, printed) {
            let text = try PDFTestTools.text(of: pdf.data)
            let expected = "style-" + source.deletingLastPathComponent().lastPathComponent
            #expect(text.contains(expected), "\(source.path) printed without its style sheet")
            #expect(text.contains(source.deletingLastPathComponent().lastPathComponent + "/" + source.lastPathComponent))
        }
    }

    /// Letters as the build writes them: each in its own folder, the style sheet and a logo one
    /// folder up, the site's Content-Security-Policy, a table, French text, a long one among short
    /// ones; first, an index page with another policy.
    private func writeLetterFolders(in folder: PDFTempFolder) throws -> [URL] {
        try folder.write("letters/letters.css", PDFTestPages.css + """

            .logo { width: 30mm; height: 10mm; }
            table { border-collapse: collapse; } td { border: 0.3pt solid #999; padding: 1mm; }
            """)
        let logo = #"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="green"/></svg>"#
        try folder.write("letters/logo.svg", logo)
        let policy = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"
        let index = try folder.write("letters/index.html", """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(policy); script-src 'self'">
            <title>Courriers</title><link rel="stylesheet" href="letters.css"></head><body><h1>Courriers</h1></body></html>
            """)
        return try [index] + (0..<6).map { index in
            let reference = "REF-\(index)"
            let rows = String(repeating: "<tr><td>F-2026-0\(index)</td><td>1\u{202F}234,56\u{00A0}€</td></tr>", count: 3)
            let body = "<img class=\"logo\" src=\"../logo.svg\" alt=\"\"><h1>Relance \(reference)</h1><table>\(rows)</table>"
                + String(repeating: "<p>\(PDFTestPages.paragraph)</p>", count: index == 3 ? 45 : 3)
            return try folder.write("letters/\(reference)/\(reference).html", """
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="\(policy)">
                <title>\(reference)</title>
                <link rel="stylesheet" href="../letters.css"></head><body>\(body)</body></html>
                """)
        }
    }

    @Test(.enabled(if: PDFTestTools.pdftoppm != nil, "pdftoppm is not installed (apt-get install poppler-utils): pixels not compared"))
    func replacingATabsContentPrintsTheSamePixelsAsNavigating() throws {
        let folder = try PDFTempFolder()
        let sources = try writeLetterFolders(in: folder)
        let requests = sources.map { PDFDocumentRequest(source: $0) }
        let replacing = try printer { $0.tabs = 2 }
        defer { replacing.close() }
        let replaced = try replacing.print(requests)
        // The reference: a navigation to each file, with the page's own security policy.
        let navigating = try printer { $0.tabs = 2 }
        defer { navigating.close() }
        navigating.replacesContent = false
        let navigated = try navigating.print(requests)
        #expect(replaced.map(\.pageCount) == navigated.map(\.pageCount))
        #expect(replaced[4].pageCount > 1)
        // Only each tab's first document is navigated to.
        #expect(replacing.statistics.navigations == 2)
        #expect(replacing.statistics.replacements == sources.count - 2)
        #expect(navigating.statistics.replacements == 0)
        for (index, (one, other)) in zip(replaced, navigated).enumerated() {
            let pixels = try PDFTestTools.pixels(of: one.data)
            #expect(!pixels.isEmpty)
            #expect(pixels == (try PDFTestTools.pixels(of: other.data)), "\(sources[index].lastPathComponent) differs")
        }
    }

    @Test(.enabled(if: canReadText, readTextSkipped))
    func aLongLetterAfterAShortOneInTheSameTabIsNumberedToo() throws {
        let folder = try PDFTempFolder()
        try folder.write("letter.css", PDFTestPages.css)
        let short = try folder.write("short.html", PDFTestPages.page(title: "Courte", paragraphs: 2))
        let long = try folder.write("long.html", PDFTestPages.page(title: "Longue", paragraphs: 60))
        let printer = try printer { $0.tabs = 1 }
        defer { printer.close() }
        let printed = try printer.print([short, long, short].map { PDFDocumentRequest(source: $0) })
        #expect(printed.map(\.pageCount).first == 1)
        #expect(printed.map(\.pageCount).last == 1)
        let count = printed[1].pageCount
        #expect(count > 1)
        let text = try PDFTestTools.text(of: printed[1].data)
        #expect(text.contains("page \(count) / \(count)"))
        #expect(!(try PDFTestTools.text(of: printed[2].data)).contains("page 1"))
    }

    @Test(.enabled(if: PDFTestTools.qpdf != nil, "qpdf is not installed (apt-get install qpdf): fonts not read"))
    func aLocalFontIsUsedNotReplaced() throws {
        let folder = try PDFTempFolder()
        let page = try folder.write("local-font.html", """
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>
            @font-face { font-family: "Maison"; src: local("DejaVu Serif"); }
            p { font-family: "Maison", monospace; }
            </style></head><body><p>Police locale</p></body></html>
            """)
        let printer = try printer()
        defer { printer.close() }
        let printed = try printer.print([PDFDocumentRequest(source: page)])[0]
        #expect(printed.pageCount == 1)
        #expect(try PDFTestTools.uncompressed(printed.data)?.contains("DejaVuSerif") == true)
    }

    @Test func aPageWithAScriptIsNavigatedToAndTheBatchPrints() throws {
        // A script must run in its own page: its content cannot be laid into a tab already open.
        let folder = try PDFTempFolder()
        let pages = try PDFTestPages.write(["Première", "Deuxième"], into: folder)
        let scripted = try folder.write("scripted.html", "<!DOCTYPE html><html><head><script src=\"x.js\"></script></head><body>s</body></html>")
        let printer = try printer { $0.tabs = 1 }
        defer { printer.close() }
        #expect(try printer.print(pages.map { PDFDocumentRequest(source: $0) }).count == 2)
        let navigations = printer.statistics.navigations
        #expect(try printer.print([pages[0], scripted, pages[1]].map { PDFDocumentRequest(source: $0) }).count == 3)
        #expect(printer.statistics.navigations == navigations + 1)
    }

    @Test func remoteResourcesAreNotFetched() throws {
        // 192.0.2.1 is reserved for documentation: a connection to it would hang until a timeout.
        // Offline, both images fail at once and the page prints without them.
        let folder = try PDFTempFolder()
        try folder.write("letter.css", PDFTestPages.css)
        let page = try folder.write("remote.html", """
            <!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="letter.css"></head>
            <body><img src="http://192.0.2.1/logo.png" alt=""><img src="https://relance.example/logo.png" alt=""><p>hors ligne</p></body></html>
            """)
        let printer = try printer { $0.timeoutPerDocument = .seconds(20) }
        defer { printer.close() }
        let started = ContinuousClock.now
        #expect(try printer.print([PDFDocumentRequest(source: page)])[0].pageCount == 1)
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test func aMissingFileIsNamedInTheError() throws {
        let folder = try PDFTempFolder()
        let pages = try PDFTestPages.write(["Présente"], into: folder)
        let printer = try printer()
        defer { printer.close() }
        let missing = folder.url("absente.html")
        let error = #expect(throws: PDFPrintError.self) {
            try printer.print([PDFDocumentRequest(source: pages[0]), PDFDocumentRequest(source: missing)])
        }
        #expect(error?.document == missing.path)
        #expect(error?.description.contains("absente.html") == true)
        // Still usable afterwards.
        #expect(try printer.print([PDFDocumentRequest(source: pages[0])]).count == 1)
    }

    @Test func aPageThatNeverFinishesLoadingTimesOutAndTheNextBatchPrints() throws {
        let folder = try PDFTempFolder()
        let pages = try PDFTestPages.write(["Normale"], into: folder)
        // A FIFO nobody writes to: reading it never ends, so the page's load never completes.
        let fifo = folder.url("never.css").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let stuck = try folder.write("stuck.html", """
            <!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="never.css"></head>
            <body><p>bloquée</p></body></html>
            """)
        let printer = try printer { $0.timeoutPerDocument = .seconds(3) }
        defer { printer.close() }
        let started = ContinuousClock.now
        let error = #expect(throws: PDFPrintError.self) {
            try printer.print([PDFDocumentRequest(source: stuck)])
        }
        #expect(ContinuousClock.now - started < .seconds(20))
        #expect(error?.document == stuck.path)
        #expect(error?.reason.contains("not printed within") == true)
        #expect(try printer.print([PDFDocumentRequest(source: pages[0])])[0].pageCount == 1)
    }

    @Test func closingRemovesTheTemporaryProfile() throws {
        let printer = try printer()
        let folder = try #require(printer.temporaryFolder)
        #expect(FileManager.default.fileExists(atPath: folder.path))
        printer.close()
        printer.close()  // twice is harmless
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        #expect(printer.temporaryFolder == nil)
    }
}

/// What needs no Chromium at all.
@Suite struct PDFPrinterStartTests {
    /// A page to print, so that the browser is asked to answer.
    private func page(in folder: PDFTempFolder) throws -> PDFDocumentRequest {
        PDFDocumentRequest(source: try folder.write("page.html", "<!DOCTYPE html><html><head></head><body>x</body></html>"))
    }

    @Test func aProgramThatIsNotChromiumFailsToStartWithAClearMessage() throws {
        let folder = try PDFTempFolder()
        let fake = try folder.write("chromium", "#!/bin/sh\necho 'not a browser' >&2\nexit 3\n", executable: true)
        let printer = try PDFPrinter(chromium: fake)
        let error = #expect(throws: PDFPrintError.self) {
            try printer.print([try page(in: folder)])
        }
        #expect(error?.description.contains("did not start") == true)
        #expect(error?.description.contains("exit status 3") == true)
        #expect(error?.description.contains("not a browser") == true)
        #expect(printer.temporaryFolder == nil)
    }

    @Test func aBrowserThatNeverAnswersIsStoppedAtTheStartupDeadline() throws {
        let folder = try PDFTempFolder()
        // A child of the fake browser, to check that the whole process group is stopped.
        let marker = "\(Int.random(in: 100_000...999_999)).5"
        let fake = try folder.write("chromium", "#!/bin/sh\nsleep \(marker) &\nexec sleep \(marker)\n", executable: true)
        var options = PDFPrinter.Options()
        options.startupTimeout = .seconds(2)
        let printer = try PDFPrinter(chromium: fake, options: options)
        let started = ContinuousClock.now
        let error = #expect(throws: PDFPrintError.self) {
            try printer.print([try page(in: folder)])
        }
        // Twice: in single-process mode, then in the normal one.
        #expect(ContinuousClock.now - started < .seconds(15))
        #expect(error?.description.contains("no answer within") == true)
        // SIGKILL is delivered asynchronously: on a loaded machine the grandchild may still be
        // listed for a moment after the group was killed.
        let settled = ContinuousClock.now + .seconds(10)
        while Self.processes(runningSleep: marker) > 0, ContinuousClock.now < settled { usleep(50_000) }
        #expect(Self.processes(runningSleep: marker) == 0)
    }

    /// Processes still alive (not zombies) whose command line is `sleep <marker>`.
    private static func processes(runningSleep marker: String) -> Int {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { entry in
            guard entry.allSatisfy(\.isNumber),
                  let commandLine = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let state = stat[stat.index(after: close)...].split(separator: " ").first
            return state != "Z" && String(decoding: commandLine, as: UTF8.self) == "sleep\u{0}\(marker)\u{0}"
        }.count
    }
}
