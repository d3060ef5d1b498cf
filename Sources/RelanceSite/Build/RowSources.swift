import Foundation
import RelanceCore

/// The raw bytes of the book's CSV rows, found by the file and line each record was read from. A
/// row runs from its first line to the next row's first line, so a quoted field spanning several
/// lines is whole. Used for fingerprints: any byte of a row that changes changes its fingerprint,
/// whatever column it is in.
struct RowSources {
    private struct RawFile {
        /// The file as read: kept as `Data`, not copied into an array (a 1M ledger is 160 MB, and
        /// the copy made the fingerprints step the build's peak of memory).
        let bytes: Data
        /// Offset of each physical line's first byte (line n starts at `lineStarts[n - 1]`).
        let lineStarts: [Int]
        /// The first lines of every record read from the file, ascending.
        let rowStarts: [Int]
    }

    private let files: [String: RawFile]

    /// Reads the files the records name, in `folder`. A file that cannot be read is left out (its
    /// rows have no bytes, and the debtors they belong to get no fingerprint).
    init(folder: URL, records: [SourceLocation]) {
        var starts: [String: [Int]] = [:]
        for location in records { starts[location.file, default: []].append(location.line) }
        var files: [String: RawFile] = [:]
        for (name, lines) in starts {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            var lineStarts = [0]
            bytes.withUnsafeBytes { buffer in
                for index in buffer.indices where buffer[index] == UInt8(ascii: "\n") { lineStarts.append(index + 1) }
            }
            // Records come in file order: sorted already, but a record's line may repeat.
            var rowStarts = lines.sorted()
            var kept = 0
            for index in rowStarts.indices where kept == 0 || rowStarts[kept - 1] != rowStarts[index] {
                rowStarts[kept] = rowStarts[index]
                kept += 1
            }
            rowStarts.removeLast(rowStarts.count - kept)
            files[name] = RawFile(bytes: bytes, lineStarts: lineStarts, rowStarts: rowStarts)
        }
        self.files = files
    }

    /// The bytes of the row that starts at `location`, nil when the file or line is unknown.
    func row(at location: SourceLocation) -> Data? {
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

    /// The header line of a file (its first line), which says which column is which.
    func header(of name: String) -> Data? {
        guard let file = files[name] else { return nil }
        return file.bytes[0..<(file.lineStarts.count > 1 ? file.lineStarts[1] : file.bytes.count)]
    }

    var fileNames: [String] { files.keys.sorted() }
}
