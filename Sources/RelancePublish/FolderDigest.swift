import Crypto
import Foundation

/// The SHA-256 of some files of an output: each one's path relative to the output and its bytes,
/// in the order given. A rebuild carries a debtor folder over only when this digest of the previous
/// folder is still the one recorded when it was written: a file edited in place, added or removed
/// since then makes the folder rendered again, so a rebuild always equals a fresh build.
package enum FolderDigest {
    /// nil when a file cannot be read. Files are read in chunks into one buffer: a rebuild of a
    /// million invoices reads about 3 GB this way, and must not hold a whole file at a time.
    static func of(_ relativePaths: [String], under root: String) -> String? {
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        for path in relativePaths {
            hasher.updateFramed(path.utf8)
            let fd = open(root + "/" + path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0 else { return nil }
            hasher.updateLength(Int(info.st_size))
            var total = 0
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else { return nil }
                if count == 0 { break }
                buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
                total += count
            }
            // A file that changed size while being read is not what the build wrote.
            guard total == Int(info.st_size) else { return nil }
        }
        return SHA256Hex.hex(hasher.finalize())
    }

    /// The digest `of(_:under:)` gives for one file, from the bytes about to be written: a page is
    /// digested while it is in memory instead of being read back from the staging folder.
    package static func of(file relativePath: String, bytes: [UInt8]) -> String {
        of(files: [(relativePath, bytes)])
    }

    /// These files in the order a walk of their folder lists them for `Publisher.stagedDigest`: name
    /// by name in sorted order, a subfolder's files where the subfolder's name falls. That is not the
    /// order of the whole paths: `a/x` comes after `a-b` in a path sort, but before it in the walk.
    package static func inWalkOrder(_ files: [(relativePath: String, bytes: [UInt8])]) -> [(relativePath: String, bytes: [UInt8])] {
        let components = files.map { $0.relativePath.split(separator: "/").map(String.init) }
        let order = files.indices.sorted { components[$0].lexicographicallyPrecedes(components[$1]) }
        return order.map { files[$0] }
    }

    /// The digest `of(_:under:)` gives for these files, in this order, from their bytes.
    package static func of(files: [(relativePath: String, bytes: [UInt8])]) -> String {
        var hasher = SHA256()
        for file in files {
            hasher.updateFramed(file.relativePath.utf8)
            hasher.updateLength(file.bytes.count)
            file.bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
        return SHA256Hex.hex(hasher.finalize())
    }
}
