import RelancePublish
import RelanceCore

/// `manifest.sha256`: one line per file of the folder in `sha256sum` format (hash, two spaces, path),
/// sorted by path, so that `sha256sum -c manifest.sha256` run in the folder checks every exhibit and
/// generated document. The manifest does not list itself, nor the ZIP and PDF built after it.
enum CaseManifest {
    /// `digests[i]` is the SHA-256 of `documents[i]`, computed once for this and the folder's digest.
    static func text(_ documents: [CaseFileDocument], digests: [FolderDigest.File]) -> String {
        precondition(documents.count == digests.count, "one digest per document")
        return documents.indices
            .sorted { documents[$0].path.precedesInCodePointOrder(documents[$1].path) }
            .map { "\(digests[$0].hex)  \(documents[$0].path)\n" }
            .joined()
    }
}
