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
/// `PrintScheduler` for how documents are printed, and `Options.singleProcess`.
public final class PDFPrinter {
    public struct Options: Sendable {
        /// How long one document may take, from navigation to the last PDF byte.
        public var timeoutPerDocument: Duration = .seconds(60)
        /// How long Chromium may take to start and answer.
        public var startupTimeout: Duration = .seconds(30)
        /// Tabs printing side by side (at least 1) in Chromium's normal process model: while one
        /// tab's document loads, another's prints. Single-process mode always uses one tab:
        /// several tabs crash it (measured: about one run in five with 2 or 3 tabs, none in 22
        /// runs of 30 to 100 documents with one).
        public var tabs = 3
        /// The footer of documents longer than one page; see `PageNumberFooter`.
        public var footerTemplate = PageNumberFooter.template
        /// Chromium in one process (`--single-process`): half the processor time per document.
        /// Chromium does not support this mode officially. It is used only for batches whose
        /// documents can all be printed without navigating (see `ReplacementHTML`), in one tab;
        /// after any failure the printer retries the batch once with the normal process model,
        /// and keeps to it. A page whose web font fails to load counts as a failure (`local()`
        /// fonts do not load in this mode).
        public var singleProcess = true

        public init() {}
    }

    public let chromium: URL
    public let options: Options
    /// Starts as `options.singleProcess`; false for good after a failure in single-process mode.
    private(set) var singleProcess: Bool
    /// What made the printer leave single-process mode, for tests and diagnostics.
    private(set) var fallbackReason: String?
    private var browser: ChromiumBrowser?
    /// The tabs already opened in `browser`.
    private var tabs: [PrintTab] = []

    /// Starts Chromium without waiting for it: create the printer before writing the pages, and
    /// Chromium starts meanwhile. A program that is not a working Chromium is reported by the
    /// first `print`.
    public init(chromium: URL, options: Options = Options()) throws(PDFPrintError) {
        self.chromium = chromium
        self.options = options
        singleProcess = options.singleProcess
        browser = try ChromiumBrowser(executable: chromium, startupTimeout: options.startupTimeout, singleProcess: singleProcess)
    }

    deinit { close() }

    /// Prints each document, in order. Each must be a `file://` URL of an existing HTML file.
    public func print(_ documents: [PDFDocumentRequest]) throws(PDFPrintError) -> [PrintedPDF] {
        for document in documents { try Self.check(document.source) }
        guard !documents.isEmpty else { return [] }
        if singleProcess, let reason = reasonToAvoidSingleProcess(documents) {
            leaveSingleProcess(because: reason)
        }
        do {
            return try printInBrowser(documents)
        } catch {
            close()
            guard singleProcess else { throw error }
            // Whatever went wrong, once more with Chromium's supported process model.
            leaveSingleProcess(because: error.description)
            do {
                return try printInBrowser(documents)
            } catch {
                close()
                throw error
            }
        }
    }

    /// Chromium in one process crashes when a tab navigates from one file to another (measured:
    /// most runs crash on the real site's pages), but not when a tab's content is replaced. So
    /// single-process mode is kept only for batches printed by replacement alone: every document
    /// replaceable, the first one excepted while the tab has yet to navigate at all.
    private func reasonToAvoidSingleProcess(_ documents: [PDFDocumentRequest]) -> String? {
        guard replacesContent else { return "every document is navigated to" }
        let mustReplace = tabs.first?.frameID == nil ? documents.dropFirst() : documents[...]
        guard let blocker = mustReplace.first(where: { ReplacementHTML.of($0.source) == nil }) else { return nil }
        return "\(blocker.source.path(percentEncoded: false)) must be navigated to (scripts, fragment links or not UTF-8)"
    }

    /// Switches to Chromium's normal process model for good; the next batch starts it.
    private func leaveSingleProcess(because reason: String) {
        close()
        singleProcess = false
        fallbackReason = reason
    }

    /// Prints in the running browser (started if needed); the caller closes it after a failure,
    /// since its state is then unknown.
    private func printInBrowser(_ documents: [PDFDocumentRequest]) throws(PDFPrintError) -> [PrintedPDF] {
        let browser = try openBrowser()
        try browser.waitUntilReady()
        let tabCount = browser.singleProcess ? 1 : max(1, options.tabs)
        try openTabs(min(tabCount, documents.count), in: browser)
        var scheduler = PrintScheduler(
            connection: browser.connection, footerTemplate: options.footerTemplate, timeout: options.timeoutPerDocument)
        scheduler.replacesContent = replacesContent
        scheduler.failsOnFontErrors = browser.singleProcess
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
        let started = try ChromiumBrowser(executable: chromium, startupTimeout: options.startupTimeout, singleProcess: singleProcess)
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
