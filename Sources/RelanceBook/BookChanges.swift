import Crypto
import Foundation
import RelanceCore

/// How the book differs from the one a build read (`LetterManifest.book`): what `relance record`
/// checks before it writes, so that it never logs letters computed from other figures.
///
/// interactions.csv may have grown — the log is append-only, and `relance record` itself appends
/// to it — as long as the lines the build read are still its first bytes, unchanged. Every other
/// file must be byte for byte the one the build read.
public enum BookChanges {
    /// One sentence per file that changed, in file-name order; empty when the book is the same.
    public static func since(_ read: [String: BookFileDigest], book: URL) -> [String] {
        var changes: [String] = []
        var names = Set(read.keys).union(BookReader.rateFiles(in: book))
        if FileManager.default.fileExists(atPath: book.appendingPathComponent(InteractionLogAppender.fileName).path) {
            names.insert(InteractionLogAppender.fileName)
        }
        for name in names.sorted() {
            let path = book.appendingPathComponent(name).path
            let appendOnly = name == InteractionLogAppender.fileName
            guard let before = read[name] else {
                if !appendOnly { changes.append("\(name) a été ajouté") }
                continue
            }
            guard let now = digest(path: path, limit: appendOnly ? before.size : nil) else {
                changes.append("\(name) a été supprimé ou n'est plus lisible")
                continue
            }
            if appendOnly {
                if now != before || !endsALine(path: path, at: before.size) {
                    changes.append("\(name) a été modifié avant sa fin (seul l'ajout de lignes à la fin est admis)")
                }
            } else if now != before {
                changes.append("\(name) a été modifié")
            }
        }
        return changes
    }

    /// Whether the first `size` bytes end on a line: the file ends there, or its byte before `size`
    /// or at `size` is a line break (text added to the last line the build read is a change).
    private static func endsALine(path: String, at size: Int) -> Bool {
        guard size > 0, let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: UInt64(size - 1))) != nil,
              let bytes = try? handle.read(upToCount: 2), bytes.count == 2 else { return true }
        let breaks: Set<UInt8> = [0x0A, 0x0D]
        return breaks.contains(bytes[bytes.startIndex]) || breaks.contains(bytes[bytes.startIndex + 1])
    }

    /// The size and SHA-256 of the file's first `limit` bytes (all of them when nil); nil when it
    /// cannot be read or is shorter than `limit`.
    public static func digest(path: String, limit: Int? = nil) -> BookFileDigest? {
        var hasher = SHA256()
        var size = 0
        do {
            _ = try FileBytes.stream(path: path, expected: nil) { piece in
                let take = limit.map { min(piece.count, max(0, $0 - size)) } ?? piece.count
                hasher.update(bufferPointer: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: piece[..<take])))
                size += take
            }
        } catch {
            return nil
        }
        if let limit, size < limit { return nil }
        return BookFileDigest(size: size, sha256: LowerHex.string(of: hasher.finalize()))
    }
}
