#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import RelanceCore

/// One book file streamed into what the fingerprints need of it: its first line (the CSV header),
/// or the whole file when no record was read from it (relance.toml, the rates), and a SHA-256 per
/// row, a row running from a record's first line to the next record's first line; and, for the
/// letters' manifest, the whole file's SHA-256.
struct RowDigests: Sendable {
    let head: [UInt8]
    /// The whole file's size and SHA-256.
    let file: BookFileDigest
    /// The first line of each row, ascending.
    private let rowStarts: [Int]
    /// 32 bytes per row, in the order of `rowStarts`; rows the file turned out not to reach have none.
    private let digests: [UInt8]

    /// Nil when the file's stamp is not `expected`: it changed since the book was read.
    init?(path: String, rowStarts: [Int], expected: SourceStamp?, pieceSize: Int = 1 << 22) throws {
        var stream = Stream(rowStarts: rowStarts)
        let stamp = try FileBytes.stream(path: path, expected: expected, pieceSize: pieceSize) { stream.consume($0) }
        guard expected == nil || stamp == expected else { return nil }
        stream.finishRow()
        head = stream.head
        file = BookFileDigest(size: stamp.size, sha256: LowerHex.string(of: stream.whole.finalize()))
        self.rowStarts = rowStarts
        digests = stream.digests
    }

    func digest(ofRowAt line: Int) -> ArraySlice<UInt8>? {
        var low = 0, high = rowStarts.count
        while low < high {
            let middle = (low + high) / 2
            if rowStarts[middle] < line { low = middle + 1 } else { high = middle }
        }
        guard low < rowStarts.count, rowStarts[low] == line, (low + 1) * 32 <= digests.count else { return nil }
        return digests[(low * 32)..<((low + 1) * 32)]
    }

    /// The state carried from one piece of the file to the next.
    private struct Stream {
        let rowStarts: [Int]
        var head: [UInt8] = []
        var digests: [UInt8] = []
        /// The line the next byte belongs to, and whether it is that line's first byte.
        var line = 1
        var atLineStart = true
        var nextRow = 0
        var row: SHA256?
        var whole = SHA256()

        init(rowStarts: [Int]) {
            self.rowStarts = rowStarts
            digests.reserveCapacity(rowStarts.count * 32)
        }

        mutating func consume(_ piece: UnsafeBufferPointer<UInt8>) {
            guard let base = piece.baseAddress else { return }
            whole.update(bufferPointer: UnsafeRawBufferPointer(piece))
            var position = 0
            while position < piece.count {
                if atLineStart {
                    if nextRow < rowStarts.count && rowStarts[nextRow] == line {
                        finishRow()
                        row = SHA256()
                        nextRow += 1
                    }
                    atLineStart = false
                }
                let newline = memchr(base + position, Int32(UInt8(ascii: "\n")), piece.count - position)
                let end = newline.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base + 1 } ?? piece.count
                let segment = UnsafeRawBufferPointer(start: base + position, count: end - position)
                if line == 1 || rowStarts.isEmpty { head.append(contentsOf: segment) }
                row?.update(bufferPointer: segment)
                if newline != nil {
                    line += 1
                    atLineStart = true
                }
                position = end
            }
        }

        mutating func finishRow() {
            guard let finished = row else { return }
            digests.append(contentsOf: finished.finalize())
            row = nil
        }
    }
}
