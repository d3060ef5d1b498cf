import RelanceCore

/// One line of a FEC on a customer account, its values read.
struct FECLine {
    let line: Int
    let journal: String
    let entryNumber: String
    let entryDate: Day
    let account: String
    let accountLabel: String?
    let auxiliary: String?
    let auxiliaryLabel: String?
    /// Nil when the piece reference is a placeholder (`-`, empty).
    let piece: String?
    let pieceDate: Day?
    let label: String?
    /// Minor units: positive for a debit, negative for a credit.
    let amount: Int64
    let lettering: String?
    /// `Idevise` when the line gives one.
    let currency: String?

    /// The customer: the auxiliary account, else the account itself.
    var customerID: String { auxiliary ?? account }
    var customerName: String { auxiliaryLabel ?? accountLabel ?? customerID }
}

/// A FEC file read: its customer-account lines, how many other lines it had, and the entries whose
/// debits and credits differ.
struct FECFile {
    let fileName: String
    var lines: [FECLine] = []
    /// Lines on other accounts: read and balanced, not customer items.
    var otherLines = 0
    /// Customer lines for 0,00.
    var zeroLines = 0
    /// Data lines, every account.
    var linesRead = 0
    /// `JournalCode/EcritureNum` of the entries that do not balance, with their first line.
    var unbalanced: [(entry: String, line: Int, difference: Int64)] = []
    var firstDate: Day?
    var lastDate: Day?

    /// Tab or `|` separated; UTF-8 with or without byte-order mark, else ISO-8859-1; CRLF or LF.
    /// `receivable`: whether an account is a customer account (its lines are checked strictly; the
    /// others only count towards their entry's balance).
    static func read(_ raw: [UInt8], fileName: String, receivable: (String) -> Bool, log: ErrorLog) -> FECFile? {
        let text = decode(raw)
        var file = FECFile(fileName: fileName)
        var header: FECHeader?
        var separator: Character = "\t"
        var balances: [String: (line: Int, sum: Int64)] = [:]
        var order: [String] = []
        var lineNumber = 0
        // "\r\n" is one Character in Swift: a line ends at either.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            guard let columns = header else {
                separator = line.filter { $0 == "|" }.count > line.filter { $0 == "\t" }.count ? "|" : "\t"
                switch FECHeader.make(fields(line, separator).map(String.init)) {
                case .success(let made): header = made
                case .failure(let problem):
                    log.add(fileName, line: lineNumber, column: 1, nil, problem.message)
                    return nil
                }
                continue
            }
            let cells = fields(line, separator)
            guard cells.count == columns.fieldCount else {
                log.add(fileName, line: lineNumber, column: 1, nil,
                        "expected \(columns.fieldCount) fields as in the header, found \(cells.count)", row: lineNumber)
                continue
            }
            let reader = FECLineReader(cells: cells, header: columns, fileName: fileName, line: lineNumber, log: log)
            let account = reader.text(.compteNum) ?? ""
            let journal = reader.text(.journalCode) ?? ""
            let entry = journal + "/" + (reader.text(.ecritureNum) ?? "")
            let amount = reader.signedAmount(strict: receivable(account))
            if balances[entry] == nil { order.append(entry) }
            balances[entry, default: (lineNumber, 0)].sum += amount ?? 0
            file.linesRead += 1
            guard receivable(account) else {
                file.otherLines += 1
                continue
            }
            if amount == 0 {
                file.zeroLines += 1
                continue
            }
            guard let customer = reader.read(account: account, journal: journal, amount: amount) else { continue }
            file.lines.append(customer)
            file.firstDate = min(file.firstDate ?? customer.entryDate, customer.entryDate)
            file.lastDate = max(file.lastDate ?? customer.entryDate, customer.entryDate)
        }
        if header == nil {
            log.add(fileName, line: 1, column: 1, nil, "expected a FEC header line, found an empty file")
            return nil
        }
        file.unbalanced = order.compactMap { entry in
            let balance = balances[entry]!
            return balance.sum == 0 ? nil : (entry, balance.line, balance.sum)
        }
        return file
    }

    /// UTF-8 when it is, else ISO-8859-1 (read as windows-1252, its superset for printable text).
    static func decode(_ raw: [UInt8]) -> String {
        let hasBOM = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        let body = hasBOM ? Array(raw.dropFirst(3)) : raw
        let valid = body.withUnsafeBufferPointer { UTF8Check.firstInvalidByte($0) == nil }
        return String(decoding: valid ? body : Windows1252.toUTF8(body), as: UTF8.self)
    }

    /// The fields of a line; a field wrapped in double quotes loses them (no separator inside).
    static func fields(_ line: Substring, _ separator: Character) -> [Substring] {
        line.split(separator: separator, omittingEmptySubsequences: false).map { field in
            let trimmed = field.trimmingSpaces()
            if trimmed.count >= 2, trimmed.first == "\"", trimmed.last == "\"" { return trimmed.dropFirst().dropLast() }
            return trimmed
        }
    }
}

