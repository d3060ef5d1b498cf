import Foundation

/// What a build's PDFs are made with: each tool's path and the version it gives of itself
/// (`chromium --version`, `qpdf --version`). A bundled folder's fingerprint includes it: after
/// either tool is upgraded or another is chosen, a rebuild prints each case file again rather
/// than keep a PDF that the new tools would lay out or encode otherwise, which a fresh build would
/// not make. The path counts as well as the version: Chromium's headless shell and its desktop
/// browser of the same version place a few glyphs of some case files differently.
public enum PrintingTools {
    /// One line per tool: its path, then the version it gives (nothing when it does not answer).
    public static func versions(chromium: URL, qpdf: URL) -> String {
        [chromium, qpdf].map(version(of:)).joined(separator: "\n")
    }

    static func version(of tool: URL) -> String {
        let path = tool.path(percentEncoded: false)
        // Chromium's launcher script may complain on standard error; the version is on standard output.
        guard let outcome = try? ToolRun.run(path, ["--version"], timeout: .seconds(20), errors: false), outcome.status == 0,
              let line = outcome.output.split(whereSeparator: \.isNewline).first(where: { !$0.allSatisfy(\.isWhitespace) })
        else { return path }
        return path + " " + line.trimmingCharacters(in: .whitespaces)
    }
}
