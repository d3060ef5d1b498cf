/// Reads one CSV file of the book against its schema: separator, header, then every data row.
enum CSVTableReader {
    /// Calls `rowReader(header)` once the header is read, then the function it returns with each data
    /// row (blank rows skipped), so that columns are looked up once per file, not once per row.
    /// Returns the header, or nil when the file cannot be read as a table at all (no separator, a
    /// required column missing), after logging why.
    @discardableResult
    static func read(
        _ source: SourceText, schema: CSVSchema, log: ErrorLog, rowReader: (CSVHeader) -> (CSVRow) -> Void
    ) -> CSVHeader? {
        guard let (header, body) = readHeader(source, schema: schema, log: log) else { return nil }
        let reader = rowReader(header)
        readRows(source, header: header, from: body, log: log) { reader($0) }
        return header
    }

    /// The header (the first line that is not blank) and where the data rows start.
    static func readHeader(_ source: SourceText, schema: CSVSchema, log: ErrorLog) -> (CSVHeader, ScanPosition)? {
        source.bytes.withUnsafeBufferPointer { buffer -> (CSVHeader, ScanPosition)? in
            let scanner = CSVScanner(buffer: buffer, start: source.start, fileName: source.fileName, log: log)
            guard let separator = scanner.detectSeparator() else { return nil }
            var header: CSVHeader?
            var found = false
            let body = scanner.scan(separator: separator, from: scanner.beginning) { record in
                guard !record.isBlank else { return true }
                found = true
                header = makeHeader(record, separator: separator, schema: schema, fileName: source.fileName, log: log)
                return false
            }
            guard found, let header else { return nil }
            return (header, body)
        }
    }

    /// Calls `body` with each data row from `start` until a row would start at or after `limit`;
    /// rows with the wrong number of fields are logged and not delivered. `CSVRow.index` counts from
    /// 0 at `start`. Returns where it stopped.
    @discardableResult
    static func readRows(
        _ source: SourceText, header: CSVHeader, from start: ScanPosition, until limit: Int? = nil, log: ErrorLog,
        body: (CSVRow) -> Void
    ) -> ScanPosition {
        source.bytes.withUnsafeBufferPointer { buffer in
            let scanner = CSVScanner(buffer: buffer, start: source.start, fileName: source.fileName, log: log)
            var index = 0
            return scanner.scan(separator: header.separator, from: start, until: limit) { record in
                guard !record.isBlank else { return true }
                guard record.fields.count == header.names.count else {
                    reportFieldCount(record, expected: header.names.count, fileName: source.fileName, log: log)
                    return true
                }
                guard !record.isAllEmpty else { return true }
                body(CSVRow(record: record, index: index, fileName: source.fileName,
                            decimalComma: header.allowsDecimalComma, log: log))
                index += 1
                return true
            }
        }
    }

    private static func makeHeader(
        _ record: CSVRecord, separator: UInt8, schema: CSVSchema, fileName: String, log: ErrorLog
    ) -> CSVHeader? {
        var names: [String] = []
        var seen: [String: Int] = [:]
        let known = Set(schema.required + schema.optional)
        var ok = true
        for index in record.fields.indices {
            let name = record.string(index).trimmingBlanks().lowercased()
            names.append(name)
            if let first = seen[name], known.contains(name) {
                log.add(fileName, line: record.fields[index].line, column: record.column(index), name,
                        "the column \(quoted(name)) appears twice in the header (also column \(first + 1))")
                ok = false
            }
            seen[name] = seen[name] ?? index
        }
        let missing = schema.required.filter { seen[$0] == nil }
        if !missing.isEmpty {
            let list = missing.map { quoted($0) }.joined(separator: ", ")
            let found = names.filter { !$0.isEmpty }.map { quoted($0) }.joined(separator: ", ")
            log.add(fileName, line: record.line, column: 1, nil,
                    "the header lacks the required column\(missing.count > 1 ? "s" : "") \(list) "
                    + "(found \(found.isEmpty ? "no column names" : found))")
            ok = false
        }
        return ok ? CSVHeader(names: names, line: record.line, separator: separator) : nil
    }

    private static func reportFieldCount(_ record: CSVRecord, expected: Int, fileName: String, log: ErrorLog) {
        let found = record.fields.count
        if found > expected {
            log.add(fileName, line: record.fields[expected].line, column: record.column(expected), nil,
                    "expected \(expected) fields as in the header, found \(found) (is a separator inside a value "
                    + "that should be quoted?)", row: record.line)
        } else {
            let column = TextPosition.column(record.buffer, lineStart: record.endLineStart, offset: record.endOffset)
            log.add(fileName, line: record.endLine, column: column, nil,
                    "expected \(expected) fields as in the header, found \(found)", row: record.line)
        }
    }
}
