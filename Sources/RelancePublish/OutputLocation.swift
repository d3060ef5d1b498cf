import Foundation

/// The output folder and its staging folder, both canonical, once the safety rules have passed.
/// A build replaces the whole output folder, so every rule guards something a user would lose.
struct OutputLocation: Sendable {
    let out: String
    let staging: String

    static func validate(out outURL: URL, book bookURL: URL, home: String?) throws -> OutputLocation {
        let out = CanonicalPath.of(outURL)
        let book = CanonicalPath.of(bookURL)
        let staging = out + PublishNames.stagingSuffix

        if out == "/" {
            throw OutputSafetyError(.filesystemRoot, path: out, reason: "it is the root of the file system")
        }
        if let home, !home.isEmpty {
            let home = CanonicalPath.of(home)
            if CanonicalPath.isSameOrInside(home, out) {
                let what = home == out ? "it is your home folder" : "it contains your home folder \(home)"
                throw OutputSafetyError(.homeFolder, path: out, reason: "\(what), and a build replaces the whole output folder")
            }
        }
        // The staging folder is checked too: a book named `<out>.partial` would be removed as stale.
        try checkApart(out, from: book, role: "output folder")
        try checkApart(staging, from: book, role: "staging folder")

        let parent = CanonicalPath.split(out).parent
        guard PublishFS.kind(parent) == .folder else {
            throw OutputSafetyError(.missingParent, path: out, reason: "its parent folder \(parent) does not exist; create it first")
        }
        switch PublishFS.kind(out) {
        case .missing: break
        case .folder:
            guard isRelanceFolder(out) else {
                throw OutputSafetyError(.foreignFolder, path: out, reason:
                    "it is a non-empty folder that relance did not make (no \(PublishNames.marker) inside), and a build would replace it; empty it, or choose another --out")
            }
        case .file, .other:
            throw OutputSafetyError(.notAFolder, path: out, reason: "it exists and is not a folder")
        }
        switch PublishFS.kind(staging) {
        case .missing: break
        case .folder where isRelanceFolder(staging): break
        default:
            throw OutputSafetyError(.foreignStaging, path: staging, reason:
                "the build needs \(staging) as its staging folder, but something relance did not make is there; move it away or choose another --out")
        }
        return OutputLocation(out: out, staging: staging)
    }

    /// Empty, or carrying the marker: made by relance (a previous output or an interrupted staging).
    static func isRelanceFolder(_ path: String) -> Bool {
        PublishFS.isEmptyFolder(path) || PublishFS.kind(path + "/" + PublishNames.marker) == .file
    }

    private static func checkApart(_ path: String, from book: String, role: String) throws {
        if path == book {
            throw OutputSafetyError(.bookFolder, path: path, reason: "the \(role) would be the book folder itself, and the build would replace the book")
        }
        if CanonicalPath.isSameOrInside(path, book) {
            throw OutputSafetyError(.insideBook, path: path, reason: "the \(role) would be inside the book folder \(book); write the site beside the book")
        }
        if CanonicalPath.isSameOrInside(book, path) {
            throw OutputSafetyError(.containsBook, path: path, reason: "the \(role) would contain the book folder \(book), which the build would swap away")
        }
    }
}
