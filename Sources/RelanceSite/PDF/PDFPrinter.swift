import Foundation

/// Prints HTML files to PDF through one headless Chromium, started once for many documents.
///
///     let printer = try PDFPrinter(chromium: chromiumURL)
///     let pdfs = try printer.print(letters.map { PDFDocumentRequest(source: $0) })
///
/// Not thread-safe: one caller at a time (printing is already parallel inside the browser).
/// The browser is stopped by `close()` or when the printer goes away; after a failed batch it is
/// stopped too, since its state is unknown, and the next `print` starts a fresh one.
public final class PDFPrinter {
    public struct Options: Sendable {
        /// How long one document may take, from navigation to the last PDF byte.
        public var timeoutPerDocument: Duration = .seconds(60)
        /// How long Chromium may take to start and answer.
        public var startupTimeout: Duration = .seconds(30)
        /// Tabs printing side by side. See `PrintScheduler` and the timings in the README of the
        /// PDF folder: 3 keeps two cores busy.
        public var tabs = 3
        /// The footer of documents longer than one page; see `PageNumberFooter`.
        public var footerTemplate = PageNumberFooter.template

        public init() {}
    }

    public let chromium: URL
    public let options: Options
    private var browser: ChromiumBrowser?
    /// Session ids of the tabs already opened in `browser`.
    private var tabs: [String] = []

    /// Starts Chromium, so that a broken install is reported before any document is printed.
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
            let browser = try openBrowser()
            try openTabs(min(options.tabs, documents.count), in: browser)
            let scheduler = PrintScheduler(
                connection: browser.connection, tabs: Array(tabs.prefix(documents.count)),
                footerTemplate: options.footerTemplate, timeout: options.timeoutPerDocument)
            return try scheduler.run(documents)
        } catch {
            close()
            throw error
        }
    }

    /// Stops the browser and removes its temporary profile.
    public func close() {
        browser?.close()
        browser = nil
        tabs = []
    }

    /// The running browser's temporary folder, for tests.
    var temporaryFolder: URL? { browser?.scratch }

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
                tabs.append(session)
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
