import Glibc

/// Keeps two builds of the same output from sharing one staging folder. The build that made the
/// folder holds an flock on the folder itself (so no lock file is written anywhere); a build that
/// finds it locked stops, rather than removing it as stale while it is being filled.
enum StagingLock {
    static let busy = "another relance build is writing this output right now; wait for it to finish"

    /// Locks the folder at `path` and returns the descriptor holding the lock; nil when it is missing.
    static func acquire(_ path: String) throws -> Int32? {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw PublishError.posix("open", path: path)
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { throw PublishError("use the staging folder", path: path, reason: busy) }
            throw PublishError.posix("lock", path: path, errno: code)
        }
        return fd
    }

    static func release(_ fd: Int32) {
        close(fd)
    }
}
