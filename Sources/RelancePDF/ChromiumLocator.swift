import Foundation

/// Finds the Chromium (or Chrome) that prints PDFs: `--chromium PATH`, then `RELANCE_CHROMIUM`,
/// then on `PATH` the headless shells (`chromium-headless-shell`, `chrome-headless-shell`), then
/// `chromium`, `chromium-browser`, `google-chrome`, `google-chrome-stable`.
/// Nil when none is installed: PDFs are optional, the build then writes HTML only and says
/// `installAdvice`.
///
/// The headless shell comes first: it is the same Blink without the desktop browser around it,
/// and printed the PDF book with 12–20 % less processor time than `chromium --headless`, the same
/// bytes for the letters (Tests/Benchmarks/RESULTS.md).
public enum ChromiumLocator {
    public static let environmentVariable = "RELANCE_CHROMIUM"
    public static let installAdvice = "apt-get install chromium-headless-shell"

    static let locator = ToolLocator(
        tool: "Chromium", option: "--chromium", environmentVariable: environmentVariable,
        names: ["chromium-headless-shell", "chrome-headless-shell", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"],
        installAdvice: installAdvice)

    public static func locate(
        explicit: URL?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ToolLocatorError) -> URL? {
        try locator.locate(explicit: explicit, environment: environment)
    }
}
