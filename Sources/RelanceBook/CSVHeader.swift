/// The header line of a CSV file: column names, lower-cased and trimmed, mapped to field positions.
struct CSVHeader {
    let names: [String]
    let line: Int
    let separator: UInt8
    private let positions: [String: Int]

    init(names: [String], line: Int, separator: UInt8) {
        self.names = names
        self.line = line
        self.separator = separator
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name] == nil { positions[name] = index }
        self.positions = positions
    }

    func column(_ name: String) -> CSVColumn { CSVColumn(name: name, index: positions[name]) }

    /// Amounts may use the decimal comma only where the comma cannot be the separator.
    var allowsDecimalComma: Bool { separator != UInt8(ascii: ",") }
}

/// A column the reader knows, and where it is in this file (nil when the file has no such column).
struct CSVColumn {
    let name: String
    let index: Int?
}

/// What a file must and may hold: assets/docs/book-format.md's table for that file.
struct CSVSchema {
    let required: [String]
    let optional: [String]
}
