import Foundation

/// Prints HTML files to PDF through one headless Chromium, started once for many documents.
///
///     let printer = try PDFPrinter(chromium: chromiumURL)
///     let pdfs = try printer.print(letters.map { PDFDocumentRequest(source: $0) })
///
/// Not thread-safe, hence not `Sendable`: one caller at a time (printing is already parallel
/// inside the browser, in several tabs).
/// The browser is stopped by `close()` or when the printer goes away; after a failed batch it is
/// stopped too, since its state is unknown, and the next `print` starts a fresh one. See
/// `PrintScheduler` for how documents are printed.
///
/// Chromium runs in its normal process model. Its `--single-process` mode was tried: it used half
/// the processor time per document but crashed on some batches, and the PDFs printed after a
/// fallback to the normal model differ in their font subsets from those printed before — so two
/// builds of the same book gave different case-file PDFs depending on whether Chromium crashed.
/// With 3 tabs, the normal model uses the second core and is also faster (Tests/Benchmarks/RESULTS.md).
public final class PDFPrinter {
    public struct Options: Sendable {
        /// How long one document may take, from navigation to the last PDF byte.
        public var timeoutPerDocument: Duration = .seconds(60)
        /// How long Chromium may take to start and answer.
        public var startupTimeout: Duration = .seconds(30)
        /// Tabs printing side by side (at least 1): while one tab's document loads, another's prints.
        public var tabs = 3
        /// The footer of documents longer than one page; see `PageNumberFooter`.
        public var footerTemplate = PageNumberFooter.template

        public init() {}
    }

    public let chromium: URL
    public let options: Options
    private var browser: ChromiumBrowser?
    /// The tabs already opened in `browser`.
    private var tabs: [PrintTab] = []

    /// Starts Chromium without waiting for it: create the printer before writing the pages, and
    /// Chromium starts meanwhile. A program that is not a working Chromium is reported by the
    /// first `print`.
    public init(chromium: URL, options: Options = Options()) throws(PDFPrintError) {
        self.chromium = chromium
        self.options = options
        browser = try ChromiumBrowser(executable: chromium, startupTimeout: options.startupTimeout)
    }

    deinit { close() }

    /// Prints each document, in order. Each must be a `file://` URL of an existing HTML file.
    public func print(_ documents: [PDFDocumentRequest]) throws(PDFPrintError) -> [PrintedPDF] {
        for document in documents { try Self.check(document.source) }
        guard !documents.isEmpty else { return [] }
        do {
            return try printInBrowser(documents)
        } catch {
            close()
            throw error
        }
    }

    /// Prints in the running browser (started if needed); the caller closes it after a failure,
    /// since its state is then unknown.
    private func printInBrowser(_ documents: [PDFDocumentRequest]) throws(PDFPrintError) -> [PrintedPDF] {
        let browser = try openBrowser()
        try browser.waitUntilReady()
        try openTabs(min(max(1, options.tabs), documents.count), in: browser)
        var scheduler = PrintScheduler(
            connection: browser.connection, footerTemplate: options.footerTemplate, timeout: options.timeoutPerDocument)
        scheduler.replacesContent = replacesContent
        // Only as many tabs as documents: an idle tab would wait for nothing.
        var used = Array(tabs.prefix(documents.count))
        let printed = try scheduler.run(documents, in: &used, statistics: &statistics)
        tabs.replaceSubrange(0..<used.count, with: used)
        return printed
    }

    /// Stops the browser and removes its temporary profile.
    public func close() {
        browser?.close()
        browser = nil
        tabs = []
    }

    /// False to navigate to every document rather than replace a tab's content (for tests that
    /// compare the two).
    var replacesContent = true

    /// How documents were loaded and printed so far, for tests and measurements.
    var statistics = PrintScheduler.Statistics()

    /// The running browser's temporary folder and process id, for tests.
    var temporaryFolder: URL? { browser?.scratch }
    var browserProcessID: Int32? { browser?.processID }

    private func openBrowser() throws(PDFPrintError) -> ChromiumBrowser {
        if let browser { return browser }
        let started = try ChromiumBrowser(executable: chromium, startupTimeout: options.startupTimeout)
        browser = started
        return started
    }

    /// Opens tabs until there are `count`, each with the events the scheduler listens to.
    private func openTabs(_ count: Int, in browser: ChromiumBrowser) throws(PDFPrintError) {
        let deadline = Deadline(after: options.startupTimeout)
        let connection = browser.connection
        while tabs.count < count {
            do {
                let target = try connection.call(
                    "Target.createTarget", DevTools.CreateTarget(url: "about:blank"),
                    returning: DevTools.CreatedTarget.self, until: deadline)
                let session = try connection.call(
                    "Target.attachToTarget", DevTools.AttachToTarget(targetId: target.targetId),
                    returning: DevTools.AttachedTarget.self, until: deadline).sessionId
                try connection.call("Page.enable", session: session, until: deadline)
                try connection.call("Page.setLifecycleEventsEnabled", DevTools.SetLifecycleEventsEnabled(), session: session, until: deadline)
                try connection.call("Inspector.enable", session: session, until: deadline)
                if replacesContent {
                    try connection.call("Page.setBypassCSP", DevTools.SetBypassCSP(), session: session, until: deadline)
                }
                tabs.append(PrintTab(session: session))
            } catch {
                throw PDFPrintError(document: nil, reason: "cannot open a tab in Chromium: " + ChromiumBrowser.explain(error, waited: options.startupTimeout))
            }
        }
    }

    /// A missing file would otherwise print Chromium's error page.
    private static func check(_ source: URL) throws(PDFPrintError) {
        let path = source.path(percentEncoded: false)
        guard source.isFileURL else {
            throw PDFPrintError(document: source.absoluteString, reason: "only local files are printed")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw PDFPrintError(document: path, reason: "no such file")
        }
    }
}

@available(*, unavailable, message: "one caller at a time: the browser already prints in parallel")
extension PDFPrinter: Sendable {}
