import Foundation
import RelanceTestSupport
import Testing

/// Output safety through the built binary (issue 5, item 9). PublishSafetyTests checks each rule on
/// the publisher; BuildCommandTests a folder inside the book and a foreign folder. These check the
/// other refusals end to end — exit 64, the rule named in the message — and that a refused build
/// changes nothing at all on disk (no staging folder, no file), while an accepted one writes nothing
/// beside `--out` but what it replaces.
@Suite struct OutputSafetyEndToEndTests {
    private final class Scene {
        let temp: TemporaryFolder
        let book: URL

        init(book relative: String = "book") throws {
            temp = try TemporaryFolder()
            book = temp.file(relative)
            try BookFixture.mini.write(to: book)
        }

        /// Builds into `out` with HOME set to `home` (a fake one by default, never the real home).
        func build(out: String, home: URL? = nil) throws -> RelanceBinary.Run {
            let home = home ?? temp.file("fake-home")
            return try RelanceBinary.run(["build", "--book", book.path, "--out", out, "--as-of", "2026-06-15", "--no-pdf"],
                                         in: temp.url, environment: ["HOME": home.path])
        }

        /// Exit 64 with `reason` in the message, and not one entry of the scene created, removed or changed.
        func expectRefused(out: String, home: URL? = nil, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let before = try OutputSafetyEndToEndTests.tree(temp.url)
            let run = try build(out: out, home: home)
            #expect(run.status == 64, "exit \(run.status): \(run.stderr)", sourceLocation: sourceLocation)
            #expect(run.stderr.contains("refusing to use "), "\(run.stderr)", sourceLocation: sourceLocation)
            #expect(run.stderr.contains(reason), "expected «\(reason)» in \(run.stderr)", sourceLocation: sourceLocation)
            #expect(try OutputSafetyEndToEndTests.tree(temp.url) == before, "the refused build changed the disk",
                    sourceLocation: sourceLocation)
        }
    }

    /// Every entry below `root` without following links: path → file bytes, "folder" or the link's target.
    static func tree(_ root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        func walk(_ relative: String) throws {
            let path = relative.isEmpty ? root.path : root.path + "/" + relative
            var info = stat()
            guard lstat(path, &info) == 0 else { return }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                result[relative + "/"] = Data("folder".utf8)
                for name in try FileManager.default.contentsOfDirectory(atPath: path) {
                    try walk(relative.isEmpty ? name : relative + "/" + name)
                }
            case S_IFLNK:
                result[relative] = Data(("link → " + (try FileManager.default.destinationOfSymbolicLink(atPath: path))).utf8)
            default:
                result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        try walk("")
        return result
    }

    @Test func refusesTheBookFolderItselfHoweverSpelt() throws {
        let scene = try Scene()
        try scene.expectRefused(out: scene.book.path, "the output folder would be the book folder itself")
        try scene.expectRefused(out: "book/../book/.", "the output folder would be the book folder itself")
    }

    @Test func refusesAFolderInsideTheBookEvenThroughALink() throws {
        let scene = try Scene()
        try FileManager.default.createSymbolicLink(at: scene.temp.file("alias"), withDestinationURL: scene.book)
        try scene.expectRefused(out: scene.temp.file("alias/site").path, "the output folder would be inside the book folder")
        try scene.expectRefused(out: scene.temp.file("alias").path, "the output folder would be the book folder itself")
        try scene.expectRefused(out: scene.book.appendingPathComponent("attachments").path, "would be inside the book folder")
    }

    @Test func refusesAFolderThatContainsTheBook() throws {
        let scene = try Scene(book: "work/books/mine")
        try scene.expectRefused(out: scene.temp.file("work").path, "the output folder would contain the book folder")
    }

    /// HOME, and the folders above the book, make `/` refused three times over; the message names the first rule.
    @Test func refusesTheRootOfTheFileSystem() throws {
        let scene = try Scene()
        try scene.expectRefused(out: "/", "it is the root of the file system")
        try scene.expectRefused(out: "/tmp/../", "it is the root of the file system")
    }

    @Test func refusesTheHomeFolderAndWhatContainsIt() throws {
        let scene = try Scene()
        let home = scene.temp.file("users/me")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try Data("mes notes".utf8).write(to: home.appendingPathComponent("notes.txt"))
        try scene.expectRefused(out: home.path, home: home, "it is your home folder")
        try scene.expectRefused(out: scene.temp.file("users").path, home: home, "it contains your home folder")
    }

    @Test func refusesANonEmptyFolderThatIsNotAPreviousOutput() throws {
        let scene = try Scene()
        try scene.temp.write("documents/thesis.tex", "precious")
        try scene.expectRefused(out: scene.temp.file("documents").path, "it is a non-empty folder that relance did not make")
        // A lone hidden file is enough to make a folder someone's.
        try scene.temp.write("hidden/.profile", "x")
        try scene.expectRefused(out: scene.temp.file("hidden").path, "it is a non-empty folder that relance did not make")
    }

    @Test func refusesAFileAndAStagingNameTakenBySomethingElse() throws {
        let scene = try Scene()
        try scene.temp.write("report.html", "<p>mine</p>")
        try scene.expectRefused(out: scene.temp.file("report.html").path, "it exists and is not a folder")
        try scene.temp.write("site.partial/draft.txt", "mine too")
        try scene.expectRefused(out: scene.temp.file("site").path, "something relance did not make is there")
    }

    /// Accepted: an empty folder, then that same folder as a previous output. Beside `--out` nothing
    /// is left (the staging folder is gone), and the book is untouched.
    @Test func writesNothingBesideTheOutput() throws {
        let scene = try Scene()
        try FileManager.default.createDirectory(at: scene.temp.file("parent/site"), withIntermediateDirectories: true)
        let book = try Self.tree(scene.book)
        for _ in 0..<2 {
            let run = try scene.build(out: scene.temp.file("parent/site").path)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(Set(try FileManager.default.contentsOfDirectory(atPath: scene.temp.file("parent").path)) == ["site"])
            #expect(scene.temp.exists("parent/site/.relance-output"))
            #expect(scene.temp.exists("parent/site/summary.json"))
        }
        #expect(try Self.tree(scene.book) == book)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: scene.temp.url.path)) == ["book", "parent"])
    }
}
