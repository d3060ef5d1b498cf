import Foundation

/// Prints a list of documents through the browser's tabs, one document per tab at a time, all
/// tabs at once: while one tab's page is being laid out or printed, another's is loading, so the
/// browser's processes keep both cores busy. No fixed sleeps: each step starts when Chromium
/// reports the previous one done.
///
/// A document goes through these steps in its tab:
///  1. load it: a tab's first document is navigated to (`file://` URL, then the "load" lifecycle
///     event of that navigation); the next ones replace the tab's content
///     (`Page.setDocumentContent`, see `ReplacementHTML`) — the same pixels for a third of the
///     cost: a navigation costs Chromium about 100 ms of processor time, in its browser process
///     mostly, against a few milliseconds for a replacement;
///  2. wait until the document is complete (style sheets, images) and its fonts are ready;
///  3. print; if it runs over one page and asks for numbers, print again with the footer.
/// Documents are handed to free tabs in order and come back in order. Every document has its own
/// deadline; the first failure ends the batch.
struct PrintScheduler {
    let connection: DevToolsConnection
    let footerTemplate: String
    let timeout: Duration
    /// False to navigate to every document (to compare with replacements).
    var replacesContent = true

    /// Resolves when the document and everything it loads are in and its fonts are ready. Polling-free: `readystatechange` fires when the
    /// document completes, after a navigation as after a replacement.
    static let readiness = """
        new Promise(resolve => {
          const check = () => { if (document.readyState === 'complete') resolve(); };
          document.addEventListener('readystatechange', check);
          check();
        }).then(() => document.fonts.ready).then(() => 0)
        """

    private enum Step {
        case navigating
        case loading(loaderID: String)
        case replacing
        case settling
        case printing(numbered: Bool)
    }

    private struct Job {
        let index: Int
        let request: PDFDocumentRequest
        let deadline: Deadline
        var step = Step.navigating
        /// "load" events that arrived before the navigation's reply named its document.
        var loadedDocuments: Set<String> = []
    }

    /// How the documents of a batch were loaded and printed, for measurements.
    struct Statistics: Sendable {
        var navigations = 0
        var replacements = 0
        /// Second printings, with page numbers.
        var numbered = 0
    }

    /// Prints `requests` in `tabs` (all used), updating what each tab holds.
    func run(_ requests: [PDFDocumentRequest], in tabs: inout [PrintTab], statistics: inout Statistics) throws(PDFPrintError) -> [PrintedPDF] {
        var run = Run(scheduler: self, requests: requests, tabs: tabs)
        let printed = try run.complete()
        tabs = run.tabs
        statistics.navigations += run.statistics.navigations
        statistics.replacements += run.statistics.replacements
        statistics.numbered += run.statistics.numbered
        return printed
    }

    /// The state of one batch.
    private struct Run {
        let scheduler: PrintScheduler
        let requests: [PDFDocumentRequest]
        var tabs: [PrintTab]
        var results: [PrintedPDF?]
        var nextRequest = 0
        /// The job of each tab, by tab index; nil when the tab is idle.
        var jobs: [Job?]
        /// The tab waiting for each command in flight.
        var awaiting: [Int: Int] = [:]
        let tabOfSession: [String: Int]
        var statistics = Statistics()

        init(scheduler: PrintScheduler, requests: [PDFDocumentRequest], tabs: [PrintTab]) {
            self.scheduler = scheduler
            self.requests = requests
            self.tabs = tabs
            results = Array(repeating: nil, count: requests.count)
            jobs = Array(repeating: nil, count: tabs.count)
            tabOfSession = Dictionary(uniqueKeysWithValues: tabs.enumerated().map { ($1.session, $0) })
        }

        mutating func complete() throws(PDFPrintError) -> [PrintedPDF] {
            for tab in jobs.indices { try startNext(in: tab) }
            while let deadline = jobs.compactMap({ $0?.deadline }).min() {
                let message: DevToolsMessage
                do {
                    message = try scheduler.connection.receive(until: deadline)
                } catch DevToolsPipeError.timedOut {
                    throw expired() ?? failure(nil, "no answer from Chromium")
                } catch {
                    throw failure(jobs.compactMap { $0 }.min { $0.index < $1.index },
                                  ChromiumBrowser.explain(error, waited: scheduler.timeout))
                }
                if let id = message.id {
                    if let tab = awaiting.removeValue(forKey: id) { try reply(message, in: tab) }
                } else if let session = message.sessionId, let tab = tabOfSession[session] {
                    try event(message, in: tab)
                }
                // A stream of events for one tab must not keep another tab's expired job alive.
                if let error = expired() { throw error }
            }
            return results.compactMap { $0 }
        }

        // MARK: Steps

