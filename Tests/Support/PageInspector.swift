import RelancePDF
import Foundation

/// Opens generated pages in one headless Chromium, as a reader's browser would, and reports what
/// each gives (`PageInspection`): the script's health marker, the errors the page raised, how long
/// it took to load, and a screenshot. For tests and measurements — the build never runs it.
///
///     let inspector = try PageInspector(chromium: chromiumURL)
///     let page = try inspector.inspect(URL(fileURLWithPath: "output/index.html"))
///
/// Pages are navigated to (never replaced, unlike `PDFPrinter`), so they load their style sheet and
/// script and keep their Content-Security-Policy; Chromium runs in its normal process model, one
/// tab. Not thread-safe: one caller at a time.
public final class PageInspector {
    public struct Options: Sendable {
        /// The window the page is laid out in and the screenshot's size, in CSS pixels.
        public var width = 1280
        public var height = 1024
        /// How long one page may take, from navigation to the screenshot.
        public var timeoutPerPage: Duration = .seconds(60)
        /// How long Chromium may take to start and answer.
        public var startupTimeout: Duration = .seconds(30)
        /// `print` lays pages out as Chromium prints them (with `width` the sheet's width inside
        /// its margins, and no scrollbar); nil for the screen.
        public var media: String?

        public init() {}
    }

    public let options: Options
    private let browser: ChromiumBrowser
    private var session: String?
    /// Events of the page being inspected, gathered while waiting for replies.
    private var errors: [String] = []
    private var loadedDocuments: Set<String> = []

    /// Starts Chromium; a program that is not a working Chromium fails here.
    public init(chromium: URL, options: Options = Options()) throws(PageInspectionError) {
        self.options = options
        do {
            browser = try ChromiumBrowser(executable: chromium, startupTimeout: options.startupTimeout)
            try browser.waitUntilReady()
        } catch {
            throw PageInspectionError(page: nil, reason: error.reason)
        }
    }

    deinit { close() }

    /// Stops the browser and removes its temporary profile.
    public func close() { browser.close() }

    /// Loads `page` (a `file://` URL), waits for its "load" event, reads the marker and takes a
    /// screenshot of the viewport.
    public func inspect(_ page: URL) throws(PageInspectionError) -> PageInspection {
        let path = page.path(percentEncoded: false)
        let deadline = Deadline(after: options.timeoutPerPage)
        do {
            let session = try openTab(until: deadline)
            errors = []
            loadedDocuments = []
            let clock = ContinuousClock()
            let start = clock.now
            let navigated = try call("Page.navigate", DevTools.Navigate(url: page.absoluteString), session: session,
                                     returning: DevTools.Navigated.self, until: deadline)
            if let problem = navigated.errorText, !problem.isEmpty {
                throw PageInspectionError(page: path, reason: "Chromium could not open it (\(problem))")
            }
            if let loader = navigated.loaderId {
                while !loadedDocuments.contains(loader) { note(try browser.connection.receive(until: deadline)) }
            }
            let loadTime = start.duration(to: clock.now)
            let marker = try call(
                "Runtime.evaluate", DevTools.Evaluate(expression: Self.markerAfterFonts), session: session,
                returning: DevTools.Evaluated<String>.self, until: deadline).result.value
            let contentWidth = try call(
                "Runtime.evaluate", DevTools.Evaluate(expression: "document.documentElement.scrollWidth"), session: session,
                returning: DevTools.Evaluated<Int>.self, until: deadline).result.value
            let shot = try call("Page.captureScreenshot", DevTools.CaptureScreenshot(), session: session,
                                returning: DevTools.CapturedScreenshot.self, until: deadline)
            guard let png = Data(base64Encoded: shot.data) else {
                throw PageInspectionError(page: path, reason: "the screenshot is not valid base64")
            }
            return PageInspection(scriptMarker: marker, errors: errors, loadTime: loadTime, screenshot: [UInt8](png),
                                  contentWidth: contentWidth ?? 0)
        } catch let error as PageInspectionError {
            throw error
        } catch DevToolsPipeError.timedOut {
            throw PageInspectionError(page: path, reason: "not loaded within \(options.timeoutPerPage)")
        } catch {
            throw PageInspectionError(page: path, reason: ChromiumBrowser.explain(error, waited: options.timeoutPerPage))
        }
    }

