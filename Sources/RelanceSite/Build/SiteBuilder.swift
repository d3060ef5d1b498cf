import Foundation
import RelanceCore
import Synchronization

/// Renders every page of a build and hands the bytes to the publisher. The site's shape lives here:
/// which layout makes which file. Pages are rendered by a fixed pool of workers (one per core).
public struct SiteBuilder: Sendable {
    public let layouts: LayoutLibrary
    public let assets: URL

    /// Fixed names of the output, declared once.
    public enum Paths {
        public static let dashboard = "index.html"
        public static let summary = "summary.json"
        public static let debtors = "debtors"
        /// Copied from assets/ to the output root, referenced by every page.
        public static let staticFiles = ["style.css", "relance.js"]
    }

    /// The book's attachments/ folder, when it has one (invoice PDFs attached to letters).
    public let attachments: URL?

    /// Which debtors' case files get exhibits, manifest, ZIP and PDF (`--bundle`).
    public var bundles = BundleSelection.automatic

    /// The book's folder, when the build knows it: debtor folders whose sources did not change
    /// since the previous output are then carried over instead of rendered (`DebtorFingerprints`).
    public var bookFolder: URL?
    /// Whether the build prints case-file PDFs: a folder carried over must have been made the same way.
    public var printsCaseFilePDFs = false
    let layoutsFolder: URL

    public init(resources: Resources, attachments: URL? = nil) throws {
        layouts = try LayoutLibrary(root: resources.layouts)
        layoutsFolder = resources.layouts
        assets = resources.assets
        self.attachments = attachments
    }

    public func debtorFolder(_ id: String) -> String { "\(Paths.debtors)/\(Slug.make(for: id))" }

    /// Writes the dashboard, summary.json, the static files, one page per listed debtor and the
    /// letters. `printPDFs` prints the letters once their HTML is written (nil: no PDFs this build).
    @discardableResult
    public func build(
        _ r: Receivables, into publisher: Publisher,
        printPDFs: ((_ postal: [Letter], _ batches: [String]) throws -> LetterPDFReport)? = nil,
        printCaseFiles: ((_ jobs: [CaseFilePrintJob]) throws -> CaseFilePDFReport)? = nil,
        progress: (String) -> Void
    ) throws -> SiteReport {
        let letters = LetterPlan(r)
        for file in Paths.staticFiles {
            try publisher.copy(from: assets.appendingPathComponent(file), to: file)
        }
        progress("summary.json")
        let summary = SummaryDocument(r, letters: letters)
        try publisher.write(try summary.encoded(), to: Paths.summary)
        let audit = OutputAudit()

        progress("tableau de bord")
        // The dashboard and, for a large book, the paged lists it links to (lists/).
        try DashboardPages(layouts: layouts).write(r, letters: letters, into: publisher)

        progress("\(r.debtors.count) dossiers débiteurs")
        let caseFiles = CaseFileBuilder(layouts: layouts, assets: assets, attachments: attachments, selection: bundles)
        let printQueue = CaseFilePrintQueue()
        let debtors = r.debtors
        let fingerprints = bookFolder.map {
            DebtorFingerprints.all(r: r, bookFolder: $0, layouts: layoutsFolder, assets: assets,
                                   options: printsCaseFilePDFs ? "case-file-pdf" : "no-case-file-pdf",
                                   bundled: { [bundles] in bundles.includes($0) })
        }
        let previous = FingerprintIndex.parse(fingerprints == nil ? nil : publisher.previousBytes(FingerprintIndex.path))
        let kept = FingerprintIndex(count: debtors.count)
        let carried = Atomic<Int>(0)
        let failure = FirstError()
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var position = worker
            while position < debtors.count, !failure.isSet {
                let debtor = debtors[position]
                do {
                    let slug = Slug.make(for: debtor.id)
                    let fingerprint = fingerprints?[position] ?? nil
                    if let fingerprint, let before = previous[slug], before.sources == fingerprint,
                       let files = publisher.previousFiles(under: debtorFolder(debtor.id)),
                       publisher.previousDigest(of: files) == before.contents, try publisher.carryOver(files) {
                        // Same sources, and the previous files still as written: linked, not rendered.
                        kept.record(position: position, slug: slug, sources: fingerprint, contents: before.contents)
                        carried.add(1, ordering: .relaxed)
                        audit.caseFile(try CaseStatement(state: debtor, ledger: r.book.ledger, asOf: r.asOf))
                    } else {
                        // The contents' digest comes once the folder is complete (its PDF is printed later).
                        if let fingerprint { kept.record(position: position, slug: slug, sources: fingerprint, contents: nil) }
                        printQueue.add(try caseFiles.build(debtor: debtor, in: r, into: publisher, audit: audit), position: position)
                    }
                } catch {
                    failure.record(error)
                }
                position += workers
            }
        }
        if let error = failure.error { throw error }
        try audit.check(r, summary: summary)
        let caseFilePDF = try printCaseFiles?(printQueue.inOrder) ?? CaseFilePDFReport()
        if fingerprints != nil {
            let pending = kept.positionsWithoutContents()
            let digests = ParallelMap.map(count: pending.count) { [publisher] k in
                publisher.stagedDigest(under: debtorFolder(debtors[pending[k]].id))
            }
            for (position, digest) in zip(pending, digests) { kept.setContents(position: position, digest) }
            try publisher.write(kept.encoded(), to: FingerprintIndex.path)
        }
        let carriedCount = carried.load(ordering: .relaxed)
        let folders = CaseFolderCounts(carried: carriedCount, rendered: debtors.count - carriedCount)

        progress("\(letters.letters.count) courriers")
        let pdf = try LettersBuilder(layouts: layouts, assets: assets, attachments: attachments)
            .build(letters, r, into: publisher) { postal, batches in
                try printPDFs?(postal, batches) ?? LetterPDFReport()
            }
        return SiteReport(letters: letters, pdf: pdf, caseFilePDF: caseFilePDF, caseFolders: folders)
    }
}

/// The first error raised by a worker; the others stop at their next page.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?

    var isSet: Bool { lock.withLock { stored != nil } }
    var error: Error? { lock.withLock { stored } }

    func record(_ error: Error) {
        lock.withLock { if stored == nil { stored = error } }
    }
}
