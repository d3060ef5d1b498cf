/// Why the publisher refuses an output folder or a path inside it. Raised before anything is
/// written or removed, because a build replaces the whole output folder.
public struct OutputSafetyError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
        case filesystemRoot
        case homeFolder
        case bookFolder
        case insideBook
        case containsBook
        case notAFolder
        case missingParent
        case foreignFolder
        case foreignStaging
        case unsafeRelativePath
    }

    public let rule: Rule
    /// The path refused, after symlinks and `..` were resolved (or the relative path as given).
    public let path: String
    /// The reason in plain English, naming any other path involved.
    public let reason: String

    init(_ rule: Rule, path: String, reason: String) {
        self.rule = rule
        self.path = path
        self.reason = reason
    }

    public var description: String {
        if rule == .unsafeRelativePath {
            return "refusing to write \"\(path)\" into the output: \(reason)"
        }
        return "refusing to use \(path) as the output folder: \(reason)"
    }
}
