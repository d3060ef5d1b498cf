import RelancePDF
import RelancePublish
import Foundation
import RelanceBook
import RelanceCore
import RelanceSite

/// The commands as named steps — read, compute, render, audit, print, publish (`BuildStep`) —
/// each announced, timed and, when it fails, reported with its exit status (`StepRunner`).
/// `build` writes the site atomically; `check` runs the same steps up to the audit, in memory.
public struct Pipeline {
    let console: Console
    private let steps: StepRunner

    public init(console: Console = Console()) {
        self.console = console
        steps = StepRunner(console: console)
    }

    /// Reads, computes, renders every page in memory and audits it; writes nothing. Returns
    /// `.builtWithRejectedRows` when `--keep-going` left rows out.
    @discardableResult
    public func check(_ request: BookRequest) throws(BuildFailure) -> ExitStatus {
        let loaded = try load(request, bundles: .automatic)
        let site = try steps.run(.render, "Rendu en mémoire") {
            let output = RenderedInMemory()
            let site = try SiteBuilder(resources: loaded.resources, attachments: loaded.bookFolder.appendingPathComponent("attachments"))
            let rendered = try site.render(loaded.receivables, into: output) { _ in }
            return (builder: site, rendered: rendered, output: output)
        }
        try steps.run(.audit) { try site.builder.audit(site.rendered) }
        let counts = site.output.rendered
        let size = counts.bytes >= 10_000_000 ? "\(FrenchFormat.integer(counts.bytes / 1_000_000)) Mo"
            : "\(FrenchFormat.integer(counts.bytes / 1_000)) ko"
        console.out("Contrôle : \(FrenchFormat.integer(counts.files)) fichiers rendus en mémoire (\(size)), "
                    + "chiffres rapprochés ; rien n'a été écrit.")
        BuildSummary.receivables(loaded.receivables, console: console)
        ExitWithoutFreeing.keep(loaded)
        return BuildSummary.rejectedRows(loaded.receivables.book, console: console)
    }

    /// Reads, computes, renders into a staging folder, audits, prints the PDFs and publishes;
    /// on any failure the previous output stays as it was. Returns `.builtWithRejectedRows` when
    /// `--keep-going` left rows out.
    @discardableResult
    public func build(_ request: BuildRequest) throws(BuildFailure) -> ExitStatus {
        let bundles = BundleSelection(options: request.bundle)
        let loaded = try load(request.book, bundles: bundles)
        // Before anything is written: a wrong --chromium is a usage error.
        let pdfTools = try steps.attempt(.print) { try PDFTools.prepare(request.pdf) }
        let publisher = try steps.attempt(.render) {
            try Publisher(out: URL(fileURLWithPath: request.out), book: loaded.bookFolder)
        }
        // Chromium starts while the pages are rendered (it is not waited for until the first
        // print), and the letters and the case files are printed in that one browser.
        var printer: PDFPrinter?
        if let tools = pdfTools { printer = try steps.attempt(.print) { try PDFPrinter(chromium: tools.letters.chromium) } }
        defer { printer?.close() }
        let r = loaded.receivables
        let report: SiteReport
        do {
            var site = try steps.attempt(.render) {
                try SiteBuilder(resources: loaded.resources, attachments: loaded.bookFolder.appendingPathComponent("attachments"))
            }
            site.bundles = bundles
            site.bookSources = { [folder = loaded.bookFolder, book = r.book] in BookSources(folder: folder, book: book) }
            site.printsCaseFilePDFs = request.pdf.enabled && pdfTools?.merger != nil
            if site.printsCaseFilePDFs, let tools = pdfTools, let merger = tools.merger {
                site.printingTools = PrintingTools.versions(chromium: tools.letters.chromium, qpdf: merger.qpdf)
            }
            site.printsReportPDF = request.pdf.enabled && pdfTools != nil
            site.letterOrder = request.sortLettersByPostcode ? .postcode : .actions
            for id in bundles.unknownNames(in: r) {
                console.warning("--bundle \(id) : aucun débiteur listé sous cet identifiant")
            }
            let parts = steps.parts()
            let rendered = try steps.run(.render, "Écriture dans \(publisher.stagingFolder.path)") {
                defer { parts.finish() }
                return try site.render(r, into: publisher, progress: parts.next)
            }
            try steps.run(.audit) { try site.audit(rendered) }
            let (letterPDFs, caseFilePDFs) = try steps.run(.print) {
                (try printLetters(rendered, tools: pdfTools, printer: printer, request: request.pdf, publisher: publisher),
                 try printCaseFiles(rendered, tools: pdfTools, printer: printer, request: request.pdf, checked: loaded.pdfChecks,
                                    publisher: publisher))
            }
            report = try steps.run(.publish) {
                let report = try site.finish(rendered, letterPDFs: letterPDFs, caseFilePDFs: caseFilePDFs, into: publisher)
                let published = try publisher.commit()
                console.progress("Publié dans \(publisher.outputFolder.path) : \(published.written) fichiers écrits, \(published.unchanged) inchangés")
                return report
            }
        } catch {
            publisher.abandon()
            console.error("la génération a échoué : la sortie précédente est restée telle quelle.")
            throw error
        }
        BuildSummary.site(report, console: console)
        BuildSummary.receivables(r, console: console)
        ExitWithoutFreeing.keep(loaded)
        return BuildSummary.rejectedRows(r.book, console: console)
    }

