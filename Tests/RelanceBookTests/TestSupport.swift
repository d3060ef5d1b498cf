import Foundation
import RelanceCore
import RelanceTestSupport
@testable import RelanceBook

/// The fixtures folder beside this file (no resources declared in Package.swift).
let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// The package's shipped rate table, found from this file's place in the package.
let shippedRatesFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("assets/rates/rates.csv")

/// A book written into a fresh temporary folder (through `BookFixture`), with small valid
/// defaults for every file; nil leaves a file out.
final class TemporaryBook {
    let folder: URL

    static let defaultToml = """
        [creditor]
        name = "Atelier Dupont SARL"
        """
    static let defaultDebtors = "id;name;type\nD1;Dupont SA;business\nD2;Marie Martin;consumer\n"
    static let defaultLedger = "date;kind;reference;debtor;amount;due_date;applies_to\n"
        + "2026-01-05;invoice;F1;D1;100.00;2026-02-04;\n"
    static let defaultInteractions = "date;debtor;kind\n"

    init(
        toml: String? = TemporaryBook.defaultToml, debtors: String? = TemporaryBook.defaultDebtors,
        ledger: String? = TemporaryBook.defaultLedger, interactions: String? = TemporaryBook.defaultInteractions
    ) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("relance-book-\(UUID().uuidString)")
        var book = BookFixture()
        book["relance.toml"] = toml
        book["debtors.csv"] = debtors
        book["ledger.csv"] = ledger
        book["interactions.csv"] = interactions
        try book.write(to: folder)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ path: String, _ text: String) throws { try write(path, bytes: Array(text.utf8)) }

    func write(_ path: String, bytes: [UInt8]) throws {
        var file = BookFixture()
        file[bytes: path] = bytes
        try file.write(to: folder)
    }

    func read(rates: RateTable = RateTable(), keepGoing: Bool = false) -> Result<Book, BookErrors> {
        Result { () throws(BookErrors) in try BookReader(shippedRates: rates).read(folder: folder, keepGoing: keepGoing) }
    }

    /// The errors of reading the book (empty when it reads).
    func errors() -> [BookError] {
        if case .failure(let failure) = read() { return failure.errors }
        return []
    }

    func book() throws -> Book { try read().get() }
}

extension [BookError] {
    /// `file:line:col: column: message` lines, for readable expectations.
    var lines: [String] { map(\.description) }

    func first(containing text: String) -> BookError? { first { $0.description.contains(text) } }
}

/// Scans a CSV text with the book's dialect: the separator, the records' fields and lines, the errors.
struct ScannedCSV {
    var separator: UInt8?
    var records: [[String]] = []
    var lines: [Int] = []
    var fieldLines: [[Int]] = []
    var fieldColumns: [[Int]] = []
    var errors: [BookError] = []

    init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    init(bytes: [UInt8]) {
        let log = ErrorLog()
        guard let source = SourceText.decode(bytes, fileName: "test.csv", encoding: .utf8, log: log) else {
            errors = log.errors
            return
        }
        source.bytes.withUnsafeBufferPointer { buffer in
            let scanner = CSVScanner(buffer: buffer, start: source.start, fileName: "test.csv", log: log)
            separator = scanner.detectSeparator()
            guard let separator else { return }
            scanner.scan(separator: separator, from: scanner.beginning) { record in
                guard !record.isBlank else { return true }
                records.append(record.fields.indices.map { record.string($0) })
                lines.append(record.line)
                fieldLines.append(record.fields.map(\.line))
                fieldColumns.append(record.fields.indices.map { record.column($0) })
                return true
            }
        }
        errors = log.errors
    }
}

/// Runs `body` over the UTF-8 bytes of `text`.
func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    Array(text.utf8).withUnsafeBufferPointer(body)
}
