import RelancePublish
import RelanceLayout
import Foundation
import RelanceCore
import Synchronization

/// Renders every page of a build and hands the bytes to the publisher. The site's shape lives here:
/// which layout makes which file. Pages are rendered by a fixed pool of workers (one per core).
public struct SiteBuilder: Sendable {
    public let layouts: LayoutLibrary
    public let assets: URL

    /// The book's attachments/ folder, when it has one (invoice PDFs attached to letters).
    public let attachments: URL?

    /// Which debtors' case files get exhibits, manifest, ZIP and PDF (`--bundle`).
    public var bundles = BundleSelection.automatic

    /// Reads the book's bytes again, when the build can: debtor folders whose sources did not change
    /// since the previous output are then carried over instead of rendered (`DebtorFingerprints`).
    /// Called once the dashboard is written, and let go before the debtor folders render.
    public var bookSources: (@Sendable () -> any BookSourceBytes)?
    /// Whether the build prints case-file PDFs: a folder carried over must have been made the same way.
    public var printsCaseFilePDFs = false
    /// The versions of the tools that print them (`PrintingTools`), for the same reason.
    public var printingTools = ""
    /// How the postal letters are ordered in the batches and the deposit list (`--sort`).
    public var letterOrder = LetterBatches.Order.actions
    /// Whether the print step makes the weekly report's PDF (Chromium found, PDFs not turned off).
    public var printsReportPDF = false
    let layoutsFolder: URL

    public init(resources: Resources, attachments: URL? = nil) throws {
        layouts = try LayoutLibrary(root: resources.layouts)
        for name in SitePaths.Layouts.all { _ = try layouts.layout(name) }
        layoutsFolder = resources.layouts
        assets = resources.assets
        self.attachments = attachments
    }

    /// Renders the dashboard, summary.json, the static files, one case file per listed debtor and
    /// the letters into `output`: everything but what depends on printing (`finish`). What is left
    /// to print and to check comes back in the `RenderedSite`.
    public func render(_ r: Receivables, into output: any SiteOutput, progress: (String) -> Void) throws -> RenderedSite {
        let letters = LetterPlan(r)
        let batches = LetterBatches(letters, order: letterOrder, date: r.asOf, invoiceFiles: attachments == nil ? [:] : r.book.invoiceFiles)
        for file in SitePaths.staticFiles {
            try output.copy(from: assets.appendingPathComponent(file), to: file)
        }
        progress("historique")
        let history = WeeklyHistory(r)
        progress("summary.json et tableau de bord")
        // summary.json on one core, the dashboard and, for a large book, the paged lists it links
        // to (lists/) on the other: each is a single thread's work.
        let dashboard = DashboardPages(layouts: layouts)
        let printsReportPDF = printsReportPDF
        let audit = OutputAudit()
        let (summaryWritten, dashboardWritten) = Parallel.both(
            { () -> Result<Void, any Error> in
                Result {
                    try audit.write(SummaryDocument(r, letters: letters, history: history), r, into: output)
                }
            },
            { () -> Result<Void, any Error> in
                Result { try dashboard.write(r, letters: letters, batches: batches, history: history, reportPDF: printsReportPDF, into: output) }
            })
        try summaryWritten.get()
        try dashboardWritten.get()

        progress("\(r.debtors.count) dossiers débiteurs")
        let caseFiles = CaseFileBuilder(layouts: layouts, assets: assets, attachments: attachments, selection: bundles)
        let printQueue = CaseFilePrintQueue()
        let debtors = r.debtors
        // The book's row digests are let go here, before the debtors' pages take their share of memory.
        let (fingerprints, bookFiles) = { () -> ([String?]?, [String: BookFileDigest]?) in
            guard let read = bookSources else { return (nil, nil) }
            let sources = read()
            let fingerprints = DebtorFingerprints.all(
                r: r, sources: sources, attachments: attachments, layouts: layoutsFolder, assets: assets,
                options: printsCaseFilePDFs ? "case-file-pdf\n" + printingTools : "no-case-file-pdf", bundled: { [bundles] in bundles.includes($0) })
            return (fingerprints, sources.fileDigests)
        }()
        let previous = FingerprintIndex.parse(fingerprints == nil ? nil : output.previousBytes(SitePaths.fingerprints))
        let kept = FingerprintIndex(count: debtors.count)
        let carried = Atomic<Int>(0)
        try Parallel.forEachUntilError(count: debtors.count) { [bundles] position in
            let debtor = debtors[position]
            let slug = Slug.make(for: debtor.id)
            let fingerprint = fingerprints?[position] ?? nil
            if let fingerprint, let before = previous[slug], before.sources == fingerprint,
               let files = output.previousFiles(under: SitePaths.debtorOutputs(debtor.id, bundled: bundles.includes(debtor))),
               output.previousDigest(of: files) == before.contents, try output.carryOver(files) {
                // Same sources, and the previous files still as written: linked, not rendered.
                kept.record(position: position, slug: slug, sources: fingerprint, contents: before.contents)
                carried.add(1, ordering: .relaxed)
                audit.caseFile(try CaseStatement(state: debtor, ledger: r.book.ledger, asOf: r.asOf))
            } else {
                let built = try caseFiles.build(debtor: debtor, in: r, into: output, audit: audit, digests: fingerprint != nil)
                // A page's digest comes from its bytes; a folder's once it is complete (`finish`:
                // its PDF, if any, is printed later).
                if let fingerprint {
                    kept.record(position: position, slug: slug, sources: fingerprint, contents: built.pageDigest,
                                asWritten: built.folderDigest)
                }
                printQueue.add(built.job, position: position)
            }
        }
        let carriedCount = carried.load(ordering: .relaxed)

        progress("\(letters.letters.count) courriers")
        let letterCarryOver = fingerprints.map {
            LetterCarryOver(letters: letters.letters, batches: batches, debtors: debtors, debtorFingerprints: $0, attachments: attachments,
                            invoiceFiles: r.book.invoiceFiles, previousIndex: output.previousBytes(SitePaths.letterFingerprints))
        }
        let lettersCarried = try LettersBuilder(layouts: layouts, assets: assets, attachments: attachments)
            .write(letters, batches: batches, r, carryOver: letterCarryOver, into: output)
        return RenderedSite(
            receivables: r, letters: letters, audit: audit,
            caseFileJobs: printQueue.inOrder, postalLetters: batches.postal, letterBatches: batches,
            caseFolders: CarryOverCounts(carried: carriedCount, rendered: debtors.count - carriedCount),
            letterFiles: CarryOverCounts(carried: lettersCarried, rendered: letters.letters.count - lettersCarried),
            fingerprints: fingerprints == nil ? nil : kept, letterFingerprints: letterCarryOver?.kept, bookFiles: bookFiles)
    }

