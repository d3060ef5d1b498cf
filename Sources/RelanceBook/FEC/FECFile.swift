import RelanceCore

/// One line of a FEC on a customer account, its values read.
struct FECLine {
    let line: Int
    let journal: String
    let entryNumber: String
    let entryDate: Day
    let account: String
    let auxiliary: String?
    /// Nil when the piece reference is a placeholder (`-`, empty).
    let piece: String?
    let pieceDate: Day?
    let label: String?
    /// Minor units: positive for a debit, negative for a credit.
    let amount: Int64
    let lettering: String?

    /// The customer: the auxiliary account, else the account itself.
    var customerID: String { auxiliary ?? account }
}

/// A FEC file read: its customer-account lines, how many other lines it had, and the entries whose
/// debits and credits differ.
///
/// Read from bytes, field by field, with a String made only for the values of customer lines: a
/// 1M-invoice FEC is four million lines and half a gigabyte, to be read in seconds.
struct FECFile {
    let fileName: String
    /// The customer lines, in file order, as the parts read on each core gave them: joined, 2M
    /// lines would be copied once more for nothing.
    var lineParts: [[FECLine]] = []
    var lines: [FECLine] { Array(lineParts.joined()) }
    /// Data lines, every account.
    var linesRead = 0
    /// Lines on other accounts: balanced, not customer items.
    var otherLines = 0
    /// Customer lines for 0,00.
    var zeroLines = 0
    /// `JournalCode/EcritureNum` of the entries that do not balance, with their first line.
    var unbalanced: [(entry: String, line: Int, difference: Int64)] = []
    var firstDate: Day?
    var lastDate: Day?
    /// Customer id → its name (`CompAuxLib`, else `CompteLib`) as first written; made once per
    /// customer rather than on each of its lines.
    var names: [String: String] = [:]

    /// Tab or `|` separated; UTF-8 with or without byte-order mark, else ISO-8859-1; CRLF, LF or CR.
    /// `receivable`: the prefixes of the customer accounts, whose lines are checked strictly (the
    /// others only count towards their entry's balance). A large file is read in two halves on two
    /// cores: a FEC has no quoting, so any line break is a line's end.
    static func read(_ raw: [UInt8], fileName: String, receivable: [String], log: ErrorLog,
                     parallelFrom: Int = CSVParallelRows.defaultMinimumBytes) -> FECFile? {
        let bytes = utf8(raw)
        let prefixes = receivable.map { Array($0.utf8) }
        guard let start = bytes.withUnsafeBufferPointer({ buffer in
            FECScan.header(buffer, fileName: fileName, log: log)
        }) else { return nil }
        let count = bytes.count
        var middle = start.body + (count - start.body) / 2
        while middle < count && bytes[middle] != 0x0A { middle += 1 }
        let cut = min(middle + 1, count)
        let parts: [FECScan.Part]
        if count - start.body < parallelFrom || cut >= count {
            parts = [bytes.withUnsafeBufferPointer { buffer in
                FECScan.Part.read(buffer, start.body..<count, firstLine: start.line, start: start, fileName: fileName,
                                  prefixes: prefixes)
            }]
        } else {
            let secondLine = bytes.withUnsafeBufferPointer { FECScan.lines(in: $0, start.body..<cut) } + start.line
            let (first, second) = Parallel.both({
                bytes.withUnsafeBufferPointer { buffer in
                    FECScan.Part.read(buffer, start.body..<cut, firstLine: start.line, start: start, fileName: fileName,
                                      prefixes: prefixes)
                }
            }, {
                bytes.withUnsafeBufferPointer { buffer in
                    FECScan.Part.read(buffer, cut..<count, firstLine: secondLine, start: start, fileName: fileName,
                                      prefixes: prefixes)
                }
            })
            parts = [first, second]
        }
        var file = FECFile(fileName: fileName)
        var runs: [(entry: String, line: Int, sum: Int64)] = []
        // The runs at the edges of the parts, balanced or not: the entry the cut went through has
        // its last run in one part and its first in the next, and they are one run of one pass.
        var tail: (entry: String, line: Int, sum: Int64)?
        for part in parts {
            for error in part.errors { log.add(error) }
            file.lineParts.append(part.lines)
            file.linesRead += part.linesRead
            file.otherLines += part.otherLines
            file.zeroLines += part.zeroLines
            if var first = part.firstRun {
                if let previous = tail, previous.entry == first.entry {
                    first = (previous.entry, previous.line, previous.sum + first.sum)
                } else if let previous = tail {
                    runs.append(previous)
                }
                if let last = part.lastRun {
                    runs.append(first)
                    runs.append(contentsOf: part.unbalancedRuns)
                    tail = last
                } else {
                    tail = first
                }
            }
            file.names.merge(part.names) { first, _ in first }
            if let first = part.firstDate { file.firstDate = min(file.firstDate ?? first, first) }
            if let last = part.lastDate { file.lastDate = max(file.lastDate ?? last, last) }
        }
        if let previous = tail { runs.append(previous) }
        runs.removeAll { $0.sum == 0 }
        // An entry written in two places is balanced when its parts are.
        var sums: [String: (line: Int, sum: Int64)] = [:]
        var order: [String] = []
        for run in runs {
            if sums[run.entry] == nil { order.append(run.entry) }
            sums[run.entry, default: (run.line, 0)].sum += run.sum
        }
        file.unbalanced = order.compactMap { entry in
            let total = sums[entry]!
            return total.sum == 0 ? nil : (entry, total.line, total.sum)
        }
        return file
    }

