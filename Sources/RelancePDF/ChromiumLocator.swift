import Foundation

/// Finds the Chromium (or Chrome) that prints PDFs: `--chromium PATH`, then `RELANCE_CHROMIUM`,
/// then `chromium`, `chromium-browser`, `google-chrome`, `google-chrome-stable` on `PATH`.
/// Nil when none is installed: PDFs are optional, the build then writes HTML only and says
/// `installAdvice`.
public enum ChromiumLocator {
    public static let environmentVariable = "RELANCE_CHROMIUM"
    public static let installAdvice = "apt-get install chromium"

    static let locator = ToolLocator(
        tool: "Chromium", option: "--chromium", environmentVariable: environmentVariable,
        names: ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"],
        installAdvice: installAdvice)

    public static func locate(
        explicit: URL?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ToolLocatorError) -> URL? {
        try locator.locate(explicit: explicit, environment: environment)
    }
}
