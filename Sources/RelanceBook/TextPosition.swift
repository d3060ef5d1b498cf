/// Byte offsets to the line and column a user sees in an editor.
///
/// Columns count characters (Unicode scalars), not bytes, so `1 800,00` with a no-break space still
/// points at the right place. They are computed only when an error is reported, never on the hot path.
enum TextPosition {
    /// 1-based column of `offset` on the line starting at `lineStart`.
    static func column(_ buffer: UnsafeBufferPointer<UInt8>, lineStart: Int, offset: Int) -> Int {
        var column = 1
        var index = lineStart
        while index < offset && index < buffer.count {
            if buffer[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    /// 1-based line and column of `offset`, counting LF, CR and CRLF as one line break each.
    static func lineAndColumn(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = start
        var index = start
        while index < offset {
            let byte = buffer[index]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D && index + 1 < offset && buffer[index + 1] == 0x0A { index += 1 }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, column(buffer, lineStart: lineStart, offset: offset))
    }
}
