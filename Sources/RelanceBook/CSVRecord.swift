/// One field of a CSV record: byte ranges into the file and the physical place it starts.
///
/// Fields keep offsets, not Strings: most values (amounts, dates, kinds) are parsed straight from the
/// bytes, and a String is built only for text the Book keeps.
struct CSVField {
    /// First byte of the field as written (an opening quote included): where errors point.
    var rawStart: Int
    /// The value: inside the quotes for a quoted field, surrounding spaces trimmed otherwise.
    var start: Int
    var end: Int
    /// Physical line of `rawStart` (a record may span lines inside quotes) and that line's first byte.
    var line: Int
    var lineStart: Int
    var quoted: Bool
    /// The value still holds `""` pairs to be read as one `"`.
    var escapedQuotes: Bool

    var isEmpty: Bool { start == end }
}

/// One record (a logical row) of a CSV file, valid while the scanner's buffer is.
struct CSVRecord {
    let buffer: UnsafeBufferPointer<UInt8>
    var fields: [CSVField]
    /// Line and first byte of the record.
    var line: Int
    var lineStart: Int
    var startOffset: Int
    /// Where the record ends (before its line break): "too few fields" points there.
    var endOffset: Int
    var endLine: Int
    var endLineStart: Int

    /// A lone empty unquoted field: the line held nothing but spaces.
    var isBlank: Bool { fields.count == 1 && !fields[0].quoted && fields[0].isEmpty }

    /// Every field empty (`;;;;`), as spreadsheets write below the data: nothing to read, nothing lost.
    var isAllEmpty: Bool { fields.allSatisfy(\.isEmpty) }

    func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let field = fields[index]
        return UnsafeBufferPointer(rebasing: buffer[field.start..<field.end])
    }

    func string(_ index: Int) -> String {
        let field = fields[index]
        guard field.escapedQuotes else { return String(decoding: bytes(index), as: UTF8.self) }
        let escaped = bytes(index)
        var length = 0
        for byte in escaped where byte == UInt8(ascii: "\"") { length += 1 }
        length = escaped.count - length / 2
        return String(unsafeUninitializedCapacity: length) { output in
            var written = 0
            var position = 0
            while position < escaped.count {
                let byte = escaped[position]
                output[written] = byte
                written += 1
                position += byte == UInt8(ascii: "\"") ? 2 : 1
            }
            return written
        }
    }

    /// 1-based character column where the field starts.
    func column(_ index: Int) -> Int {
        let field = fields[index]
        return TextPosition.column(buffer, lineStart: field.lineStart, offset: field.rawStart)
    }
}