    /// UTF-8 when it is, else ISO-8859-1 (read as windows-1252, its superset for printable text).
    static func utf8(_ raw: [UInt8]) -> [UInt8] {
        let hasBOM = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        let body = hasBOM ? Array(raw.dropFirst(3)) : raw
        let valid = body.withUnsafeBufferPointer { UTF8Check.firstInvalidByte($0) == nil }
        return valid ? body : Windows1252.toUTF8(body)
    }
}

/// A pass over a FEC's bytes: the header, then the lines of a range.
private struct FECScan {
    /// Where the data lines start, the header they are read against, the separator.
    struct Start: Sendable {
        let header: FECHeader
        let separator: UInt8
        /// Byte offset of the line after the header, and its number.
        let body: Int
        let line: Int
    }

    /// What one range of lines gives.
    struct Part: Sendable {
        var lines: [FECLine] = []
        var linesRead = 0, otherLines = 0, zeroLines = 0
        /// The runs between the first and the last, those that do not balance.
        var unbalancedRuns: [(entry: String, line: Int, sum: Int64)] = []
        /// The part's first and last runs (nil last: only one run), whatever their sums.
        var firstRun: (entry: String, line: Int, sum: Int64)?
        var lastRun: (entry: String, line: Int, sum: Int64)?
        var firstDate: Day?
        var lastDate: Day?
        var errors: [BookError] = []
        var names: [String: String] = [:]

        static func read(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstLine: Int, start: Start,
                         fileName: String, prefixes: [[UInt8]]) -> Part {
            let log = ErrorLog()
            var scan = FECScan(buffer: buffer, fileName: fileName, prefixes: prefixes, log: log, start: start)
            scan.lineNumber = firstLine - 1
            scan.scan(range)
            scan.part.errors = log.errors
            return scan.part
        }
    }

    let buffer: UnsafeBufferPointer<UInt8>
    let fileName: String
    let prefixes: [[UInt8]]
    let log: ErrorLog
    private let header: FECHeader
    private let separator: UInt8
    private var part = Part()
    /// Field ranges of the current line, trimmed of spaces and of surrounding quotes.
    private var fields: [Range<Int>] = []
    private var lineNumber = 0
    /// The entry being summed (its journal and number bytes), its first line and running sum.
    private var entry: (journal: Range<Int>, number: Range<Int>, line: Int, sum: Int64)?

    private init(buffer: UnsafeBufferPointer<UInt8>, fileName: String, prefixes: [[UInt8]], log: ErrorLog, start: Start) {
        self.buffer = buffer; self.fileName = fileName; self.prefixes = prefixes; self.log = log
        header = start.header
        separator = start.separator
        fields.reserveCapacity(24)
    }

    /// The first line that is not blank, read as the header; nil (logged) when it is none.
    static func header(_ buffer: UnsafeBufferPointer<UInt8>, fileName: String, log: ErrorLog) -> Start? {
        var position = 0, line = 0
        let count = buffer.count
        while position < count {
            var end = position
            while end < count && buffer[end] != 0x0A && buffer[end] != 0x0D { end += 1 }
            line += 1
            let next = end < count && buffer[end] == 0x0D && end + 1 < count && buffer[end + 1] == 0x0A ? end + 2 : end + 1
            let range = position..<end
            if !range.allSatisfy({ buffer[$0] == 0x20 || buffer[$0] == 0x09 }) {
                var pipes = 0, tabs = 0
                for index in range { if buffer[index] == UInt8(ascii: "|") { pipes += 1 } else if buffer[index] == 0x09 { tabs += 1 } }
                let separator: UInt8 = pipes > tabs ? UInt8(ascii: "|") : 0x09
                let names = split(buffer, range, separator).map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
                switch FECHeader.make(names) {
                case .success(let header):
                    return Start(header: header, separator: separator, body: min(next, count), line: line + 1)
                case .failure(let problem):
                    log.add(fileName, line: line, column: 1, nil, problem.message)
                    return nil
                }
            }
            position = next
        }
        log.add(fileName, line: 1, column: 1, nil, "expected a FEC header line, found an empty file")
        return nil
    }

