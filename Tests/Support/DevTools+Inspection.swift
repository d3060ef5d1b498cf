import RelancePDF
/// The DevTools Protocol commands and events `PageInspector` uses beyond the printer's.
/// Reference: https://chromedevtools.github.io/devtools-protocol/ (Emulation, Page, Runtime, Log).
extension DevTools {
    /// `Emulation.setDeviceMetricsOverride`: a desktop window of a fixed size, so that screenshots
    /// do not depend on Chromium's default headless window.
    struct SetDeviceMetrics: Encodable {
        let width: Int
        let height: Int
        let deviceScaleFactor = 1
        let mobile = false
    }

    /// `Emulation.setEmulatedMedia`: lay pages out for `print`, as Chromium does when printing.
    struct SetEmulatedMedia: Encodable { let media: String }

    /// `Emulation.setScrollbarsHidden`: no scrollbar taking width from the layout.
    struct SetScrollbarsHidden: Encodable { let hidden = true }

    /// `Page.captureScreenshot` of the viewport.
    struct CaptureScreenshot: Encodable { let format = "png" }
    struct CapturedScreenshot: Decodable { let data: String }

    /// `Runtime.exceptionThrown`: an exception no script caught.
    struct ExceptionThrown: Decodable {
        struct Details: Decodable {
            struct Exception: Decodable { let description: String? }
            let text: String
            let url: String?
            let lineNumber: Int?
            let exception: Exception?
        }
        let exceptionDetails: Details
    }

    /// `Log.entryAdded`: what Chromium itself reports about the page (CSP violations, failed
    /// loads, deprecations); only level "error" counts.
    struct LogEntryAdded: Decodable {
        struct Entry: Decodable {
            let source: String
            let level: String
            let text: String
            let url: String?
        }
        let entry: Entry
    }

    /// `Runtime.consoleAPICalled`: the page called `console.*`; only type "error" counts.
    struct ConsoleAPICalled: Decodable {
        struct Argument: Decodable {
            let value: String?
            let description: String?
        }
        let type: String
        let args: [Argument]
    }
}
