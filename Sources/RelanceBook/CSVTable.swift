import Foundation
import RelanceCore

/// A CSV file outside the book's own schema — the deposit list the user filled in with item
/// numbers — read with the book's dialect rules (separator found in the header, RFC 4180 quotes)
/// and its error contract: every value knows its file, line and column.
///
/// A spreadsheet may save it back as UTF-8, with or without a byte-order mark, or as windows-1252:
/// text that is not UTF-8 is read as windows-1252.
public struct CSVTable: Sendable {
    public struct Cell: Sendable {
        public let value: String
        public let location: SourceLocation
    }

    /// Header names, trimmed and lower-cased, in file order.
    public let columns: [String]
    /// Data rows (blank ones skipped), each with one cell per column.
    public let rows: [[Cell]]

    /// - Parameter required: lower-case column names the file must have.
    public static func read(_ url: URL, fileName: String, required: [String]) throws(BookErrors) -> CSVTable {
        let log = ErrorLog()
        guard let raw = SourceText.readBytes(url, fileName: fileName, log: log, inBook: false) else { throw BookErrors(log.errors) }
        let isUTF8 = raw.withUnsafeBufferPointer { UTF8Check.firstInvalidByte($0) == nil }
        guard let source = SourceText.decode(raw, fileName: fileName, encoding: isUTF8 ? .utf8 : .windows1252, log: log),
              let (header, body) = CSVTableReader.readHeader(source, schema: CSVSchema(required: required, optional: []), log: log)
        else { throw BookErrors(log.errors) }
        var rows: [[Cell]] = []
        CSVTableReader.readRows(source, header: header, from: body, log: log) { row in
            rows.append(header.names.indices.map { index in
                let column = CSVColumn(name: header.names[index], index: index)
                return Cell(value: (row.text(column) ?? "").trimmingBlanks(), location: row.location(column))
            })
        }
        guard log.isEmpty else { throw BookErrors(log.errors) }
        return CSVTable(columns: header.names, rows: rows)
    }

    public func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
}
