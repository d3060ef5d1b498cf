import Foundation

/// Absolute paths with symlinks, `.` and `..` resolved, so that safety rules compare the folders a
/// path really names rather than how it was spelled.
enum CanonicalPath {
    static func of(_ url: URL) -> String {
        of(url.path(percentEncoded: false))
    }

    static func of(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return resolve(absolute)
    }

    /// realpath(3) on the longest part that exists; the missing tail is applied lexically, which is
    /// exact because a component that does not exist cannot be a symlink.
    private static func resolve(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let (parent, last) = split(path)
        if parent == path { return "/" }
        let base = resolve(parent)
        switch last {
        case "", ".": return base
        case "..": return split(base).parent
        default: return base == "/" ? "/" + last : base + "/" + last
        }
    }

    /// Parent and last component of an absolute path; the parent of "/" is "/".
    static func split(_ path: String) -> (parent: String, last: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return ("/", String(trimmed)) }
        let parent = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
        return (parent, String(trimmed[trimmed.index(after: slash)...]))
    }

    /// True when `path` is `folder` or lies somewhere below it (both canonical).
    static func isSameOrInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }
}
