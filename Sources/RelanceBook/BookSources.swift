import Crypto
import Foundation
import RelanceCore

/// The book's files as digests, for the fingerprints of incremental builds: a SHA-256 of each CSV
/// row, found by the file and line its record was read from, and the whole of the files every
/// debtor depends on. A row runs from its first line to the next row's first line, so a quoted
/// field spanning several lines is whole, and any byte of a row that changes changes its digest,
/// whatever column it is in.
///
/// Read after the computation rather than kept from the first read, and streamed: a 1M ledger is
/// 160 MB, where its rows' digests are 32 bytes each. A file whose size or modification time differs
/// from `Book.sourceStamps` changed since the book was read and yields nothing, so that a
/// fingerprint never describes bytes the computation did not see.
public struct BookSources: BookSourceBytes {
    private let files: [String: RowDigests]
    public let shared: [(name: String, bytes: ArraySlice<UInt8>)]?
    public let fileDigests: [String: BookFileDigest]?

    /// Reads the files `book` was read from, in `folder`.
    public init(folder: URL, book: Book) {
        var lines: [String: [Int]] = [:]
        for records in [book.debtors.map(\.location), book.ledger.map(\.location), book.interactions.map(\.location),
                        book.documents.map(\.location)] {
            for location in records { lines[location.file, default: []].append(location.line) }
        }
        let starts = lines
        let names = book.sourceStamps.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        // The files are independent: the ledger streams on one core while the others share the second.
        let read = Parallel.map(count: names.count, sequentialBelow: 2) { index -> RowDigests? in
            let name = names[index]
            return try? RowDigests(path: folder.appendingPathComponent(name).path,
                                   rowStarts: Self.uniqueSorted(starts[name] ?? []),
                                   expected: book.sourceStamps[name])
        }
        var files: [String: RowDigests] = [:]
        var shared: [(name: String, bytes: ArraySlice<UInt8>)]? = []
        for (name, file) in zip(names, read) {
            // Changed or gone: its rows have no digest, and nothing can be fingerprinted.
            guard let file else { shared = nil; continue }
            files[name] = file
            shared?.append((name, file.head[...]))
        }
        self.files = files
        self.shared = shared
        fileDigests = shared == nil ? nil : files.mapValues(\.file)
    }

    public func rowDigest(at location: SourceLocation) -> ArraySlice<UInt8>? {
        files[location.file]?.digest(ofRowAt: location.line)
    }

    /// Records come in file order: sorted already, but a record's line may repeat.
    private static func uniqueSorted(_ lines: [Int]) -> [Int] {
        var sorted = lines.sorted()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}
