import RelanceCore

/// `--keep-going`: a book whose errors all belong to rows of debtors.csv, ledger.csv,
/// interactions.csv or documents.csv still builds without those rows. Each row is kept or rejected whole, and what
/// depends on a rejected row is rejected with it, with why:
/// - the ledger lines and log lines of a rejected debtor;
/// - the payments and credit notes applying to a rejected invoice;
/// - the log lines and documents naming a rejected invoice.
/// Any other error (a file missing or unreadable, a header, relance.toml, a rate table, a total over
/// the limit) still stops the read: without it nothing can be trusted.
enum RowRejection {
    static let rowFiles: Set<String> = [DebtorsReader.fileName, LedgerReader.fileName, InteractionsReader.fileName,
                                        DocumentsReader.fileName]

    struct Kept {
        var debtors: [Debtor]
        var ledger: [LedgerEntry]
        var interactions: [Interaction]
        var documents: [SupportingDocument]
        var invoiceFiles: [String: String]
        /// In file-name, then line order.
        var rejected: [RejectedRow]
    }

    /// The book's rows without the rejected ones, or nil when an error is not a row's.
    /// `sources`: the row files as read, to find the debtor and reference of a row that gave no value.
    static func apply(
        _ errors: [BookError], debtors: [Debtor], ledger: [LedgerEntry], interactions: [Interaction],
        documents: [SupportingDocument], invoiceFiles: [String: String], sources: [SourceText]
    ) -> Kept? {
        guard errors.allSatisfy({ $0.row != nil && rowFiles.contains($0.location.file) }) else { return nil }
        var own: [RowKey: [String]] = [:]
        for error in BookErrors(errors).errors {
            let reason = error.columnName.map { "\($0): \(error.message)" } ?? error.message
            own[RowKey(file: error.location.file, line: error.row ?? 0), default: []].append(reason)
        }
        let cells = RejectedCells(sources: sources, rows: Set(own.keys))
        var rejected: [RowKey: (debtorID: String?, reasons: [String])] = [:]
        for (key, reasons) in own { rejected[key] = (cells.debtorID(of: key), reasons) }

        let keptDebtors = debtors.filter { own[RowKey($0.location)] == nil }
        let keptIDs = Set(keptDebtors.map(\.id))
        let rejectedDebtorLines = cells.lines(of: DebtorsReader.fileName, byColumn: "id")
        func debtorGone(_ id: String) -> String {
            let place = rejectedDebtorLines[id].map { " (\(DebtorsReader.fileName):\($0))" } ?? ""
            return "the row of the debtor \(quoted(id))\(place) was rejected"
        }

        var ledgerKept: [LedgerEntry] = []
        for entry in ledger where own[RowKey(entry.location)] == nil {
            if keptIDs.contains(entry.debtorID) {
                ledgerKept.append(entry)
            } else {
                rejected[RowKey(entry.location)] = (entry.debtorID, [debtorGone(entry.debtorID)])
            }
        }
        let keptInvoices = Set(ledgerKept.lazy.filter { $0.kind == .invoice }.map(\.reference))
        let rejectedInvoiceLines = cells.lines(of: LedgerReader.fileName, byColumn: "reference")
        func invoiceGone(_ reference: String) -> String {
            let place = rejectedInvoiceLines[reference].map { " (\(LedgerReader.fileName):\($0))" } ?? ""
            return "the row of the invoice \(quoted(reference))\(place) was rejected"
        }
        ledgerKept.removeAll { entry in
            guard entry.kind != .invoice, let invoice = entry.appliesTo, !keptInvoices.contains(invoice) else { return false }
            rejected[RowKey(entry.location)] = (entry.debtorID, ["applies_to: " + invoiceGone(invoice)])
            return true
        }

        // Log lines and documents: rows of a debtor naming invoices, gone with either.
        func keep<Row>(_ rows: [Row], _ location: (Row) -> SourceLocation, _ debtor: (Row) -> String,
                       _ invoices: (Row) -> [String]) -> [Row] {
            rows.filter { row in
                let key = RowKey(location(row))
                guard own[key] == nil else { return false }
                if !keptIDs.contains(debtor(row)) {
                    rejected[key] = (debtor(row), [debtorGone(debtor(row))])
                } else if let invoice = invoices(row).first(where: { !keptInvoices.contains($0) }) {
                    rejected[key] = (debtor(row), ["invoices: " + invoiceGone(invoice)])
                } else {
                    return true
                }
                return false
            }
        }
        let interactionsKept = keep(interactions, \.location, \.debtorID, \.invoices)
        let documentsKept = keep(documents, \.location, \.debtorID, \.invoices)

        let rows = rejected.sorted { $0.key.precedes($1.key) }.map { key, value in
            RejectedRow(location: SourceLocation(file: key.file, line: key.line), debtorID: value.debtorID, reasons: value.reasons)
        }
        return Kept(debtors: keptDebtors, ledger: ledgerKept, interactions: interactionsKept, documents: documentsKept,
                    invoiceFiles: invoiceFiles.filter { keptInvoices.contains($0.key) }, rejected: rows)
    }
}

