import Foundation

/// A book as one text, in the txtar style of Hugo's tests: each file starts at a line `-- path --`
/// and runs to the next such line; what comes before the first is a comment. A test states its
/// whole book in one string, changes a file by its path, and writes the book to a folder. Every
/// test that writes a book writes it through here.
///
///     var book = BookFixture("""
///         -- relance.toml --
///         [creditor]
///         name = "Test SARL"
///         -- debtors.csv --
///         id,name,type
///         D1,Client Un,business
///         """)
///     book["attachments/invoices/F1.pdf"] = "%PDF-1.4\n"
///     try book.write(to: folder)
package struct BookFixture: Sendable {
    /// In the order they were given.
    package private(set) var paths: [String] = []
    private var contents: [String: [UInt8]] = [:]

    package init(_ archive: String = "") {
        var lines = archive.split(separator: "\n", omittingEmptySubsequences: false)
        // After a final line break there is no line, only the end of the text.
        if archive.hasSuffix("\n") { lines.removeLast() }
        var current: String?
        var text = ""
        for line in lines {
            if let path = Self.marker(line) {
                if let current { self[current] = text }
                current = path
                text = ""
            } else if current != nil {
                text += line + "\n"
            }
        }
        if let current {
            // The archive's last line ends with a line break only if the archive does.
            self[current] = archive.hasSuffix("\n") ? text : String(text.dropLast())
        }
    }

    /// `-- path --`: the start of a file.
    private static func marker(_ line: Substring) -> String? {
        guard line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 else { return nil }
        return String(line.dropFirst(3).dropLast(3))
    }

    /// A file's text; nil removes it.
    package subscript(path: String) -> String? {
        get { contents[path].map { String(decoding: $0, as: UTF8.self) } }
        set { self[bytes: path] = newValue.map { Array($0.utf8) } }
    }

    /// A file's bytes (for files that are not UTF-8 text); nil removes it.
    package subscript(bytes path: String) -> [UInt8]? {
        get { contents[path] }
        set {
            if let newValue {
                if contents[path] == nil { paths.append(path) }
                contents[path] = newValue
            } else {
                contents[path] = nil
                paths.removeAll { $0 == path }
            }
        }
    }

    /// Writes every file under `folder`, creating the folders it needs.
    package func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for path in paths {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents[path]!).write(to: file)
        }
    }

    // The book's own files by name, for tests that change one of them.
    package var toml: String {
        get { self["relance.toml"] ?? "" }
        set { self["relance.toml"] = newValue }
    }
    package var debtors: String {
        get { self["debtors.csv"] ?? "" }
        set { self["debtors.csv"] = newValue }
    }
    package var ledger: String {
        get { self["ledger.csv"] ?? "" }
        set { self["ledger.csv"] = newValue }
    }
    package var interactions: String {
        get { self["interactions.csv"] ?? "" }
        set { self["interactions.csv"] = newValue }
    }
}

/// The fixtures more than one test target reads, committed once under `Tests/Support/Fixtures`.
package enum SharedFixtures {
    package static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The worked example of the book contract, and the summary.json a build of it on its pinned
    /// date must give.
    package static let workedBook = folder.appendingPathComponent("worked-book")
    package static let workedBookSummary = folder.appendingPathComponent("worked-book.expected-summary.json")
}
