import Glibc

/// Finding programs the way a shell does: a path that names an executable regular file, or a bare
/// name looked up in each folder of `PATH`.
package enum ExecutableSearch {
    /// True for a regular file (after symlinks) that this process may execute.
    package static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }

    /// The first `PATH` folder holding one of `names`, trying names in order of preference: a
    /// `chromium` anywhere on `PATH` beats a `google-chrome` earlier on it. Relative folders are
    /// skipped: what they name depends on the working directory, a classic way to run the wrong
    /// program.
    package static func find(_ names: [String], searchPath: String?) -> String? {
        let folders = (searchPath ?? "").split(separator: ":", omittingEmptySubsequences: true).map(String.init)
        for name in names {
            for folder in folders where folder.hasPrefix("/") {
                let candidate = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                if isExecutableFile(candidate) { return candidate }
            }
        }
        return nil
    }
}