/// A data row: its file and first line.
struct RowKey: Hashable {
    let file: String
    let line: Int

    init(file: String, line: Int) { self.file = file; self.line = line }
    init(_ location: SourceLocation) { self.init(file: location.file, line: location.line) }

    func precedes(_ other: RowKey) -> Bool {
        file != other.file ? file.unicodeScalars.lexicographicallyPrecedes(other.file.unicodeScalars) : line < other.line
    }
}

/// The debtor and reference cells of the rejected rows, read again from the files: a rejected row
/// may have given no value at all (a date that is no date, a field too many), yet it still names its
/// debtor, whose letters must then be held. Only paid when rows are rejected.
private struct RejectedCells {
    /// File → first line of a rejected row → column name → cell.
    private var cells: [String: [Int: [String: String]]] = [:]

    init(sources: [SourceText], rows: Set<RowKey>) {
        for source in sources {
            let lines = Set(rows.filter { $0.file == source.fileName }.map(\.line))
            guard !lines.isEmpty else { continue }
            cells[source.fileName] = Self.read(source, lines: lines, columns: ["id", "debtor", "reference"])
        }
    }

    private static func read(_ source: SourceText, lines: Set<Int>, columns: [String]) -> [Int: [String: String]] {
        let quiet = ErrorLog()
        guard let schema = schemas[source.fileName],
              let (header, body) = CSVTableReader.readHeader(source, schema: schema, log: quiet) else { return [:] }
        let wanted = columns.compactMap { name in header.column(name).index.map { (name, $0) } }
        var found: [Int: [String: String]] = [:]
        source.bytes.withUnsafeBufferPointer { buffer in
            let scanner = CSVScanner(buffer: buffer, start: source.start, fileName: source.fileName, log: quiet)
            scanner.scan(separator: header.separator, from: body) { record in
                guard lines.contains(record.line) else { return true }
                var row: [String: String] = [:]
                for (name, index) in wanted where index < record.fields.count && !record.fields[index].isEmpty {
                    row[name] = record.string(index)
                }
                found[record.line] = row
                return true
            }
        }
        return found
    }

    private static let schemas = [
        DebtorsReader.fileName: DebtorsReader.schema, LedgerReader.fileName: LedgerReader.schema,
        InteractionsReader.fileName: InteractionsReader.schema, DocumentsReader.fileName: DocumentsReader.schema,
    ]

    /// The debtor a rejected row names: its `id` in debtors.csv, its `debtor` elsewhere.
    func debtorID(of key: RowKey) -> String? {
        cells[key.file]?[key.line]?[key.file == DebtorsReader.fileName ? "id" : "debtor"]
    }

    /// Cell value → the first rejected line holding it, for one column of one file.
    func lines(of file: String, byColumn column: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for (line, row) in cells[file] ?? [:] {
            guard let value = row[column] else { continue }
            result[value] = min(result[value] ?? line, line)
        }
        return result
    }
}
