import Foundation
import Glibc

/// One headless Chromium, started for a batch of documents and talked to over the DevTools pipe.
/// Its profile lives in a fresh temporary folder, removed when the browser is closed.
///
/// Chromium runs in its own process group, so a Ctrl-C at the terminal does not reach it; if the
/// program dies, the kernel closes the pipe and Chromium quits by itself within a fraction of a
/// second (only the temporary profile is then left behind).
package final class ChromiumBrowser {
    package let executable: URL
    package let connection: DevToolsConnection
    private let process: ChildProcess
    /// The browser's process id, also its process group's (for measurements).
    package var processID: Int32 { process.pid }
    /// Holds `profile/` (Chromium's user data) and `stderr.log` (for the error of a failed start).
    package let scratch: URL
    private let log: String
    private let startupTimeout: Duration
    private var isReady = false
    private var isClosed = false

    /// The flags, and why. Chromium starts headless, as a fresh profile that never syncs, updates,
    /// reports or checks anything, and with no network at all: pages are local files and must
    /// print the same on every run, and an unreachable server must not stall a letter.
    package static func arguments(profile: String) -> [String] {
        [
            "--headless",
            // Chromium refuses to run as root (CI containers) with its sandbox; the pages it
            // opens are our own generated files.
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-component-update",
            "--disable-background-networking",
            "--disable-domain-reliability",
            "--disable-breakpad",
            "--no-pings",
            "--metrics-recording-only",
            "--mute-audio",
            // No host name resolves, and anything else goes to a proxy port where nothing
            // listens: a remote resource fails at once instead of being fetched.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=127.0.0.1:9",
            // Docker's default /dev/shm is 64 MB, too small for long documents.
            "--disable-dev-shm-usage",
            // Pages printed side by side are background tabs: no throttling of their timers.
            "--disable-background-timer-throttling",
            "--disable-renderer-backgrounding",
            "--disable-backgrounding-occluded-windows",
            "--remote-debugging-pipe",
            "--user-data-dir=" + profile,
            "about:blank",
        ]
    }

    /// Starts Chromium without waiting for it (see `waitUntilReady`).
    package init(executable: URL, startupTimeout: Duration) throws(PDFPrintError) {
        self.executable = executable
        self.startupTimeout = startupTimeout
        let path = executable.path(percentEncoded: false)
        do {
            scratch = try ScratchFolder.make(.chromium)
        } catch {
            throw PDFPrintError(document: nil, reason: "cannot create a temporary folder for Chromium: \(error)")
        }
        let profile = scratch.appending(path: "profile").path(percentEncoded: false)
        log = scratch.appending(path: "stderr.log").path(percentEncoded: false)

        let child: ChildProcess
        let pipe: DevToolsPipe
        do {
            let browserEnd: Int32
            (pipe, browserEnd) = try DevToolsPipe.make()
            defer { Glibc.close(browserEnd) }
            var descriptors: [Int32: Int32] = [3: browserEnd, 4: browserEnd]
            // Chromium's stderr is mostly D-Bus noise, kept only to explain a failed start.
            let opened = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            let logDescriptor = opened >= 0 ? try ChildProcess.lift(opened) : -1
            defer { if logDescriptor >= 0 { Glibc.close(logDescriptor) } }
            if logDescriptor >= 0 { descriptors[2] = logDescriptor }
            child = try ChildProcess(executable: path, arguments: Self.arguments(profile: profile), descriptors: descriptors)
        } catch {
            try? FileManager.default.removeItem(at: scratch)
            throw PDFPrintError(document: nil, reason: "cannot start Chromium (\(path)): \(error)")
        }
        process = child
        connection = DevToolsConnection(pipe: pipe)
    }

    /// Waits, the first time, until Chromium answers: a wrong program or a broken install fails
    /// here. Starting does not wait, so that Chromium can start while the pages are written.
    package func waitUntilReady() throws(PDFPrintError) {
        guard !isReady else { return }
        let path = executable.path(percentEncoded: false)
        do {
            _ = try connection.call("Browser.getVersion", returning: DevToolsConnection.Empty.self, until: Deadline(after: startupTimeout))
            isReady = true
        } catch {
            // Whether it died by itself (a crash, a program that is not Chromium) or hung.
            let exitStatus = process.waitForExit(until: Deadline(after: .seconds(1)))
            let output = Self.tail(of: log)
            close(gracefully: false)
            var reason = "Chromium (\(path)) did not start: " + Self.explain(error, waited: startupTimeout)
            if let exitStatus { reason += " (exit status \(exitStatus))" }
            if !output.isEmpty { reason += "\nIts last words:\n" + output }
            throw PDFPrintError(document: nil, reason: reason)
        }
    }

    deinit { close() }

    /// Asks Chromium to quit, waits a little, then kills what is left; removes the profile.
    /// Not gracefully: kills at once (a browser that did not start).
    package func close(gracefully: Bool = true) {
        guard !isClosed else { return }
        isClosed = true
        let grace = Deadline(after: .seconds(3))
        if gracefully, isReady, (try? connection.send("Browser.close", until: grace)) != nil {
            process.waitForExit(until: grace)
        }
        process.stop()
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Describes a failed exchange with the browser for an error message.
    package static func explain(_ error: any Error, waited: Duration) -> String {
        switch error {
        case DevToolsPipeError.closed: return "Chromium exited or crashed"
        case DevToolsPipeError.timedOut: return "no answer within \(waited)"
        case DevToolsPipeError.failed(let reason): return "DevTools pipe failed: \(reason)"
        default: return String(describing: error)
        }
    }

    /// The last lines Chromium wrote on stderr, for a failed start.
    private static func tail(of log: String) -> String {
        guard let data = FileManager.default.contents(atPath: log) else { return "" }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").suffix(8)
        return lines.map { "  " + $0 }.joined(separator: "\n")
    }
}
