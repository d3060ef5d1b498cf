import Crypto
import Foundation
import RelanceCore
import Testing
@testable import RelanceBook

@Suite("The book's bytes for fingerprints")
struct BookSourcesTests {
    private static let ledger = "date;kind;reference;debtor;amount;due_date;applies_to;label\n"
        + "2026-01-05;invoice;F1;D1;100.00;2026-02-04;;\"two\nlines\"\n"
        + "2026-01-06;invoice;F2;D1;50.00;2026-02-05;;plain\n"

    @Test func aRowRunsToTheNextRowAndHeadersAndSettingsAreShared() throws {
        let temp = try TemporaryBook(ledger: Self.ledger)
        let book = try temp.book()
        let sources = BookSources(folder: temp.folder, book: book)
        #expect(sources.rowDigest(at: book.ledger[0].location).map(Array.init)
                == Self.digest("2026-01-05;invoice;F1;D1;100.00;2026-02-04;;\"two\nlines\"\n"))
        #expect(sources.rowDigest(at: book.ledger[1].location).map(Array.init)
                == Self.digest("2026-01-06;invoice;F2;D1;50.00;2026-02-05;;plain\n"))
        #expect(sources.rowDigest(at: SourceLocation(file: "ledger.csv", line: 99)) == nil)
        #expect(sources.rowDigest(at: SourceLocation(file: "ledger.csv", line: 3)) == nil, "the second line of a row starts no row")
        let shared = try #require(sources.shared)
        #expect(shared.map(\.name) == ["debtors.csv", "interactions.csv", "ledger.csv", "relance.toml"])
        #expect(shared.first { $0.name == "ledger.csv" }.map { String(decoding: $0.bytes, as: UTF8.self) }
                == "date;kind;reference;debtor;amount;due_date;applies_to;label\n")
        #expect(shared.last.map { String(decoding: $0.bytes, as: UTF8.self) } == TemporaryBook.defaultToml)
    }

    /// A file is streamed in pieces: rows, the header and quoted line breaks that straddle two
    /// pieces give the same digests as a file read whole.
    @Test func piecesOfAnySizeGiveTheSameDigests() throws {
        let temp = try TemporaryBook(ledger: Self.ledger)
        let path = temp.folder.appendingPathComponent("ledger.csv").path
        let whole = try #require(try RowDigests(path: path, rowStarts: [2, 4], expected: nil))
        #expect(whole.head == Array("date;kind;reference;debtor;amount;due_date;applies_to;label\n".utf8))
        #expect(whole.digest(ofRowAt: 2).map(Array.init) == Self.digest("2026-01-05;invoice;F1;D1;100.00;2026-02-04;;\"two\nlines\"\n"))
        for size in [1, 2, 3, 7, 61, 62, 63, 64] {
            let pieces = try #require(try RowDigests(path: path, rowStarts: [2, 4], expected: nil, pieceSize: size))
            #expect(pieces.head == whole.head, "pieces of \(size) bytes")
            for line in [2, 4] {
                #expect(pieces.digest(ofRowAt: line) == whole.digest(ofRowAt: line), "pieces of \(size) bytes, line \(line)")
            }
        }
    }

    private static func digest(_ row: String) -> [UInt8] { Array(SHA256.hash(data: Array(row.utf8))) }

    /// A fingerprint made of bytes the build did not compute from would let the next build carry a
    /// stale folder over.
    @Test func aFileChangedSinceTheBookWasReadYieldsNothing() throws {
        let temp = try TemporaryBook(ledger: Self.ledger)
        let book = try temp.book()
        try temp.write("ledger.csv", Self.ledger + "2026-01-07;invoice;F3;D1;10.00;2026-02-06;;late\n")
        let sources = BookSources(folder: temp.folder, book: book)
        #expect(sources.shared == nil)
        #expect(sources.rowDigest(at: book.ledger[0].location) == nil)
        #expect(sources.rowDigest(at: book.debtors[0].location) != nil)
    }

    @Test func theReaderStampsEveryFileItReads() throws {
        let temp = try TemporaryBook()
        try temp.write("rates/extra.csv", "half_year;ecb;legal_private;legal_other\n")
        let stamps = try temp.book().sourceStamps
        #expect(stamps.keys.sorted() == ["debtors.csv", "interactions.csv", "ledger.csv", "rates/extra.csv", "relance.toml"])
        #expect(stamps["debtors.csv"]?.size == TemporaryBook.defaultDebtors.utf8.count)
    }
}
