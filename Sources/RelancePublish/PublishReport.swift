/// What a committed build did: how many files were written anew, and how many were kept from the
/// previous output because their bytes had not changed (hard-linked, so their mtime stays).
public struct PublishReport: Sendable, Equatable {
    public let written: Int
    public let unchanged: Int
    public var total: Int { written + unchanged }

    public init(written: Int, unchanged: Int) {
        self.written = written
        self.unchanged = unchanged
    }
}
