import Foundation
import RelanceCore

/// The raw bytes of the book's files, for the fingerprints of incremental builds: each CSV row found
/// by the file and line its record was read from, and the files every debtor depends on. A row runs
/// from its first line to the next row's first line, so a quoted field spanning several lines is
/// whole, and any byte of a row that changes changes its fingerprint, whatever column it is in.
///
/// Read after the computation rather than kept from the first read: a 1M ledger is 160 MB that
/// would otherwise stay in memory through the computation. A file whose size or modification time
/// differs from `Book.sourceStamps` changed since the book was read and yields nothing, so that a
/// fingerprint never describes bytes the computation did not see.
public struct BookSources: BookSourceBytes {
    private struct RawFile {
        let bytes: [UInt8]
        /// Offset of each physical line's first byte (line n starts at `lineStarts[n - 1]`).
        let lineStarts: [Int]
        /// The first lines of every record read from the file, ascending.
        let rowStarts: [Int]
    }

    private let files: [String: RawFile]
    public let shared: [(name: String, bytes: ArraySlice<UInt8>)]?

    /// Reads the files `book` was read from, in `folder`.
    public init(folder: URL, book: Book) {
        var starts: [String: [Int]] = [:]
        for records in [book.debtors.map(\.location), book.ledger.map(\.location), book.interactions.map(\.location)] {
            for location in records { starts[location.file, default: []].append(location.line) }
        }
        var files: [String: RawFile] = [:]
        var shared: [(name: String, bytes: ArraySlice<UInt8>)]? = []
        for name in book.sourceStamps.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let read = try? FileBytes.readStamped(path: folder.appendingPathComponent(name).path),
                  read.stamp == book.sourceStamps[name] else {
                // Changed or gone: its rows have no bytes, and nothing can be fingerprinted.
                shared = nil
                continue
            }
            guard let lines = starts[name] else {
                shared?.append((name, read.bytes[...]))
                continue
            }
            let file = RawFile(bytes: read.bytes, lineStarts: Self.lineStarts(read.bytes), rowStarts: Self.uniqueSorted(lines))
            files[name] = file
            shared?.append((name, file.bytes[0..<(file.lineStarts.count > 1 ? file.lineStarts[1] : file.bytes.count)]))
        }
        self.files = files
        self.shared = shared
    }

    public func row(at location: SourceLocation) -> ArraySlice<UInt8>? {
        guard let file = files[location.file], location.line >= 1, location.line <= file.lineStarts.count else { return nil }
        // The next row's first line, found by binary search among the rows' first lines.
        var low = 0, high = file.rowStarts.count
        while low < high {
            let middle = (low + high) / 2
            if file.rowStarts[middle] <= location.line { low = middle + 1 } else { high = middle }
        }
        let start = file.lineStarts[location.line - 1]
        let end = low < file.rowStarts.count && file.rowStarts[low] - 1 < file.lineStarts.count
            ? file.lineStarts[file.rowStarts[low] - 1] : file.bytes.count
        return file.bytes[start..<max(start, end)]
    }

    private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
        }
        return starts
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
