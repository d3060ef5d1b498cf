/// Where a value came from in the book: file name (relative to the book), 1-based line and column.
/// Core keeps it so that a rule broken during computation can still point at the row.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    /// `file:line`, for a whole row.
    public var row: String { "\(file):\(line)" }
}