    private func printLetters(_ site: RenderedSite, tools: PDFTools?, printer: PDFPrinter?, request: PDFRequest,
                              publisher: Publisher) throws -> LetterPDFReport {
        guard let tools, let printer else { return LetterPDFReport(note: PDFTools.note(disabled: !request.enabled)) }
        console.progress("Impression de \(site.postalLetters.count) courriers et du rapport hebdomadaire")
        return try tools.letters.print(site.letterBatches, weeklyReport: SitePaths.report, date: site.receivables.asOf,
                                       printer: printer, from: publisher.stagingFolder, into: publisher)
    }

    private func printCaseFiles(_ site: RenderedSite, tools: PDFTools?, printer: PDFPrinter?, request: PDFRequest,
                                checked: [String: PDFMerger.Inspection], publisher: Publisher) throws -> CaseFilePDFReport {
        guard !site.caseFileJobs.isEmpty, request.enabled else { return CaseFilePDFReport() }
        guard let tools, let printer, let merger = tools.merger else {
            let qpdf = ((try? PDFMerger.locate()) ?? nil) != nil
            return CaseFilePDFReport(notes: [CaseFilePDFs.note(chromiumFound: tools != nil, qpdfFound: qpdf)].compactMap { $0 })
        }
        console.progress("Impression de \(site.caseFileJobs.count) dossiers")
        return try CaseFilePDFs(printer: printer, merger: merger).print(
            site.caseFileJobs, date: site.receivables.asOf, checked: checked, from: publisher.stagingFolder, into: publisher)
    }

    struct Loaded {
        let resources: Resources
        let bookFolder: URL
        let receivables: Receivables
        /// qpdf's findings on the bundled PDF exhibits, by path under attachments/.
        let pdfChecks: [String: PDFMerger.Inspection]
    }

    /// The read and compute steps. `bundles`: the case files to be bundled, for the warnings that
    /// concern them.
    private func load(_ request: BookRequest, bundles: BundleSelection) throws(BuildFailure) -> Loaded {
        let resources = try steps.attempt(.read) {
            try ResourceLocator.locate(
                explicit: request.resources.map { URL(fileURLWithPath: $0) },
                environment: ProcessInfo.processInfo.environment, executable: ResourceLocator.currentExecutable)
        }
        let bookFolder = request.book.map { URL(fileURLWithPath: $0) } ?? resources.assets.appendingPathComponent("sample-book")
        let book = try steps.run(.read, "Lecture du book \(bookFolder.path)") { () throws(BookErrors) -> Book in
            let shipped = try RateTableReader.read(file: resources.assets.appendingPathComponent("rates/rates.csv"))
            return try BookReader(shippedRates: shipped).read(folder: bookFolder, keepGoing: request.keepGoing)
        }
        let asOf = request.asOf ?? book.pinnedAsOf ?? Self.today()
        var receivables = try steps.run(.compute, "Calcul au \(asOf.iso)") {
            try Receivables(book: book, asOf: asOf, bundles: bundles)
        }
        // A PDF exhibit qpdf rejects changes what its case file says: computed again with it marked.
        let checks = BundledPDFChecks.run(receivables, bookFolder: bookFolder, bundles: bundles)
        if let checked = checks.marked {
            receivables = try steps.run(.compute, "Calcul au \(asOf.iso), pièces PDF endommagées signalées") {
                try Receivables(book: checked, asOf: asOf, bundles: bundles)
            }
        }
        return Loaded(resources: resources, bookFolder: bookFolder, receivables: receivables, pdfChecks: checks.inspections)
    }

    /// Today's date in the machine's calendar: a build's date when neither --as-of nor the book sets one, and the
    /// latest day a delivery can be recorded.
    public static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// What `check` and `build` read: the book, the build date and the resources.
public struct BookRequest: Sendable {
    /// The book's folder; nil: the sample book shipped in assets/.
    public var book: String?
    /// The build date; nil: `[build] as_of` of the book, else today.
    public var asOf: Day?
    /// The folder holding layouts/ and assets/; nil: `RELANCE_HOME`, else beside the binary.
    public var resources: String?
    /// `--keep-going`: build without the rows that have errors rather than stop.
    public var keepGoing = false

    public init(book: String?, asOf: Day?, resources: String?) {
        self.book = book
        self.asOf = asOf
        self.resources = resources
    }
}

/// What `build` makes of a book.
public struct BuildRequest: Sendable {
    public var book: BookRequest
    public var out: String
    public var pdf: PDFRequest
    /// `--bundle`: debtor ids, `all` or `none`.
    public var bundle: [String]
    /// `--sort postcode`: the postal letters by postcode in the batches and the deposit list,
    /// rather than in the order of the actions.
    public var sortLettersByPostcode = false

    public init(book: BookRequest, out: String, pdf: PDFRequest, bundle: [String]) {
        self.book = book
        self.out = out
        self.pdf = pdf
        self.bundle = bundle
    }
}
