import Foundation

/// A file replaced or created in one step: the bytes go to a temporary file beside it, flushed to
/// the disk, then renamed over the name, and the folder flushed. A reader — or a crash — sees the
/// old file or the new one, never half of it. What `relance record` writes into the book.
package enum AtomicFile {
    /// `mode`: the permissions of the new file; nil keeps those of the file it replaces (0644 for a
    /// new one). `replacing: false` refuses to overwrite an existing file.
    package static func write(_ bytes: [UInt8], to path: String, replacing: Bool = true) throws(PublishError) {
        var info = stat()
        let exists = lstat(path, &info) == 0
        if exists && !replacing {
            throw PublishError("create file", path: path, reason: "it already exists")
        }
        let mode = exists ? mode_t(info.st_mode & 0o7777) : 0o644
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".relance-\(getpid())"
        do {
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
            guard fd >= 0 else { throw PublishError.posix("create file", path: temporary) }
            defer { close(fd) }
            guard fchmod(fd, mode) == 0 else { throw PublishError.posix("set permissions of", path: temporary) }
            try bytes.withUnsafeBytes { try PublishFS.writeAll(fd, $0, path: temporary) }
            guard fsync(fd) == 0 else { throw PublishError.posix("flush", path: temporary) }
            if !replacing {
                // link(2) fails if the name was taken meanwhile, where rename(2) would overwrite it.
                guard link(temporary, path) == 0 else { throw PublishError.posix("create file", path: path) }
                unlink(temporary)
            } else {
                try PublishFS.rename(temporary, path)
            }
        } catch let error as PublishError {
            unlink(temporary)
            throw error
        } catch {
            unlink(temporary)
            throw PublishError("write", path: path, reason: "\(error)")
        }
        PublishFS.syncFolder(folder)
    }
}
