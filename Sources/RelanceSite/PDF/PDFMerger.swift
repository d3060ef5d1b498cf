import Foundation

/// Joins PDFs into one, in order, with qpdf: the batch of letters, and a case file's cover,
/// statement and exhibits. qpdf is optional like Chromium: `locate` returns nil when it is not
/// installed, and the caller then prints the batch's HTML directly (`missingAdvice` says what to
/// install).
///
/// The output carries no timestamp and a document id derived from its content
/// (`--deterministic-id`), so joining the same PDFs twice gives the same bytes.
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

    /// Writes the pages of `inputs`, in order, to `output` (replaced if it exists).
    public func merge(_ inputs: [URL], into output: URL) throws(PDFMergeError) {
        let outputPath = output.path(percentEncoded: false)
        guard !inputs.isEmpty else { throw PDFMergeError(output: outputPath, reason: "nothing to join") }
        // Absolute paths: a file name starting with "-" or looking like a page range stays a file.
        let inputPaths = inputs.map { $0.absoluteURL.path(percentEncoded: false) }
        let arguments = ["--empty", "--deterministic-id", "--pages"] + inputPaths + ["--", output.absoluteURL.path(percentEncoded: false)]
        let outcome: ToolRun.Outcome
        do {
            outcome = try ToolRun.run(qpdf.path(percentEncoded: false), arguments, timeout: timeout)
        } catch {
            throw PDFMergeError(output: outputPath, reason: error.description)
        }
        // 0: done; 3: done with warnings (a slightly damaged input qpdf repaired); 2: errors.
        guard outcome.status == 0 || outcome.status == 3 else {
            let said = outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)
            throw PDFMergeError(output: outputPath, reason: "qpdf failed (exit status \(outcome.status))" + (said.isEmpty ? "" : ": " + said))
        }
    }

    /// Joins PDFs held in memory, through a temporary folder removed afterwards.
    public func merge(_ documents: [[UInt8]]) throws(PDFMergeError) -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appending(path: "relance-merge-\(UUID().uuidString)", directoryHint: .isDirectory)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            var inputs: [URL] = []
            for (index, document) in documents.enumerated() {
                let input = folder.appending(path: "\(index).pdf")
                try Data(document).write(to: input)
                inputs.append(input)
            }
            let output = folder.appending(path: "joined.pdf")
            try merge(inputs, into: output)
            return [UInt8](try Data(contentsOf: output))
        } catch let error as PDFMergeError {
            throw error
        } catch {
            throw PDFMergeError(output: nil, reason: "cannot use a temporary folder: \(error)")
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
