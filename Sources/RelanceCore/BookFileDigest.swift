/// One book file as a build read it: its size and the SHA-256 of its bytes. A later command that
/// writes to the book (`relance record`) compares them with the file as it is now, so that it never
/// acts on letters computed from another book.
public struct BookFileDigest: Codable, Hashable, Sendable {
    public let size: Int
    /// Lower-case hexadecimal.
    public let sha256: String

    public init(size: Int, sha256: String) {
        self.size = size
        self.sha256 = sha256
    }
}
