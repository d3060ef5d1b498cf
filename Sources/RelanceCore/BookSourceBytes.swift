/// The book's bytes a debtor's folder is made from, read by RelanceBook (`BookSources`) for the
/// fingerprints of incremental builds: the site never opens the book's files itself.
public protocol BookSourceBytes: Sendable {
    /// What every folder depends on, in a fixed order: relance.toml, the book's rates and the header
    /// line of each CSV file read, each with its name; nil when one of them changed since the book
    /// was read.
    var shared: [(name: String, bytes: ArraySlice<UInt8>)]? { get }
    /// A digest of the bytes of the row that starts at `location` (a quoted field spanning lines
    /// included); nil when the file or line is unknown, or the file changed since the book was read.
    func rowDigest(at location: SourceLocation) -> ArraySlice<UInt8>?
    /// Every file the book was read from, by name, as the build read it; nil when one of them
    /// changed since the book was read.
    var fileDigests: [String: BookFileDigest]? { get }
}
