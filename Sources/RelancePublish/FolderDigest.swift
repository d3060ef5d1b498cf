import Crypto
import Foundation

/// The SHA-256 of some files of an output: each one's path relative to the output, its size and
/// its own SHA-256, in the order given. A rebuild carries a debtor folder over only when this digest
/// of the previous folder is still the one recorded when it was written: a file edited in place,
/// added or removed since then makes the folder rendered again, so a rebuild always equals a fresh
/// build. Each file enters by its own SHA-256 so that a case file's documents, hashed once for its
/// `manifest.sha256`, need not be hashed again for the folder.
package enum FolderDigest {
    /// One file's part of the digest.
    package struct File {
        package let relativePath: String
        let size: Int
        package let sha256: SHA256.Digest

        package init(relativePath: String, bytes: [UInt8]) {
            self.relativePath = relativePath
            size = bytes.count
            sha256 = SHA256.hash(data: bytes)
        }

        init(relativePath: String, size: Int, sha256: SHA256.Digest) {
            self.relativePath = relativePath
            self.size = size
            self.sha256 = sha256
        }

        /// The file's SHA-256 as `sha256sum` prints it.
        package var hex: String { SHA256Hex.hex(sha256) }
    }

    /// nil when a file cannot be read. Files are read in chunks into one buffer: a rebuild of a
    /// million invoices reads about 3 GB this way, and must not hold a whole file at a time.
    static func of(_ relativePaths: [String], under root: String) -> String? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var files: [File] = []
        files.reserveCapacity(relativePaths.count)
        for path in relativePaths {
            guard let file = read(path, under: root, buffer: &buffer) else { return nil }
            files.append(file)
        }
        return of(files)
    }

    private static func read(_ path: String, under root: String, buffer: inout [UInt8]) -> File? {
        let fd = open(root + "/" + path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var hasher = SHA256()
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            total += count
        }
        // A file that changed size while being read is not what the build wrote.
        guard total == Int(info.st_size) else { return nil }
        return File(relativePath: path, size: total, sha256: hasher.finalize())
    }

    /// The digest of files already hashed, in this order.
    package static func of(_ files: [File]) -> String {
        var hasher = SHA256()
        for file in files {
            hasher.updateFramed(file.relativePath.utf8)
            hasher.updateLength(file.size)
            file.sha256.withUnsafeBytes { hasher.update(bufferPointer: $0) }
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
    package static func inWalkOrder(_ files: [File]) -> [File] {
        let components = files.map { $0.relativePath.split(separator: "/").map(String.init) }
        let order = files.indices.sorted { components[$0].lexicographicallyPrecedes(components[$1]) }
        return order.map { files[$0] }
    }

    /// The digest `of(_:under:)` gives for these files, in this order, from their bytes.
    package static func of(files: [(relativePath: String, bytes: [UInt8])]) -> String {
        of(files.map { File(relativePath: $0.relativePath, bytes: $0.bytes) })
    }
}
