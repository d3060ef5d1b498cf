import Foundation
import Testing
@testable import RelancePublish

/// Every refusal happens before anything is created or removed.
@Suite struct PublishSafetyTests {
    private func refusal(out: URL, book: URL, home: String? = nil) -> OutputSafetyError.Rule? {
        do {
            _ = try Publisher(out: out, book: book, home: home)
            return nil
        } catch let error as OutputSafetyError {
            #expect(!error.description.isEmpty)
            return error.rule
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func refusesTheFileSystemRoot() throws {
        let temp = try PublishTempFolder()
        #expect(refusal(out: URL(fileURLWithPath: "/"), book: try temp.makeBook()) == .filesystemRoot)
        #expect(refusal(out: temp.url("a/../../../../../../../.."), book: try temp.makeBook()) == .filesystemRoot)
    }

    @Test func refusesTheHomeFolder() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        let home = temp.url("home/me")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let homePath = home.path(percentEncoded: false)

        #expect(refusal(out: home, book: book, home: homePath) == .homeFolder)
        #expect(refusal(out: temp.url("home/me/sub/.."), book: book, home: homePath) == .homeFolder)
        #expect(refusal(out: temp.url("home"), book: book, home: homePath) == .homeFolder)
        #expect(!PublishProbe.exists(temp.url("home/me.partial")))
    }

    @Test func refusesTheRealHomeFolder() throws {
        let temp = try PublishTempFolder()
        guard let home = ProcessInfo.processInfo.environment["HOME"], home != "/" else { return }
        #expect(throws: OutputSafetyError.self) {
            _ = try Publisher(out: URL(fileURLWithPath: home), book: try temp.makeBook())
        }
    }

    @Test func refusesTheBookItselfAndFoldersInsideIt() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        #expect(refusal(out: book, book: book) == .bookFolder)
        #expect(refusal(out: temp.url("book/site"), book: book) == .insideBook)
        #expect(refusal(out: temp.url("book/x/../site"), book: book) == .insideBook)
        #expect(!PublishProbe.exists(temp.url("book/site.partial")))
    }

    @Test func refusesAFolderThatContainsTheBook() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook("work/books/mine")
        #expect(refusal(out: temp.url("work"), book: book) == .containsBook)
        #expect(refusal(out: temp.url("work/books"), book: book) == .containsBook)
    }

    @Test func refusesAnOutputWhoseStagingFolderWouldBeTheBook() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook("site.partial")
        #expect(refusal(out: temp.url("site"), book: book) == .bookFolder)
        #expect(PublishProbe.exists(book.appending(path: "book.toml")))
    }

    @Test func seesThroughSymlinksToTheBook() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        try FileManager.default.createSymbolicLink(at: temp.url("alias"), withDestinationURL: book)
        #expect(refusal(out: temp.url("alias"), book: book) == .bookFolder)
        #expect(refusal(out: temp.url("alias/site"), book: book) == .insideBook)
    }

    @Test func refusesANonEmptyFolderThatRelanceDidNotMake() throws {
        let temp = try PublishTempFolder()
        try temp.makeFile("documents/thesis.tex", "precious")
        #expect(refusal(out: temp.url("documents"), book: try temp.makeBook()) == .foreignFolder)
        #expect(PublishProbe.text(temp.url("documents/thesis.tex")) == "precious")
        #expect(!PublishProbe.exists(temp.url("documents.partial")))
    }

    @Test func acceptsAnEmptyFolder() throws {
        let temp = try PublishTempFolder()
        try FileManager.default.createDirectory(at: temp.url("site"), withIntermediateDirectories: true)
        try PublishProbe.publish(["index.html": "x"], out: temp.url("site"), book: try temp.makeBook())
        #expect(PublishProbe.text(temp.url("site/index.html")) == "x")
    }

    @Test func refusesAnExistingFile() throws {
        let temp = try PublishTempFolder()
        try temp.makeFile("site", "not a folder")
        #expect(refusal(out: temp.url("site"), book: try temp.makeBook()) == .notAFolder)
        #expect(PublishProbe.text(temp.url("site")) == "not a folder")
    }

    @Test func refusesAStagingNameTakenBySomethingElse() throws {
        let temp = try PublishTempFolder()
        try temp.makeFile("site.partial/notes.txt", "mine")
        #expect(refusal(out: temp.url("site"), book: try temp.makeBook()) == .foreignStaging)
        #expect(PublishProbe.text(temp.url("site.partial/notes.txt")) == "mine")
    }

    @Test func refusesAnOutputWhoseParentIsMissing() throws {
        let temp = try PublishTempFolder()
        #expect(refusal(out: temp.url("no/such/site"), book: try temp.makeBook()) == .missingParent)
        #expect(!PublishProbe.exists(temp.url("no")))
    }

    @Test(arguments: ["../escape.html", "a/../../b", "/etc/passwd", "", "a//b", "a/", "./a", ".relance-output", ".relance-old/x"])
    func refusesPathsThatCouldLeaveTheOutput(path: String) throws {
        let temp = try PublishTempFolder()
        let publisher = try Publisher(out: temp.url("site"), book: try temp.makeBook())
        let error = #expect(throws: OutputSafetyError.self) { try publisher.write("x", to: path) }
        #expect(error?.rule == .unsafeRelativePath)
        #expect(!PublishProbe.exists(temp.url("escape.html")))
    }
}
