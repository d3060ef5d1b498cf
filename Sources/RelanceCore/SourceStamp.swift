/// A book file's size and modification time when the book was read: a later reader of the same
/// file's bytes (a fingerprint) compares them, so that it never describes bytes the computation
/// did not see.
public struct SourceStamp: Hashable, Sendable {
    public let size: Int
    /// Nanoseconds since 1970.
    public let modified: Int

    public init(size: Int, modified: Int) {
        self.size = size
        self.modified = modified
    }
}
