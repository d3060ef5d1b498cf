import Foundation
/// A CSV that opens correctly in a French spreadsheet: `;` separator, UTF-8 with a byte-order mark
/// (without it Excel reads windows-1252), CRLF line ends, RFC 4180 quoting.
///
/// Cells that a spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`, or a tab or
/// carriage return (OWASP, "CSV injection") — are prefixed with an apostrophe, so that a debtor named
/// `=HYPERLINK(…)` is shown as text, never evaluated.
struct SpreadsheetCSV {
    private var text = "\u{FEFF}"

    init(header: [String]) { appendLine(header, guarded: false) }

    mutating func append(_ cells: [String]) { appendLine(cells, guarded: true) }

    var bytes: [UInt8] { Array(text.utf8) }

    private mutating func appendLine(_ cells: [String], guarded: Bool) {
        text += cells.map { Self.quoted(guarded ? Self.neutralised($0) : $0) }.joined(separator: ";")
        text += "\r\n"
    }

    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + cell : cell
    }

    static func quoted(_ cell: String) -> String {
        let needsQuotes = cell.contains { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