/// Reads the values of one line, logging each one that is wrong with its column.
private struct FECLineReader {
    let cells: [Substring]
    let header: FECHeader
    let fileName: String
    let line: Int
    let log: ErrorLog

    func cell(_ column: FECHeader.Column) -> Substring? {
        header.positions[column].map { cells[$0] }
    }

    func text(_ column: FECHeader.Column) -> String? {
        guard let value = cell(column), !value.isEmpty else { return nil }
        return String(value)
    }

    /// The character column of a field, for messages.
    func columnNumber(_ column: FECHeader.Column) -> Int {
        guard let index = header.positions[column] else { return 1 }
        return cells[..<index].reduce(1) { $0 + $1.count + 1 }
    }

    func fail(_ column: FECHeader.Column, _ message: String) {
        log.add(fileName, line: line, column: columnNumber(column), column.normName, message, row: line)
    }

    /// Debit − credit, or `Montant` signed by `Sens`. `strict`: a wrong value is an error (a
    /// customer line), else it only counts as zero towards the balance.
    func signedAmount(strict: Bool) -> Int64? {
        if header.signedBySens {
            guard let amount = FECValues.amount(cell(.montant) ?? "") else {
                if strict { fail(.montant, "expected an amount such as 1234,56, found \(quoted(String(cell(.montant) ?? "")))") }
                return nil
            }
            switch (cell(.sens) ?? "").uppercased() {
            case "D", "DEBIT", "+1", "1": return amount
            case "C", "CREDIT", "-1": return -amount
            default:
                if strict { fail(.sens, "expected D or C, found \(quoted(String(cell(.sens) ?? "")))") }
                return nil
            }
        }
        let debit = FECValues.amount(cell(.debit) ?? "")
        let credit = FECValues.amount(cell(.credit) ?? "")
        if strict {
            if debit == nil { fail(.debit, "expected an amount such as 1234,56, found \(quoted(String(cell(.debit) ?? "")))") }
            if credit == nil { fail(.credit, "expected an amount such as 1234,56, found \(quoted(String(cell(.credit) ?? "")))") }
        }
        guard let debit, let credit else { return nil }
        return debit - credit
    }

    func read(account: String, journal: String, amount: Int64?) -> FECLine? {
        let before = log.count
        let entryDate = day(.ecritureDate, required: true)
        let pieceDate = day(.pieceDate, required: false)
        if journal.isEmpty { fail(.journalCode, "expected a journal code, found an empty cell") }
        let currency = text(.idevise)?.uppercased()
        if let currency, currency != "EUR" {
            fail(.idevise, "expected EUR or an empty cell: Relance claims in euros only, found \(quoted(currency))")
        }
        guard let entryDate, let amount, log.count == before else { return nil }
        let piece = text(.pieceRef).flatMap { FECValues.isPlaceholder($0) ? nil : $0 }
        return FECLine(
            line: line, journal: journal, entryNumber: text(.ecritureNum) ?? "", entryDate: entryDate, account: account,
            accountLabel: text(.compteLib), auxiliary: text(.compAuxNum), auxiliaryLabel: text(.compAuxLib),
            piece: piece, pieceDate: pieceDate, label: text(.ecritureLib), amount: amount,
            lettering: text(.ecritureLet), currency: currency)
    }

    private func day(_ column: FECHeader.Column, required: Bool) -> Day? {
        guard let value = cell(column), !value.isEmpty else {
            if required { fail(column, "expected a date such as 20260115, found an empty cell") }
            return nil
        }
        guard let day = FECValues.day(value) else {
            fail(column, "expected a date such as 20260115 (AAAAMMJJ) or 15/01/2026, found \(quoted(String(value)))")
            return nil
        }
        return day
    }
}
