import Crypto
import Foundation

/// The SHA-256 of some files of an output: each one's path relative to the output and its bytes,
/// in the order given. A rebuild carries a debtor folder over only when this digest of the previous
/// folder is still the one recorded when it was written: a file edited in place, added or removed
/// since then makes the folder rendered again, so a rebuild always equals a fresh build.
enum FolderDigest {
    /// nil when a file cannot be read.
    static func of(_ relativePaths: [String], under root: String) -> String? {
        var hasher = SHA256()
        func add(_ bytes: some ContiguousBytes) {
            let count = bytes.withUnsafeBytes { $0.count }
            withUnsafeBytes(of: Int64(count).littleEndian) { hasher.update(bufferPointer: $0) }
            bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
        for path in relativePaths {
            guard let data = FileManager.default.contents(atPath: root + "/" + path) else { return nil }
            add(Array(path.utf8))
            add(data)
        }
        return SHA256Hex.hex(hasher.finalize())
    }
}
