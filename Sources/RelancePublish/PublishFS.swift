import Foundation

/// The plain POSIX calls the publisher needs, each turning failure into a `PublishError` that
/// names the path. Kept apart so that the publisher reads as policy, not as syscalls.
enum PublishFS {
    enum Kind { case missing, folder, file, other }

    /// What is at `path`, without following a final symlink (a symlink is `.other`).
    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
    }

    static func isEmptyFolder(_ path: String) -> Bool {
        guard let dir = opendir(path) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = entryName(entry)
            if name != "." && name != ".." { return false }
        }
        return true
    }

    /// The name of a folder entry `readdir` returned.
    static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    /// Creates one folder with exact permissions (mkdir's mode is filtered by the umask).
    /// Returns false when something already exists there, which concurrent writers expect.
    @discardableResult
    static func makeFolder(_ path: String) throws -> Bool {
        if mkdir(path, 0o755) != 0 {
            if errno == EEXIST { return false }
            throw PublishError.posix("create folder", path: path)
        }
        guard chmod(path, 0o755) == 0 else { throw PublishError.posix("set permissions of", path: path) }
        return true
    }

    static func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw PublishError.posix("move \(from) to", path: to) }
    }

    /// Removes a folder, its top-level marker last: a build killed halfway through leaves a folder
    /// that still carries the marker (or nothing), which the next build recognises as relance's and
    /// removes, never an unmarked remainder it would have to refuse as someone else's.
    static func removeTree(_ path: String) throws {
        guard kind(path) != .missing else { return }
        if kind(path) == .folder {
            try TreeRemoval.removeContents(of: path, keeping: PublishNames.marker)
            guard unlink(path + "/" + PublishNames.marker) == 0 || errno == ENOENT else {
                throw PublishError.posix("remove", path: path + "/" + PublishNames.marker)
            }
            guard rmdir(path) == 0 else { throw PublishError.posix("remove folder", path: path) }
        } else {
            guard unlink(path) == 0 else { throw PublishError.posix("remove", path: path) }
        }
    }

    /// Creates a new file (never overwrites: a path produced twice is a bug worth reporting) with
    /// mode 0644 whatever the umask, and fills it through `fill`.
    static func createFile(_ path: String, fill: (Int32) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PublishError.posix("create file", path: path) }
        do {
            guard fchmod(fd, 0o644) == 0 else { throw PublishError.posix("set permissions of", path: path) }
            try fill(fd)
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw PublishError.posix("finish writing", path: path) }
    }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw PublishError.posix("write", path: path)
            }
            offset += n
        }
    }

    /// Fills `buffer` as far as the file allows; returns how many bytes were read (less only at the end).
    static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, path: String) throws -> Int {
        var filled = 0
        while filled < buffer.count {
            let n = read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            if n < 0 {
                if errno == EINTR { continue }
                throw PublishError.posix("read", path: path)
            }
            if n == 0 { break }
            filled += n
        }
        return filled
    }

    static func openForReading(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw PublishError.posix("open", path: path) }
        return fd
    }

    /// Flushes a folder's entries (after a rename) so the new name survives a power cut.
    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Flushes everything written into the staging folder in one call. Until then the kernel's
    /// flusher writes the dirty pages in the background, in large batches, within its dirty-memory
    /// limits: starting each file's writeback as it closed (`sync_file_range`) cost the 1M backlog
    /// build 12 s of CPU and 6 s of wall time (Tests/Benchmarks/RESULTS.md). syncfs(2) is a GNU
    /// extension that Glibc's Swift module does not expose, hence dlsym; sync(2) is the fallback.
    static func syncFileSystem(containing path: String) {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if fd >= 0 { close(fd) } }
        if fd >= 0, let symbol = LibC.symbol("syncfs"), unsafeBitCast(symbol, to: SyncFS.self)(fd) == 0 {
            return
        }
        sync()
    }
}

/// Looks up libc functions that Swift's Glibc module hides behind _GNU_SOURCE.
enum LibC {
    static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        guard let handle = dlopen(nil, RTLD_NOW) else { return nil }
        defer { dlclose(handle) }
        return dlsym(handle, name)
    }
}
