import Foundation
import RelanceCore

/// Removes a folder's contents with `unlinkat` relative to open folder descriptors, a large folder's
/// entries shared among the cores. A rebuild of a million-invoice book removes the previous output
/// after the swap — some 330,000 files — and `FileManager.removeItem` spent 16 s on it, most of
/// it outside the kernel's own unlinking.
///
/// Symbolic links are removed, never followed (`O_NOFOLLOW`, `AT_SYMLINK_NOFOLLOW`): nothing
/// outside the folder can be touched.
enum TreeRemoval {
    /// Folders with at least this many entries have them removed by all cores at once.
    static let sharedFrom = 512

    /// Removes everything inside the folder at `path` except the top-level entry named `keep`.
    static func removeContents(of path: String, keeping keep: String?) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw PublishError.posix("open folder", path: path) }
        defer { close(fd) }
        try removeEntries(of: fd, path: path, keeping: keep)
    }

    private struct Entry: Sendable {
        let name: String
        let isFolder: Bool?   // nil: the file system did not say (DT_UNKNOWN)
    }

    private static func removeEntries(of fd: Int32, path: String, keeping keep: String?) throws {
        let entries = try list(fd, path: path).filter { $0.name != keep }
        if entries.count >= sharedFrom {
            try Parallel.forEachUntilError(count: entries.count) { index in
                try remove(entries[index], in: fd, path: path)
            }
        } else {
            for entry in entries { try remove(entry, in: fd, path: path) }
        }
    }

    private static func remove(_ entry: Entry, in parent: Int32, path: String) throws {
        let childPath = path + "/" + entry.name
        var isFolder = entry.isFolder
        if isFolder == nil {
            var info = stat()
            guard fstatat(parent, entry.name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                if errno == ENOENT { return }
                throw PublishError.posix("inspect", path: childPath)
            }
            isFolder = info.st_mode & S_IFMT == S_IFDIR
        }
        if isFolder == true {
            let fd = openat(parent, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { throw PublishError.posix("open folder", path: childPath) }
            do {
                try removeEntries(of: fd, path: childPath, keeping: nil)
            } catch {
                close(fd)
                throw error
            }
            close(fd)
            guard unlinkat(parent, entry.name, AT_REMOVEDIR) == 0 || errno == ENOENT else {
                throw PublishError.posix("remove folder", path: childPath)
            }
        } else {
            guard unlinkat(parent, entry.name, 0) == 0 || errno == ENOENT else {
                throw PublishError.posix("remove", path: childPath)
            }
        }
    }

    /// The folder's entries but `.` and `..`, read through a duplicate of `fd` (closedir closes it).
    private static func list(_ fd: Int32, path: String) throws -> [Entry] {
        let copy = dup(fd)
        guard copy >= 0, let dir = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            throw PublishError.posix("read folder", path: path)
        }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let name = PublishFS.entryName(entry)
            if name == "." || name == ".." { continue }
            let type = entry.pointee.d_type
            entries.append(Entry(name: name, isFolder: type == UInt8(DT_DIR) ? true : type == UInt8(DT_UNKNOWN) ? nil : false))
        }
        return entries
    }
}
