import Glibc

/// A file-system operation of the publisher failed; names the operation, the path and the cause.
public struct PublishError: Error, CustomStringConvertible, Sendable {
    public let operation: String
    public let path: String
    public let reason: String

    init(_ operation: String, path: String, reason: String) {
        self.operation = operation
        self.path = path
        self.reason = reason
    }

    /// Captures `errno` right away, before another call can overwrite it.
    static func posix(_ operation: String, path: String, errno code: Int32 = errno) -> PublishError {
        let reason = code == EEXIST && operation == "create file"
            ? "the build produced this path twice"
            : String(cString: strerror(code))
        return PublishError(operation, path: path, reason: reason)
    }

    public var description: String { "could not \(operation) \(path): \(reason)" }

    /// Another build holds the staging folder: nothing is wrong, the output is just busy.
    public var isBusy: Bool { reason == StagingLock.busy }
}
