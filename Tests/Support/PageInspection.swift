import RelancePDF
/// What a reader gets from one page in headless Chromium (see `PageInspector`).
public struct PageInspection: Sendable {
    /// `data-script` on `<html>` once the page has loaded: "ok" when `relance.js` ran to the end,
    /// "error: …" after an error; nil when no script set it (not run, or blocked).
    public let scriptMarker: String?
    /// Exceptions the page threw and errors it logged (Content-Security-Policy violations, files
    /// that failed to load, `console.error`), in the order they came.
    public let errors: [String]
    /// From asking for the page to its "load" event: the document, its style sheet and script.
    public let loadTime: Duration
    /// The viewport as a PNG image.
    public let screenshot: [UInt8]
    /// How wide the page's content is, in CSS pixels (`scrollWidth`): more than the window's
    /// width when something runs past its right edge.
    public let contentWidth: Int
}

/// Chromium could not open or inspect a page.
public struct PageInspectionError: Error, CustomStringConvertible, Sendable {
    /// The page's path, or nil for a failure of the browser itself.
    public let page: String?
    public let reason: String

    public var description: String {
        guard let page else { return "Chromium: \(reason)" }
        return "cannot inspect \(page) in Chromium: \(reason)"
    }
}
