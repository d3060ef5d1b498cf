import RelanceCore

/// One data row of a book file, with typed accessors that log a located error when a value is wrong
/// (and then return nil), so that a reader checks every field of every row in one pass.
struct CSVRow {
    let record: CSVRecord
    /// 0-based position among the file's data rows.
    let index: Int
    let fileName: String
    let decimalComma: Bool
    let log: ErrorLog

    var line: Int { record.line }
    var location: SourceLocation { SourceLocation(file: fileName, line: record.line, column: 1) }

    func location(_ column: CSVColumn) -> SourceLocation {
        guard let index = column.index else { return location }
        return SourceLocation(file: fileName, line: record.fields[index].line, column: record.column(index))
    }

    func isEmpty(_ column: CSVColumn) -> Bool {
        guard let index = column.index else { return true }
        return record.fields[index].isEmpty
    }

    /// The value, or nil when the column is absent or the cell empty.
    func text(_ column: CSVColumn) -> String? {
        guard let index = column.index, !record.fields[index].isEmpty else { return nil }
        return record.string(index)
    }

    /// The value; logs "expected …, found an empty cell" when there is none.
    func required(_ column: CSVColumn, expected: @autoclosure () -> String) -> String? {
        guard let value = text(column) else {
            failMissing(column, expected())
            return nil
        }
        return value
    }

    /// A required value is missing: from its cell, or from the whole file when it has no such column.
    private func failMissing(_ column: CSVColumn, _ expected: String) {
        if column.index == nil {
            fail(column, "expected \(expected), but the file has no \(quoted(column.name)) column")
        } else {
            fail(column, "expected \(expected), found an empty cell")
        }
    }

    func fail(_ column: CSVColumn, _ message: String) {
        let place = location(column)
        log.add(fileName, line: place.line, column: place.column, column.name, message, row: record.line)
    }

    /// Whether the cell is present; logs the empty required one.
    private func present(_ column: CSVColumn, required: Bool, expected: @autoclosure () -> String) -> Int? {
        guard let index = column.index, !record.fields[index].isEmpty else {
            if required { failMissing(column, expected()) }
            return nil
        }
        return index
    }

    /// An amount in minor units, strictly positive unless `allowZero`.
    func amount(_ column: CSVColumn, required: Bool, allowZero: Bool = false) -> Money? {
        guard let index = present(column, required: required, expected: amountExpectation) else { return nil }
        // A good amount is returned straight away: the closure below copies the row, which cost
        // as much as parsing the amount.
        if case .success(let cents) = AmountParser.parse(record.bytes(index), decimalComma: decimalComma),
           cents > 0 || (cents == 0 && allowZero) {
            return Money(minorUnits: cents)
        }
        return amount(record.bytes(index), column: column, allowZero: allowZero) { record.string(index) }
    }

    /// Built only for a message: string interpolation on every row would cost more than the parsing.
    private var amountExpectation: String { "an amount such as \(AmountParser.example(decimalComma: decimalComma))" }

    /// Reads an amount from `bytes` (a whole cell or a part of one, as in a schedule).
    func amount(
        _ bytes: UnsafeBufferPointer<UInt8>, column: CSVColumn, allowZero: Bool = false, found: () -> String
    ) -> Money? {
        switch AmountParser.parse(bytes, decimalComma: decimalComma) {
        case .success(let cents):
            if cents < 0 || (cents == 0 && !allowZero) {
                fail(column, "expected a strictly positive amount, found \(quoted(found()))")
                return nil
            }
            return Money(minorUnits: cents)
        case .failure(.tooManyDecimals):
            fail(column, "expected at most 2 decimals (cents of EUR), found \(quoted(found()))")
        case .failure(.tooLarge):
            fail(column, "expected at most \(AmountParser.maxIntegerDigits) digits before the decimals, "
                 + "found \(quoted(found()))")
        case .failure(.malformed):
            fail(column, "expected \(amountExpectation), found \(quoted(found()))")
        }
        return nil
    }

    func day(_ column: CSVColumn, required: Bool) -> Day? {
        guard let index = present(column, required: required, expected: "a date such as \(DateParser.example)") else {
            return nil
        }
        if case .success(let day) = DateParser.day(record.bytes(index)) { return day }
        return day(record.bytes(index), column: column) { record.string(index) }
    }

    func day(_ bytes: UnsafeBufferPointer<UInt8>, column: CSVColumn, found: () -> String) -> Day? {
        switch DateParser.day(bytes) {
        case .success(let day): return day
        case .failure(.noSuchDay): fail(column, "expected a date, found \(quoted(found())), which is not a day of the calendar")
        case .failure(.malformed): fail(column, "expected a date such as \(DateParser.example), found \(quoted(found()))")
        }
        return nil
    }

    /// A date with an optional time (minutes after midnight).
    func dateTime(_ column: CSVColumn, required: Bool) -> (Day, Int?)? {
        let expected = { "a date or date-time such as \(DateParser.dateTimeExample)" }
        guard let index = present(column, required: required, expected: expected()) else { return nil }
        switch DateParser.dateTime(record.bytes(index)) {
        case .success(let value): return value
        case .failure(.noSuchDay):
            fail(column, "expected a date, found \(quoted(record.string(index))), which is not a day of the calendar")
        case .failure(.malformed): fail(column, "expected \(expected()), found \(quoted(record.string(index)))")
        }
        return nil
    }

    /// An enumerated value; nil (and no error) when the cell is empty and not required.
    func keyword<Value>(_ column: CSVColumn, _ keywords: Keywords<Value>, required: Bool) -> Value? {
        guard let index = present(column, required: required, expected: keywords.expected) else { return nil }
        guard let value = keywords.value(record.bytes(index)) else {
            fail(column, "expected \(keywords.expected), found \(quoted(record.string(index)))")
            return nil
        }
        return value
    }

    /// Whether the cell holds `text`, ignoring ASCII case, without building a String.
    func holds(_ column: CSVColumn, caseInsensitive text: StaticString) -> Bool {
        guard let index = column.index else { return false }
        let bytes = record.bytes(index)
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        for (k, byte) in bytes.enumerated() where byte | 0x20 != text.utf8Start[k] | 0x20 { return false }
        return true
    }

    /// The cell split on `|`, pieces trimmed, empty pieces dropped.
    func list(_ column: CSVColumn) -> [String] {
        guard let index = column.index, !record.fields[index].isEmpty else { return [] }
        // Most cells hold a single value with nothing to trim: it is the whole list. Splitting and
        // trimming through Substrings cost some 2,300 instructions per cell (callgrind); a log line
        // has two such cells, and took 10,000 instructions to read.
        let bytes = record.bytes(index)
        if !bytes.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: " ") || $0 == 0x09 }) {
            return [record.string(index)]
        }
        return record.string(index).split(separator: "|").map { String($0).trimmingBlanks() }.filter { !$0.isEmpty }
    }
}
