import Foundation

/// qpdf, which cuts printed batches and assembles letters and case files (`PDFMerger+Assembly`).
/// qpdf is optional like Chromium: `locate` returns nil when it is not installed, and the caller
/// then prints each document alone (`missingAdvice` says what to install).
public struct PDFMerger: Sendable {
    public static let environmentVariable = "RELANCE_QPDF"
    public static let installAdvice = "apt-get install qpdf"
    public static let missingAdvice = "qpdf is not installed: PDFs are not joined (\(installAdvice))"

    static let locator = ToolLocator(
        tool: "qpdf", option: "--qpdf", environmentVariable: environmentVariable,
        names: ["qpdf"], installAdvice: installAdvice)

    public let qpdf: URL
    /// How long one join may take.
    public var timeout: Duration = .seconds(120)

    public init(qpdf: URL) {
        self.qpdf = qpdf
    }

    /// `--qpdf PATH`, then `RELANCE_QPDF`, then `qpdf` on `PATH`; nil when none.
    public static func locate(
        explicit: URL? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ToolLocatorError) -> PDFMerger? {
        try locator.locate(explicit: explicit, environment: environment).map(PDFMerger.init(qpdf:))
    }

    /// Runs qpdf; its exit status 3 (done, with warnings: a slightly damaged input it repaired) is
    /// a success. `output` names the file being written, for the error.
    func runQPDF(_ arguments: [String], output: String) throws(PDFMergeError) {
        let outcome: ToolRun.Outcome
        do {
            outcome = try ToolRun.run(qpdf.path(percentEncoded: false), arguments, timeout: timeout)
        } catch {
            throw PDFMergeError(output: output, reason: error.description)
        }
        guard outcome.status == 0 || outcome.status == 3 else {
            let said = outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)
            throw PDFMergeError(output: output, reason: "qpdf failed (exit status \(outcome.status))" + (said.isEmpty ? "" : ": " + said))
        }
    }
}

/// Joining PDFs failed.
public struct PDFMergeError: Error, CustomStringConvertible, Sendable {
    /// The file that was to be written, if any.
    public let output: String?
    public let reason: String

    public var description: String {
        guard let output else { return "cannot join PDFs: \(reason)" }
        return "cannot join PDFs into \(output): \(reason)"
    }
}