    /// The line breaks in `range`, as the scan counts them (CRLF once).
    static func lines(in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = buffer[index]
            if byte == 0x0A {
                count += 1
            } else if byte == 0x0D {
                count += 1
                if index + 1 < buffer.count && buffer[index + 1] == 0x0A { index += 1 }
            }
            index += 1
        }
        return count
    }

    private mutating func scan(_ range: Range<Int>) {
        var position = range.lowerBound
        let end = range.upperBound
        while position < end {
            var lineEnd = position
            while lineEnd < end && buffer[lineEnd] != 0x0A && buffer[lineEnd] != 0x0D { lineEnd += 1 }
            lineNumber += 1
            if !isBlank(position..<lineEnd) { line(position..<lineEnd) }
            position = lineEnd < end && buffer[lineEnd] == 0x0D && lineEnd + 1 < buffer.count && buffer[lineEnd + 1] == 0x0A
                ? lineEnd + 2 : lineEnd + 1
        }
        endRun(last: true)
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        range.allSatisfy { buffer[$0] == 0x20 || buffer[$0] == 0x09 }
    }

    private mutating func line(_ range: Range<Int>) {
        split(range)
        guard fields.count == header.fieldCount else {
            log.add(fileName, line: lineNumber, column: 1, nil,
                    "expected \(header.fieldCount) fields as in the header, found \(fields.count)", row: lineNumber)
            return
        }
        part.linesRead += 1
        let lineStart = range.lowerBound
        let customer = isReceivable(field(.compteNum, header))
        let amount = signedAmount(header, strict: customer, lineStart: lineStart)
        sum(journal: field(.journalCode, header), number: field(.ecritureNum, header), amount: amount ?? 0)
        guard customer else {
            part.otherLines += 1
            return
        }
        if amount == 0 {
            part.zeroLines += 1
            return
        }
        if let read = customerLine(header, amount: amount, lineStart: lineStart) {
            part.lines.append(read)
            part.firstDate = min(part.firstDate ?? read.entryDate, read.entryDate)
            part.lastDate = max(part.lastDate ?? read.entryDate, read.entryDate)
        }
    }

    private mutating func split(_ range: Range<Int>) {
        fields.removeAll(keepingCapacity: true)
        Self.split(buffer, range, separator, into: &fields)
    }

    /// The fields of `range`, each trimmed of spaces and of the double quotes around it.
    static func split(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ separator: UInt8) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        split(buffer, range, separator, into: &fields)
        return fields
    }

    static func split(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ separator: UInt8, into fields: inout [Range<Int>]) {
        var start = range.lowerBound
        var index = start
        while true {
            if index == range.upperBound || buffer[index] == separator {
                var low = start, high = index
                while low < high && (buffer[low] == 0x20 || buffer[low] == 0x09) { low += 1 }
                while high > low && (buffer[high - 1] == 0x20 || buffer[high - 1] == 0x09) { high -= 1 }
                if high - low >= 2 && buffer[low] == 0x22 && buffer[high - 1] == 0x22 { low += 1; high -= 1 }
                fields.append(low..<high)
                if index == range.upperBound { break }
                start = index + 1
            }
            index += 1
        }
    }

    private func field(_ column: FECHeader.Column, _ header: FECHeader) -> Range<Int> {
        let position = header.positions[column.rawValue]
        return position < 0 ? 0..<0 : fields[position]
    }

    private func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[range]) }

    private func string(_ range: Range<Int>) -> String { String(decoding: bytes(range), as: UTF8.self) }

    private func text(_ column: FECHeader.Column, _ header: FECHeader) -> String? {
        let range = field(column, header)
        return range.isEmpty ? nil : string(range)
    }

    private func isReceivable(_ account: Range<Int>) -> Bool {
        for prefix in prefixes where prefix.count <= account.count {
            var index = 0
            while index < prefix.count && buffer[account.lowerBound + index] == prefix[index] { index += 1 }
            if index == prefix.count { return true }
        }
        return false
    }

    /// Adds a line to its entry's sum; an entry ends where the next one starts.
    private mutating func sum(journal: Range<Int>, number: Range<Int>, amount: Int64) {
        if let current = entry, equal(current.journal, journal), equal(current.number, number) {
            entry?.sum += amount
            return
        }
        endRun()
        entry = (journal, number, lineNumber, amount)
    }

    /// `last`: the part's final run.
    private mutating func endRun(last: Bool = false) {
        guard let current = entry else { return }
        let run = (string(current.journal) + "/" + string(current.number), current.line, current.sum)
        if part.firstRun == nil {
            part.firstRun = run
        } else if last {
            part.lastRun = run
        } else if current.sum != 0 {
            part.unbalancedRuns.append(run)
        }
        entry = nil
    }

    private func equal(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        var index = 0
        while index < a.count && buffer[a.lowerBound + index] == buffer[b.lowerBound + index] { index += 1 }
        return index == a.count
    }

    /// The character column of a field, for messages.
    private func column(_ column: FECHeader.Column, _ header: FECHeader, lineStart: Int) -> Int {
        let offset = field(column, header).lowerBound
        return TextPosition.column(buffer, lineStart: lineStart, offset: offset)
    }

    private func fail(_ column: FECHeader.Column, _ header: FECHeader, lineStart: Int, _ message: String) {
        log.add(fileName, line: lineNumber, column: self.column(column, header, lineStart: lineStart), column.normName,
                message, row: lineNumber)
    }

    private func found(_ column: FECHeader.Column, _ header: FECHeader) -> String {
        quoted(string(field(column, header)))
    }

    /// Debit − credit, or `Montant` signed by `Sens`. `strict`: a wrong value is an error (a
    /// customer line); else it counts as nothing towards the balance.
    private func signedAmount(_ header: FECHeader, strict: Bool, lineStart: Int) -> Int64? {
        if header.signedBySens {
            guard let amount = FECValues.amount(bytes(field(.montant, header))) else {
                if strict { fail(.montant, header, lineStart: lineStart, "expected an amount such as 1234,56, found \(found(.montant, header))") }
                return nil
            }
            switch string(field(.sens, header)).uppercased() {
            case "D", "DEBIT", "+1", "1": return amount
            case "C", "CREDIT", "-1": return -amount
            default:
                if strict { fail(.sens, header, lineStart: lineStart, "expected D or C, found \(found(.sens, header))") }
                return nil
            }
        }
        let debit = FECValues.amount(bytes(field(.debit, header)))
        let credit = FECValues.amount(bytes(field(.credit, header)))
        if strict {
            if debit == nil { fail(.debit, header, lineStart: lineStart, "expected an amount such as 1234,56, found \(found(.debit, header))") }
            if credit == nil { fail(.credit, header, lineStart: lineStart, "expected an amount such as 1234,56, found \(found(.credit, header))") }
        }
        guard let debit, let credit else { return nil }
        return debit - credit
    }

    private mutating func customerLine(_ header: FECHeader, amount: Int64?, lineStart: Int) -> FECLine? {
        let before = log.count
        let entryDate = day(.ecritureDate, header, required: true, lineStart: lineStart)
        let pieceDate = day(.pieceDate, header, required: false, lineStart: lineStart)
        let journal = text(.journalCode, header)
        if journal == nil { fail(.journalCode, header, lineStart: lineStart, "expected a journal code, found an empty cell") }
        if let currency = text(.idevise, header)?.uppercased(), currency != "EUR" {
            fail(.idevise, header, lineStart: lineStart, "expected EUR or an empty cell: Relance claims in euros only, found \(quoted(currency))")
        }
        guard let entryDate, let amount, let journal, log.count == before else { return nil }
        let piece = text(.pieceRef, header).flatMap { FECValues.isPlaceholder($0) ? nil : $0 }
        let account = text(.compteNum, header) ?? "", auxiliary = text(.compAuxNum, header)
        let id = auxiliary ?? account
        if part.names[id] == nil { part.names[id] = text(.compAuxLib, header) ?? text(.compteLib, header) ?? id }
        return FECLine(
            line: lineNumber, journal: journal, entryNumber: text(.ecritureNum, header) ?? "", entryDate: entryDate,
            account: account, auxiliary: auxiliary, piece: piece, pieceDate: pieceDate, label: text(.ecritureLib, header),
            amount: amount, lettering: text(.ecritureLet, header))
    }

    private func day(_ column: FECHeader.Column, _ header: FECHeader, required: Bool, lineStart: Int) -> Day? {
        let range = field(column, header)
        guard !range.isEmpty else {
            if required { fail(column, header, lineStart: lineStart, "expected a date such as 20260115, found an empty cell") }
            return nil
        }
        guard let day = FECValues.day(bytes(range)) else {
            fail(column, header, lineStart: lineStart,
                 "expected a date such as 20260115 (AAAAMMJJ) or 15/01/2026, found \(found(column, header))")
            return nil
        }
        return day
    }
}
