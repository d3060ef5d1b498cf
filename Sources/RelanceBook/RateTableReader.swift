import Foundation
import RelanceCore

/// Rate table files: the one shipped in `assets/rates/` and those a book carries in `rates/`.
///
/// Format (assets/rates/README.md): a CSV file of the book's dialect with the columns
/// `half_year;ecb;legal_private;legal_other`; `half_year` as `2026-H1`; rates in percent with a
/// decimal point (`2.15`); an empty cell when that rate is not known, which is never guessed.
public enum RateTableReader {
    static let schema = CSVSchema(required: ["half_year", "ecb", "legal_private", "legal_other"], optional: [])

    /// Reads a rate file; errors name the file by its last path component.
    public static func read(file: URL) throws(BookErrors) -> RateTable {
        let log = ErrorLog()
        let fileName = file.lastPathComponent
        guard let raw = SourceText.readBytes(file, fileName: fileName, log: log, inBook: false) else { throw BookErrors(log.errors) }
        return try parse(bytes: raw, fileName: fileName)
    }

    /// Parses the bytes of a rate file (UTF-8, with or without byte-order mark).
    public static func parse(bytes: [UInt8], fileName: String) throws(BookErrors) -> RateTable {
        let log = ErrorLog()
        var table = RateTable()
        if let source = SourceText.decode(bytes, fileName: fileName, encoding: .utf8, log: log) {
            table = read(source, log: log)
        }
        guard log.isEmpty else { throw BookErrors(log.errors) }
        return table
    }

    public static func parse(text: String, fileName: String) throws(BookErrors) -> RateTable {
        try parse(bytes: Array(text.utf8), fileName: fileName)
    }

    /// Reads into the shared log of a book.
    static func read(_ source: SourceText, log: ErrorLog) -> RateTable {
        var halfYears: [HalfYear: HalfYearRates] = [:]
        var firstLine: [HalfYear: Int] = [:]
        CSVTableReader.read(source, schema: schema, log: log) { header in
            let halfYearColumn = header.column("half_year")
            let rateColumns: [(CSVColumn, WritableKeyPath<HalfYearRates, PercentRate?>)] = [
                (header.column("ecb"), \.ecb), (header.column("legal_private"), \.legalPrivate),
                (header.column("legal_other"), \.legalOther),
            ]
            return { row in
                guard let text = row.required(halfYearColumn, expected: "a half-year such as 2026-H1") else { return }
                guard let halfYear = parseHalfYear(text) else {
                    row.fail(halfYearColumn, "expected a half-year such as 2026-H1 or 2026-H2, found \(quoted(text))")
                    return
                }
                if let first = firstLine[halfYear] {
                    row.fail(halfYearColumn, "\(halfYear) is already given on line \(first)")
                    return
                }
                firstLine[halfYear] = row.line
                var rates = HalfYearRates()
                for (column, path) in rateColumns {
                    guard let value = row.text(column) else { continue }
                    guard let rate = PercentRate(parsing: Substring(value)) else {
                        row.fail(column, "expected a rate in percent such as 2.15 (or an empty cell when unknown), "
                                 + "found \(quoted(value))")
                        continue
                    }
                    guard !BookLimits.exceeds(rate) else {
                        row.fail(column, "expected a rate from 0 to \(BookLimits.maximumRatePercent) percent, found \(quoted(value))")
                        continue
                    }
                    rates[keyPath: path] = rate
                }
                halfYears[halfYear] = rates
            }
        }
        return RateTable(halfYears)
    }

    /// `2026-H1`; also `2026 H1` (as HalfYear prints it), `2026H1` and a lower-case `h`.
    static func parseHalfYear(_ text: String) -> HalfYear? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 6, bytes.count <= 7, bytes[0..<4].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        var index = 4
        if bytes.count == 7 {
            guard bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: " ") else { return nil }
            index = 5
        }
        guard bytes[index] == UInt8(ascii: "H") || bytes[index] == UInt8(ascii: "h"),
              bytes[index + 1] == UInt8(ascii: "1") || bytes[index + 1] == UInt8(ascii: "2"),
              let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)), year >= 1 else { return nil }
        return HalfYear(year: year, half: Int(bytes[index + 1] - 48))
    }
}
