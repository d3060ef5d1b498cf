import RelancePublish
import RelanceCore

/// `manifest.sha256`: one line per file of the folder in `sha256sum` format (hash, two spaces, path),
/// sorted by path, so that `sha256sum -c manifest.sha256` run in the folder checks every exhibit and
/// generated document. The manifest does not list itself, nor the ZIP and PDF built after it.
enum CaseManifest {
    static func text(_ documents: [CaseFileDocument]) -> String {
        documents
            .sorted { $0.path.precedesInCodePointOrder($1.path) }
            .map { "\(SHA256Hex.of($0.bytes))  \($0.path)\n" }
            .joined()
    }
}