    /// The marker once the fonts are in, so that the screenshot shows the page's final text.
    static let markerAfterFonts = "document.fonts.ready.then(() => document.documentElement.getAttribute('data-script'))"

    /// The one tab, opened on first use, with the events the inspection listens to.
    private func openTab(until deadline: Deadline) throws -> String {
        if let session { return session }
        let connection = browser.connection
        let target = try connection.call("Target.createTarget", DevTools.CreateTarget(url: "about:blank"),
                                         returning: DevTools.CreatedTarget.self, until: deadline)
        let opened = try connection.call("Target.attachToTarget", DevTools.AttachToTarget(targetId: target.targetId),
                                         returning: DevTools.AttachedTarget.self, until: deadline).sessionId
        for method in ["Page.enable", "Runtime.enable", "Log.enable", "Inspector.enable"] {
            try connection.call(method, session: opened, until: deadline)
        }
        try connection.call("Page.setLifecycleEventsEnabled", DevTools.SetLifecycleEventsEnabled(), session: opened, until: deadline)
        try connection.call("Emulation.setDeviceMetricsOverride",
                            DevTools.SetDeviceMetrics(width: options.width, height: options.height), session: opened, until: deadline)
        if let media = options.media {
            try connection.call("Emulation.setEmulatedMedia", DevTools.SetEmulatedMedia(media: media), session: opened, until: deadline)
            try connection.call("Emulation.setScrollbarsHidden", DevTools.SetScrollbarsHidden(), session: opened, until: deadline)
        }
        session = opened
        return opened
    }

    /// Sends a command and waits for its reply, noting the page's events that arrive meanwhile.
    private func call<Result: Decodable>(
        _ method: String, _ params: some Encodable, session: String, returning type: Result.Type, until deadline: Deadline
    ) throws -> Result {
        let id = try browser.connection.send(method, params, session: session, until: deadline)
        while true {
            let message = try browser.connection.receive(until: deadline)
            guard message.id == id else {
                note(message)
                continue
            }
            if let failure = message.error { throw DevToolsCallError(method: method, failure: failure) }
            return try message.result(type)
        }
    }

    /// Keeps what matters of an event of the inspected tab: documents loaded, errors raised.
    private func note(_ message: DevToolsMessage) {
        guard message.sessionId != nil, message.sessionId == session else { return }
        switch message.method {
        case "Page.lifecycleEvent":
            if let event = try? message.params(DevTools.LifecycleEvent.self), event.name == "load" {
                loadedDocuments.insert(event.loaderId)
            }
        case "Runtime.exceptionThrown":
            if let thrown = try? message.params(DevTools.ExceptionThrown.self) {
                let details = thrown.exceptionDetails
                errors.append([details.exception?.description ?? details.text, details.url, details.lineNumber.map { "line \($0 + 1)" }]
                    .compactMap { $0 }.joined(separator: " — "))
            }
        case "Log.entryAdded":
            if let added = try? message.params(DevTools.LogEntryAdded.self), added.entry.level == "error" {
                errors.append("\(added.entry.source): \(added.entry.text)")
            }
        case "Runtime.consoleAPICalled":
            if let called = try? message.params(DevTools.ConsoleAPICalled.self), called.type == "error" {
                errors.append("console.error: " + called.args.map { $0.value ?? $0.description ?? "…" }.joined(separator: " "))
            }
        case "Inspector.targetCrashed":
            errors.append("the tab crashed")
        default:
            return
        }
    }
}

@available(*, unavailable, message: "one caller at a time")
extension PageInspector: Sendable {}
