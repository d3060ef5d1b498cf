import Foundation
import Synchronization
import Testing
@testable import RelancePublish

@Suite struct PublisherTests {
    @Test func firstPublishCreatesTheOutputWithItsMarker() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        let out = temp.url("site")
        try temp.makeFile("attachment.pdf", "%PDF-fake")

        let publisher = try Publisher(out: out, book: book)
        try publisher.write("<p>home</p>", to: "index.html")
        try publisher.write(Array("{}".utf8), to: "summary.json")
        try publisher.copy(from: temp.url("attachment.pdf"), to: "debtors/acme/files/invoice.pdf")
        let report = try publisher.commit()

        #expect(report == PublishReport(written: 3, unchanged: 0))
        #expect(PublishProbe.listing(out) == [".relance-output", "debtors/acme/files/invoice.pdf", "index.html", "summary.json"])
        #expect(PublishProbe.text(out.appending(path: "index.html")) == "<p>home</p>")
        #expect(PublishProbe.text(out.appending(path: "debtors/acme/files/invoice.pdf")) == "%PDF-fake")
        #expect(!PublishProbe.exists(temp.url("site.partial")))
        #expect(PublishProbe.info(out.appending(path: "index.html")).st_mode & 0o7777 == 0o644)
        #expect(PublishProbe.info(out.appending(path: "debtors/acme")).st_mode & 0o7777 == 0o755)
    }

    /// A debtor's page is digested from its bytes as it is written; the digest must be the one the
    /// staging folder gives, or a rebuild would never carry the page over.
    @Test func aPageDigestedInMemoryMatchesTheStagedDigest() throws {
        let temp = try PublishTempFolder()
        let publisher = try Publisher(out: temp.url("site"), book: try temp.makeBook())
        let page = Array("<p>Débiteur ACME — 1 234,56 €</p>".utf8)
        try publisher.write(page, to: "debtors/acme.html")
        #expect(FolderDigest.of(file: "debtors/acme.html", bytes: page) == publisher.stagedDigest(under: ["debtors/acme.html"]))
        #expect(FolderDigest.of(file: "debtors/acme.html", bytes: page + [0x0A]) != publisher.stagedDigest(under: ["debtors/acme.html"]))
        publisher.abandon()
    }

    /// A letter's page and e-mail are digested together, in the order `stagedDigest` lists them.
    @Test func filesDigestedInMemoryMatchTheStagedDigest() throws {
        let temp = try PublishTempFolder()
        let publisher = try Publisher(out: temp.url("site"), book: try temp.makeBook())
        let page = Array("<p>Relance n° 1</p>".utf8), message = Array("Subject: Relance\r\n\r\nbody".utf8)
        try publisher.write(page, to: "letters/R1.html")
        try publisher.write(message, to: "letters/R1.eml")
        let staged = publisher.stagedDigest(under: ["letters/R1.html", "letters/R1.eml"])
        #expect(FolderDigest.of(files: [("letters/R1.html", page), ("letters/R1.eml", message)]) == staged)
        #expect(FolderDigest.of(files: [("letters/R1.eml", message), ("letters/R1.html", page)]) != staged)
        // The path and the length frame each file: moving bytes from one file to the next changes the digest.
        #expect(FolderDigest.of(files: [("letters/R1.html", page + message.prefix(1)), ("letters/R1.eml", Array(message.dropFirst()))]) != staged)
        publisher.abandon()
    }

    /// A bundled debtor's page and folder, digested from the bytes written when no PDF joins them
    /// later: the folder's files must come in the order the staged folder's walk lists them.
    @Test func aFolderDigestedInMemoryInWalkOrderMatchesTheStagedDigest() throws {
        let temp = try PublishTempFolder()
        let publisher = try Publisher(out: temp.url("site"), book: try temp.makeBook())
        let page: (relativePath: String, bytes: [UInt8]) = ("debtors/acme.html", Array("<p>ACME</p>".utf8))
        // Written in no particular order; `a-b.html` sorts before `a/…` as a path, after `a` as a name.
        let folder: [(relativePath: String, bytes: [UInt8])] = [
            ("debtors/acme/index.html", Array("cover".utf8)), ("debtors/acme/a-b.html", Array("ab".utf8)),
            ("debtors/acme/a/z.css", Array("z".utf8)), ("debtors/acme/a/x.html", Array("x".utf8)),
            ("debtors/acme/acme.zip", Array("PK".utf8)),
        ]
        for file in [page] + folder { try publisher.write(file.bytes, to: file.relativePath) }
        let staged = publisher.stagedDigest(under: ["debtors/acme.html", "debtors/acme"])
        #expect(staged != nil)
        let hashed = folder.map { FolderDigest.File(relativePath: $0.relativePath, bytes: $0.bytes) }
        let pageHashed = FolderDigest.File(relativePath: page.relativePath, bytes: page.bytes)
        #expect(FolderDigest.of([pageHashed] + FolderDigest.inWalkOrder(hashed)) == staged)
        #expect(FolderDigest.of([pageHashed] + hashed.sorted { $0.relativePath < $1.relativePath }) != staged)
        publisher.abandon()
    }

    @Test func secondPublishReplacesTheContentAndDropsFilesNoLongerProduced() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        let out = temp.url("site")
        try PublishProbe.publish(["a.html": "A1", "old/b.html": "B"], out: out, book: book)

        let report = try PublishProbe.publish(["a.html": "A2", "c.html": "C"], out: out, book: book)

        #expect(report == PublishReport(written: 2, unchanged: 0))
        #expect(PublishProbe.listing(out) == [".relance-output", "a.html", "c.html"])
        #expect(PublishProbe.text(out.appending(path: "a.html")) == "A2")
        #expect(!PublishProbe.exists(temp.url("site.partial")))
    }

    @Test func unchangedFilesAreHardLinkedAndCounted() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        let out = temp.url("site")
        try temp.makeFile("logo.svg", "<svg/>")
        let first = try Publisher(out: out, book: book)
        try first.write("same", to: "same.html")
        try first.write("abcd", to: "sameSize.html")
        try first.write("short", to: "grows.html")
        try first.copy(from: temp.url("logo.svg"), to: "assets/logo.svg")
        _ = try first.commit()
        let sameBefore = PublishProbe.info(out.appending(path: "same.html"))
        let logoBefore = PublishProbe.info(out.appending(path: "assets/logo.svg"))
        let sizeBefore = PublishProbe.info(out.appending(path: "sameSize.html"))

        let second = try Publisher(out: out, book: book)
        try second.write("same", to: "same.html")
        try second.write("abcX", to: "sameSize.html")  // same size, different bytes
        try second.write("longer now", to: "grows.html")
        try second.copy(from: temp.url("logo.svg"), to: "assets/logo.svg")
        let report = try second.commit()

        #expect(report == PublishReport(written: 2, unchanged: 2))
        #expect(PublishProbe.info(out.appending(path: "same.html")).st_ino == sameBefore.st_ino)
        #expect(PublishProbe.info(out.appending(path: "assets/logo.svg")).st_ino == logoBefore.st_ino)
        #expect(PublishProbe.info(out.appending(path: "assets/logo.svg")).st_ino == logoBefore.st_ino)
        #expect(PublishProbe.info(out.appending(path: "sameSize.html")).st_ino != sizeBefore.st_ino)
        #expect(PublishProbe.text(out.appending(path: "sameSize.html")) == "abcX")
        // The old output is gone, so the kept file has one name again.
        #expect(PublishProbe.info(out.appending(path: "same.html")).st_nlink == 1)
    }

    /// A file written in pieces is staged whole, and linked to the previous one when it is the same.
    @Test func aFileWrittenInPiecesIsWholeAndLinkedWhenUnchanged() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        let out = temp.url("site")
        func publish(_ pieces: [String]) throws -> PublishReport {
            let publisher = try Publisher(out: out, book: book)
            try publisher.write(to: "data/summary.json") { append in for piece in pieces { try append(Array(piece.utf8)) } }
            return try publisher.commit()
        }
        #expect(try publish(["{", "\"a\" : 1", "}"]) == PublishReport(written: 1, unchanged: 0))
        #expect(PublishProbe.text(out.appending(path: "data/summary.json")) == "{\"a\" : 1}")
        let before = PublishProbe.info(out.appending(path: "data/summary.json"))
        #expect(try publish(["{\"a\" : ", "1}"]) == PublishReport(written: 0, unchanged: 1))
        #expect(PublishProbe.info(out.appending(path: "data/summary.json")).st_ino == before.st_ino)
        #expect(try publish(["{\"a\" : 2}"]) == PublishReport(written: 1, unchanged: 0))
        #expect(PublishProbe.text(out.appending(path: "data/summary.json")) == "{\"a\" : 2}")
        #expect(!FileManager.default.fileExists(atPath: out.appending(path: "data/summary.json.relance-staged").path))
    }

    @Test func abandonLeavesThePreviousOutputUntouched() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        let out = temp.url("site")
        try PublishProbe.publish(["index.html": "v1"], out: out, book: book)

        let publisher = try Publisher(out: out, book: book)
        try publisher.write("v2", to: "index.html")
        try publisher.write("new", to: "new.html")
        #expect(PublishProbe.exists(temp.url("site.partial")))
        publisher.abandon()
        publisher.abandon()  // harmless twice

        #expect(PublishProbe.listing(out) == [".relance-output", "index.html"])
        #expect(PublishProbe.text(out.appending(path: "index.html")) == "v1")
        #expect(!PublishProbe.exists(temp.url("site.partial")))
        #expect(throws: PublishError.self) { try publisher.write("late", to: "late.html") }
        #expect(throws: PublishError.self) { try publisher.commit() }
    }

    @Test func aPublisherDroppedWithoutCommitRemovesItsStaging() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        let out = temp.url("site")
        try PublishProbe.publish(["index.html": "v1"], out: out, book: book)

        do {
            let publisher = try Publisher(out: out, book: book)
            try publisher.write("v2", to: "index.html")
        }

        #expect(PublishProbe.text(out.appending(path: "index.html")) == "v1")
        #expect(!PublishProbe.exists(temp.url("site.partial")))
    }

    @Test func aStaleStagingFolderIsRemovedOnTheNextRun() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        let out = temp.url("site")
        try PublishProbe.publish(["index.html": "v1"], out: out, book: book)
        // What a killed build leaves: a marked staging folder with some files.
        try temp.makeFile("site.partial/.relance-output", "marker")
        try temp.makeFile("site.partial/debtors/half-written.html", "<p")

        let report = try PublishProbe.publish(["index.html": "v2"], out: out, book: book)

        #expect(report.total == 1)
        #expect(PublishProbe.listing(out) == [".relance-output", "index.html"])
        #expect(!PublishProbe.exists(temp.url("site.partial")))
    }

    @Test func writingAfterCommitIsRefused() throws {
        let temp = try PublishTempFolder()
        let publisher = try Publisher(out: temp.url("site"), book: try temp.makeBook())
        _ = try publisher.commit()
        #expect(throws: PublishError.self) { try publisher.write("x", to: "x.html") }
        #expect(throws: PublishError.self) { try publisher.commit() }
    }

    @Test func aPathProducedTwiceIsAnError() throws {
        let temp = try PublishTempFolder()
        let publisher = try Publisher(out: temp.url("site"), book: try temp.makeBook())
        try publisher.write("one", to: "page.html")
        let error = #expect(throws: PublishError.self) { try publisher.write("two", to: "page.html") }
        #expect(error?.description.contains("twice") == true)
    }

    @Test func aSecondBuildOfTheSameOutputStopsWhileTheFirstRuns() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        let out = temp.url("site")
        let first = try Publisher(out: out, book: book)
        try first.write("first", to: "index.html")

        let error = #expect(throws: PublishError.self) { _ = try Publisher(out: out, book: book) }
        #expect(error?.description.contains("another relance build") == true)

        _ = try first.commit()
        #expect(PublishProbe.text(out.appending(path: "index.html")) == "first")
        try PublishProbe.publish(["index.html": "second"], out: out, book: book)
        #expect(PublishProbe.text(out.appending(path: "index.html")) == "second")
    }

    @Test func concurrentWritesAllLand() throws {
        let temp = try PublishTempFolder()
        let out = temp.url("site")
        let publisher = try Publisher(out: out, book: try temp.makeBook())
        let failures = Mutex<[String]>([])

        DispatchQueue.concurrentPerform(iterations: 400) { i in
            do {
                try publisher.write("page \(i)", to: "debtors/d\(i % 7)/letters/p\(i).html")
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        let report = try publisher.commit()

        #expect(failures.withLock { $0 } == [])
        #expect(report == PublishReport(written: 400, unchanged: 0))
        #expect(PublishProbe.listing(out).count == 401)
        #expect(PublishProbe.text(out.appending(path: "debtors/d3/letters/p17.html")) == "page 17")
    }

    @Test func aSymlinkedOutputReplacesTheFolderItPointsTo() throws {
        let temp = try PublishTempFolder()
        let book = try temp.makeBook()
        let real = temp.url("www/site")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: temp.url("site"), withDestinationURL: real)

        try PublishProbe.publish(["index.html": "hello"], out: temp.url("site"), book: book)

        #expect(PublishProbe.info(temp.url("site")).st_mode & S_IFMT == S_IFLNK)
        #expect(PublishProbe.text(real.appending(path: "index.html")) == "hello")
        #expect(!PublishProbe.exists(temp.url("www/site.partial")))
    }
}