        private mutating func startNext(in tab: Int) throws(PDFPrintError) {
            guard nextRequest < requests.count else {
                jobs[tab] = nil
                return
            }
            var job = Job(index: nextRequest, request: requests[nextRequest], deadline: Deadline(after: scheduler.timeout))
            nextRequest += 1
            let source = job.request.source
            if scheduler.replacesContent, let frame = tabs[tab].frameID, let html = ReplacementHTML.of(source) {
                job.step = .replacing
                jobs[tab] = job
                statistics.replacements += 1
                try send("Page.setDocumentContent", DevTools.SetDocumentContent(frameId: frame, html: html), for: job, in: tab)
            } else {
                jobs[tab] = job
                statistics.navigations += 1
                try send("Page.navigate", DevTools.Navigate(url: source.absoluteString), for: job, in: tab)
            }
        }

        private mutating func reply(_ message: DevToolsMessage, in tab: Int) throws(PDFPrintError) {
            guard var job = jobs[tab] else { return }
            if let refusal = message.error { throw failure(job, "Chromium refused: \(refusal.message)") }
            switch job.step {
            case .navigating:
                let navigated = try decode(DevTools.Navigated.self, from: message, for: job)
                if let problem = navigated.errorText, !problem.isEmpty {
                    throw failure(job, "Chromium could not open it (\(problem))")
                }
                tabs[tab].frameID = navigated.frameId
                // No loader: a same-document navigation, nothing to load.
                guard let loader = navigated.loaderId, !job.loadedDocuments.contains(loader) else {
                    return try settle(&job, in: tab)
                }
                job.step = .loading(loaderID: loader)
                jobs[tab] = job
            case .loading:
                return  // not a command's step
            case .replacing:
                try settle(&job, in: tab)
            case .settling:
                try print(&job, numbered: false, in: tab)
            case .printing(let numbered):
                let printed = try pdf(from: message, for: job)
                if !numbered && printed.pageCount > 1 && job.request.numberPagesWhenLong {
                    // The page is still loaded in the tab: only the printing is done again.
                    statistics.numbered += 1
                    return try print(&job, numbered: true, in: tab)
                }
                results[job.index] = printed
                try startNext(in: tab)
            }
        }

        private mutating func event(_ message: DevToolsMessage, in tab: Int) throws(PDFPrintError) {
            guard var job = jobs[tab] else { return }
            switch message.method {
            case "Page.lifecycleEvent":
                guard let lifecycle = try? message.params(DevTools.LifecycleEvent.self), lifecycle.name == "load" else { return }
                switch job.step {
                case .navigating:
                    job.loadedDocuments.insert(lifecycle.loaderId)
                    jobs[tab] = job
                case .loading(let loader) where loader == lifecycle.loaderId:
                    try settle(&job, in: tab)
                default:
                    return
                }
            case "Inspector.targetCrashed":
                throw failure(job, "the tab printing it crashed")
            default:
                return
            }
        }

        private mutating func settle(_ job: inout Job, in tab: Int) throws(PDFPrintError) {
            job.step = .settling
            jobs[tab] = job
            try send("Runtime.evaluate", DevTools.Evaluate(expression: PrintScheduler.readiness), for: job, in: tab)
        }

        private mutating func print(_ job: inout Job, numbered: Bool, in tab: Int) throws(PDFPrintError) {
            job.step = .printing(numbered: numbered)
            jobs[tab] = job
            let parameters = numbered ? DevTools.PrintToPDF.numbered(footer: scheduler.footerTemplate) : .plain
            try send("Page.printToPDF", parameters, for: job, in: tab)
        }

        // MARK: Plumbing

        private mutating func send(_ method: String, _ params: some Encodable, for job: Job, in tab: Int) throws(PDFPrintError) {
            do {
                let id = try scheduler.connection.send(method, params, session: tabs[tab].session, until: job.deadline)
                awaiting[id] = tab
            } catch {
                throw failure(job, ChromiumBrowser.explain(error, waited: scheduler.timeout))
            }
        }

        private func decode<T: Decodable>(_ type: T.Type, from message: DevToolsMessage, for job: Job) throws(PDFPrintError) -> T {
            do {
                return try message.result(type)
            } catch {
                throw failure(job, "unexpected answer from Chromium: \(error)")
            }
        }

        private func pdf(from message: DevToolsMessage, for job: Job) throws(PDFPrintError) -> PrintedPDF {
            let printed = try decode(DevTools.PrintedToPDF.self, from: message, for: job)
            guard let data = Data(base64Encoded: printed.data) else {
                throw failure(job, "Chromium's PDF data is not valid base64")
            }
            let bytes = [UInt8](data)
            guard let pages = PDFPageCount.count(bytes) else {
                throw failure(job, "the PDF Chromium produced has no readable page tree")
            }
            return PrintedPDF(data: bytes, pageCount: pages)
        }

        /// The error for the first job past its deadline, if any.
        private func expired() -> PDFPrintError? {
            guard let late = jobs.compactMap({ $0 }).filter({ $0.deadline.hasPassed }).min(by: { $0.index < $1.index }) else {
                return nil
            }
            return failure(late, "not printed within \(scheduler.timeout) (Chromium is stuck or the page never finishes loading)")
        }

        private func failure(_ job: Job?, _ reason: String) -> PDFPrintError {
            PDFPrintError(document: job?.request.source.path(percentEncoded: false), reason: reason)
        }
    }
}
