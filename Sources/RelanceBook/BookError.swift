import RelanceCore

/// One thing wrong with a book, located precisely enough for a user to open the file and fix it.
///
/// `location.line` is 0 for a fault of the whole file (missing, unreadable), which `description`
/// then prints without line and column.
public struct BookError: Error, Hashable, Sendable, CustomStringConvertible {
    /// File relative to the book (`ledger.csv`, `rates/2026.csv`), 1-based line and column
    /// (the column counts characters, not bytes).
    public let location: SourceLocation
    /// The CSV column (or TOML key) the value came from, when there is one.
    public let columnName: String?
    /// English: what was expected and what was found.
    public let message: String
    /// The first line of the data row the error is in (a quoted value may run over several lines);
    /// nil for a fault of a whole file, its header, or a setting. `--keep-going` rejects that row.
    public let row: Int?

    public init(location: SourceLocation, columnName: String? = nil, message: String, row: Int? = nil) {
        self.location = location
        self.columnName = columnName
        self.message = message
        self.row = row
    }

    /// `ledger.csv:12:18: amount: expected an amount such as 1234.56 or 1 234,56, found "12,3,4"`.
    public var description: String {
        let place = location.line > 0 ? "\(location.file):\(location.line):\(location.column)" : location.file
        if let columnName { return "\(place): \(columnName): \(message)" }
        return "\(place): \(message)"
    }
}

/// Every error found in a book, sorted by file, line and column, so that a user fixes them top down.
public struct BookErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [BookError]

    public init(_ errors: [BookError]) {
        self.errors = errors.sorted(by: BookErrors.precedes)
    }

    /// One error per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }

    static func precedes(_ a: BookError, _ b: BookError) -> Bool {
        let (x, y) = (a.location, b.location)
        if x.file != y.file { return x.file.unicodeScalars.lexicographicallyPrecedes(y.file.unicodeScalars) }
        if x.line != y.line { return x.line < y.line }
        if x.column != y.column { return x.column < y.column }
        return (a.columnName ?? "", a.message) < (b.columnName ?? "", b.message)
    }
}
