import Foundation
import RelanceCore

/// Lines added at the end of interactions.csv, in the file's own dialect — its separator, column
/// order, encoding, byte-order mark and line breaks — without touching a byte of the lines already
/// there: their line numbers, and so the exhibit numbers of the case files, stay as they were.
/// What `relance record` writes; a book without a log gets one with every column.
public struct InteractionLogAppender: Sendable {
    public static let fileName = InteractionsReader.fileName

    /// The file as it is now (empty when the book has no log yet).
    public let original: [UInt8]
    /// The header's column names, lower-cased, in file order.
    public let columns: [String]
    private let separator: UInt8
    private let lineBreak: [UInt8]
    private let windows1252: Bool
    /// Physical lines of the file as it is: the first appended line is the next one.
    public let lineCount: Int

    /// Reads `interactions.csv` of `book` and the encoding relance.toml declares for it.
    public init(book: URL) throws(BookErrors) {
        let log = ErrorLog()
        let settings = SettingsReader.read(book: book, log: log)
        guard log.isEmpty else { throw BookErrors(log.errors) }
        let url = book.appendingPathComponent(Self.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            self.init(original: [], columns: ["date", "debtor", "invoices", "kind", "channel", "direction", "summary",
                                              "proof", "tracking", "delivered_on", "amount", "due", "schedule"],
                      separator: UInt8(ascii: ";"), lineBreak: [0x0A], windows1252: false, lineCount: 0)
            return
        }
        guard let raw = SourceText.readBytes(url, fileName: Self.fileName, log: log),
              let source = SourceText.decode(raw, fileName: Self.fileName, encoding: settings.encoding, log: log),
              let (header, _) = CSVTableReader.readHeader(source, schema: InteractionsReader.schema, log: log)
        else { throw BookErrors(log.errors) }
        let hasBOM = source.start == 3
        self.init(original: raw, columns: header.names, separator: header.separator, lineBreak: Self.firstLineBreak(raw),
                  windows1252: settings.encoding == .windows1252 && !hasBOM, lineCount: Self.physicalLines(raw))
    }

    private init(original: [UInt8], columns: [String], separator: UInt8, lineBreak: [UInt8], windows1252: Bool, lineCount: Int) {
        self.original = original
        self.columns = columns
        self.separator = separator
        self.lineBreak = lineBreak
        self.windows1252 = windows1252
        self.lineCount = lineCount
    }

    /// The whole new file: the original bytes, a line break if the last line had none, then one line
    /// per entry (column name → value; a column the file lacks must stay empty).
    /// - Throws: a column the file does not have, or a character its encoding cannot hold.
    public func appending(_ lines: [[String: String]]) throws(BookErrors) -> [UInt8] {
        var errors: [BookError] = []
        let known = Set(columns)
        for name in Set(lines.flatMap { line in line.filter { !$0.value.isEmpty }.keys }).sorted() where !known.contains(name) {
            errors.append(BookError(
                location: SourceLocation(file: Self.fileName, line: 1), columnName: name,
                message: "the header has no column \(quoted(name)) to record this in: add it at the end of the header "
                    + "line, with one more separator at the end of every line"))
        }
        guard errors.isEmpty else { throw BookErrors(errors) }
        var bytes = original
        if original.isEmpty {
            bytes = encodedLine(columns)
        }
        if let last = bytes.last, last != 0x0A && last != 0x0D { bytes += lineBreak }
        for (offset, line) in lines.enumerated() {
            let fields = columns.map { line[$0] ?? "" }
            guard let encoded = encodedLineIfPossible(fields) else {
                let text = fields.first { Windows1252.encode($0) == nil } ?? ""
                throw BookErrors([BookError(
                    location: SourceLocation(file: Self.fileName, line: firstNewLine + offset), columnName: nil,
                    message: "\(quoted(text)) has a character that windows-1252, the log's encoding, cannot hold")])
            }
            bytes += encoded
        }
        return bytes
    }

    /// The line number the first appended line gets.
    public var firstNewLine: Int { original.isEmpty ? 2 : lineCount + 1 }

    private func encodedLine(_ fields: [String]) -> [UInt8] { encodedLineIfPossible(fields) ?? [] }

    private func encodedLineIfPossible(_ fields: [String]) -> [UInt8]? {
        let text = fields.map(quotedIfNeeded).joined(separator: String(UnicodeScalar(separator)))
        let encoded = windows1252 ? Windows1252.encode(text) : Array(text.utf8)
        return encoded.map { $0 + lineBreak }
    }

    /// RFC 4180: a value holding the separator, a quote or a line break, or with blanks around it
    /// (which the reader would trim), goes in quotes, its quotes doubled.
    private func quotedIfNeeded(_ value: String) -> String {
        let separator = Character(UnicodeScalar(self.separator))
        let needs = value.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        return needs ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// CRLF, LF or CR, as the file's first line ends; LF for a file of one line.
    private static func firstLineBreak(_ bytes: [UInt8]) -> [UInt8] {
        guard let index = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return [0x0A] }
        if bytes[index] == 0x0D { return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? [0x0D, 0x0A] : [0x0D] }
        return [0x0A]
    }

    /// Lines as the reader counts them (CRLF, LF and a lone CR each end one); a last line without a
    /// break counts too.
    private static func physicalLines(_ bytes: [UInt8]) -> Int {
        var lines = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                lines += 1
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else if bytes[index] == 0x0A {
                lines += 1
            }
            index += 1
        }
        if let last = bytes.last, last != 0x0A && last != 0x0D { lines += 1 }
        return lines
    }
}
