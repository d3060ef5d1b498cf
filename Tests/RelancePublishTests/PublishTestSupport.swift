@testable import RelancePublish
import Foundation

/// A fresh folder under the system temp folder, removed when the test lets go of it.
final class PublishTempFolder {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appending(path: "relance-publish-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func url(_ relative: String) -> URL { root.appending(path: relative) }

    /// A book folder (its content is irrelevant to the publisher).
    func makeBook(_ relative: String = "book") throws -> URL {
        let book = url(relative)
        try FileManager.default.createDirectory(at: book, withIntermediateDirectories: true)
        try Data("name = \"test\"\n".utf8).write(to: book.appending(path: "book.toml"))
        return book
    }

    func makeFile(_ relative: String, _ text: String) throws {
        let file = url(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
}

/// Reading what the publisher wrote; a namespace so as not to clash with other suites' helpers.
enum PublishProbe {
    static func text(_ url: URL) -> String? {
        (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
    }

    static func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path(percentEncoded: false))
    }

    static func info(_ url: URL) -> stat {
        var info = stat()
        _ = lstat(url.path(percentEncoded: false), &info)
        return info
    }

    /// Every file below `folder`, as sorted relative paths.
    static func listing(_ folder: URL) -> [String] {
        let base = folder.resolvingSymlinksInPath().path(percentEncoded: false)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let enumerator = FileManager.default.enumerator(atPath: base)
        var files: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: prefix + relative, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    /// Publishes `files` (path → text) in one build and returns the report.
    @discardableResult
    static func publish(_ files: [String: String], out: URL, book: URL) throws -> PublishReport {
        let publisher = try Publisher(out: out, book: book)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            try publisher.write(text, to: path)
        }
        return try publisher.commit()
    }
}