    /// The build's last check: the figures the outputs show agree with the computation
    /// (`OutputAudit`); a mismatch is a bug of the generator, never of the book.
    public func audit(_ site: RenderedSite) throws(ComputationError) {
        try site.audit.check(site.receivables)
    }

    /// Writes what links or digests the printed PDFs: the letters' index and manifest, and the
    /// debtor folders' fingerprints for the next build.
    public func finish(
        _ site: RenderedSite, letterPDFs: LetterPDFReport = LetterPDFReport(), caseFilePDFs: CaseFilePDFReport = CaseFilePDFReport(),
        into output: any SiteOutput
    ) throws -> SiteReport {
        if let kept = site.fingerprints {
            let debtors = site.receivables.debtors
            let pending = kept.positionsWithoutContents()
            // A folder no PDF joined is as the build wrote it; one with a PDF is read back.
            let printed = Set(caseFilePDFs.written)
            let digests = Parallel.map(count: pending.count) { k -> String? in
                let debtor = debtors[pending[k]]
                if !printed.contains(debtor.id), let written = kept.asWritten(position: pending[k]) { return written }
                return output.stagedDigest(under: SitePaths.debtorOutputs(debtor.id, bundled: bundles.includes(debtor)))
            }
            for (position, digest) in zip(pending, digests) { kept.setContents(position: position, digest) }
            try output.write(kept.encoded(), to: SitePaths.fingerprints)
        }
        if let kept = site.letterFingerprints {
            let letters = site.letters.letters, invoiceFiles = site.receivables.book.invoiceFiles, attachments = attachments
            let pending = kept.positionsWithoutContents()
            let digests = Parallel.map(count: pending.count) { k in
                output.stagedDigest(under: LettersBuilder.ownFiles(letters[pending[k]], attachments: attachments, invoiceFiles: invoiceFiles))
            }
            for (position, digest) in zip(pending, digests) { kept.setContents(position: position, digest) }
            try output.write(kept.encoded(), to: SitePaths.letterFingerprints)
        }
        let lettersBuilder = LettersBuilder(layouts: layouts, assets: assets, attachments: attachments)
        try lettersBuilder.writeEmailCopies(site.letterBatches, book: site.receivables.book, pdf: letterPDFs, into: output)
        try lettersBuilder.writeIndex(site.letters, site.receivables, batches: site.letterBatches, pdf: letterPDFs, into: output)
        try LetterManifest.write(plan: site.letters, asOf: site.receivables.asOf, book: site.bookFiles, pdf: letterPDFs,
                                 into: output, at: SitePaths.Letters.manifest)
        return SiteReport(letters: site.letters, pdf: letterPDFs, caseFilePDF: caseFilePDFs, caseFolders: site.caseFolders,
                          letterFiles: site.letterFiles)
    }

    /// Renders, audits, prints and finishes in one go, for callers that need no step of their own.
    @discardableResult
    public func build(
        _ r: Receivables, into publisher: Publisher,
        printPDFs: ((_ postal: [Letter], _ batches: LetterBatches) throws -> LetterPDFReport)? = nil,
        printCaseFiles: ((_ jobs: [CaseFilePrintJob]) throws -> CaseFilePDFReport)? = nil,
        progress: (String) -> Void
    ) throws -> SiteReport {
        let site = try render(r, into: publisher, progress: progress)
        try audit(site)
        let caseFilePDFs = try printCaseFiles?(site.caseFileJobs) ?? CaseFilePDFReport()
        let letterPDFs = try printPDFs?(site.postalLetters, site.letterBatches) ?? LetterPDFReport()
        return try finish(site, letterPDFs: letterPDFs, caseFilePDFs: caseFilePDFs, into: publisher)
    }
}

/// A rendered site, between the render step and the publish step: what the audit checks and what
/// is left to print.
public struct RenderedSite: Sendable {
    public let receivables: Receivables
    public let letters: LetterPlan
    let audit: OutputAudit
    /// The bundled case files, in debtor order, to print into one PDF each.
    public let caseFileJobs: [CaseFilePrintJob]
    /// The letters that go by post, to print, and the batch files holding them.
    public let postalLetters: [Letter]
    public let letterBatches: LetterBatches
    public let caseFolders: CarryOverCounts
    /// How many letters' own files were carried over from the previous output, and how many rendered.
    public let letterFiles: CarryOverCounts
    let fingerprints: FingerprintIndex?
    let letterFingerprints: FingerprintIndex?
    /// The book's files as read, for the letters' manifest; nil when not read again or changed.
    let bookFiles: [String: BookFileDigest]?
}
