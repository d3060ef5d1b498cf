import RelanceCore

/// ledger.csv: invoices, credit notes and payments.
enum LedgerReader {
    static let fileName = "ledger.csv"
    static let schema = CSVSchema(
        required: ["date", "kind", "reference", "debtor", "amount"],
        optional: ["due_date", "applies_to", "currency", "label", "service_date"]
    )

    struct Contents {
        var entries: [LedgerEntry] = []
        /// Invoices and credit notes by reference, also from rows with other errors (so that one bad
        /// cell does not cascade into "unknown invoice" errors elsewhere). Nil when the file was unusable.
        var documents: LedgerDocuments?
    }

    /// What the rows of one part of the file (one thread's) give.
    private struct Part {
        let entries: MovableRows<LedgerEntry>
        var documents: LedgerDocuments
        /// Each `applies_to` cell, with its place (line, byte offset, line start): columns are
        /// counted on error only.
        var settlements: [Settlement] = []

        init(capacity: Int) {
            entries = MovableRows(capacity: capacity)
            documents = LedgerDocuments(capacity: capacity)
        }

        /// Another part's documents and settlements after these (the entries are merged apart).
        mutating func append(_ other: Part) {
            documents.append(contentsOf: other.documents)
            settlements.append(contentsOf: other.settlements)
        }
    }

    private struct Settlement {
        let reference: String
        let debtorID: String?
        let line: Int
        /// The first line of its row.
        let row: Int
        let offset: Int
        let lineStart: Int
    }

    /// `debtorIDs` nil: debtors.csv could not be read, so debtors are not checked. A file of
    /// `parallelFrom` bytes or more is read on two threads.
    static func read(
        _ source: SourceText?, debtorIDs: KnownDebtors?, log: ErrorLog,
        parallelFrom: Int = CSVParallelRows.defaultMinimumBytes
    ) -> Contents {
        guard let source, let (header, body) = CSVTableReader.readHeader(source, schema: schema, log: log) else {
            return Contents()
        }
        let columns = Columns(header)
        // Sized once from the line count: growing a million-entry array step by step costs more than
        // reading the file.
        let capacity = source.lineCount
        let parts = CSVParallelRows.read(
            source, header: header, from: body, log: log, minimumBytes: parallelFrom,
            makePart: { Part(capacity: $0 == 0 ? capacity : capacity / 2 + 1) }
        ) { part, row in
            read(row, columns, debtorIDs: debtorIDs, into: &part)
        }
        let entries = MovableRows.merge(parts.map(\.entries))
        var all = parts[0]
        for part in parts.dropFirst() { all.append(part) }
        BookLimits.checkTotals(entries, fileName: fileName, log: log)

        source.bytes.withUnsafeBufferPointer { buffer in
            // References must be unique: the first keeps it, each later one is an error at its own cell.
            for (duplicate, first) in all.documents.index() {
                let column = TextPosition.column(buffer, lineStart: duplicate.lineStart, offset: duplicate.referenceOffset)
                log.add(fileName, line: duplicate.line, column: column, "reference",
                        "the reference \(quoted(duplicate.reference)) is already used on line \(first.line): "
                        + "invoice and credit-note references must be unique", row: duplicate.row)
            }
            // After the whole file: a payment may come before the invoice it settles.
            for (position, problem) in settlementProblems(all.settlements, all.documents) {
                let settlement = all.settlements[position]
                let column = TextPosition.column(buffer, lineStart: settlement.lineStart, offset: settlement.offset)
                log.add(fileName, line: settlement.line, column: column, "applies_to", problem, row: settlement.row)
            }
        }
        return Contents(entries: entries, documents: all.documents)
    }

    /// One row; called on two threads at once for a large file, each with its own part. A row with
    /// an error may still give an entry (an unknown debtor, say): no matter, since a book with errors
    /// gives no Book, and not checking the log on every row saves a dynamic exclusivity check.
    private static func read(_ row: CSVRow, _ c: Columns, debtorIDs: KnownDebtors?, into part: inout Part) {
        let date = row.day(c.date, required: true)
        let kind = row.keyword(c.kind, Vocabulary.ledgerKinds, required: true)
        let reference = row.required(c.reference, expected: "a document number")
        let debtorID = row.debtor(c.debtor, known: debtorIDs)
        let amount = row.amount(c.amount, required: true)
        let dueDate = kind == .invoice ? row.day(c.dueDate, required: true) : nil
        let serviceDate = kind == .invoice ? row.day(c.serviceDate, required: false) : nil
        if !row.isEmpty(c.currency) && !row.holds(c.currency, caseInsensitive: "EUR") {
            row.fail(c.currency, "expected EUR or an empty cell (a book is in euros), "
                     + "found \(quoted(row.text(c.currency) ?? ""))")
        }
        if let kind, kind != .payment, let reference, let debtorID, let index = c.reference.index {
            let field = row.record.fields[index]
            part.documents.append(LedgerDocument(
                reference: reference, kind: kind, debtorID: debtorID, line: field.line, row: row.line,
                referenceOffset: field.rawStart, lineStart: field.lineStart
            ))
        }
        // Payments and credit notes settle an invoice; an invoice's own applies_to means nothing.
        let appliesTo = kind == .invoice ? nil : row.text(c.appliesTo)
        if let appliesTo, let index = c.appliesTo.index {
            let field = row.record.fields[index]
            part.settlements.append(Settlement(
                reference: appliesTo, debtorID: debtorID, line: field.line, row: row.line, offset: field.rawStart, lineStart: field.lineStart))
        }
        guard let date, let kind, let reference, let debtorID, let amount else { return }
        part.entries.append(LedgerEntry(
            date: date, kind: kind, reference: reference, debtorID: debtorID, amount: amount, dueDate: dueDate,
            appliesTo: appliesTo, label: row.text(c.label), serviceDate: serviceDate, location: row.location
        ))
    }

    /// The settlements whose `applies_to` is wrong, with why, in file order. Checked on two threads
    /// for a large file (the documents are only read): a million lookups, each a cache miss or two,
    /// were a sixth of reading a large ledger.
    private static func settlementProblems(_ settlements: [Settlement], _ documents: LedgerDocuments) -> [(Int, String)] {
        let halves = settlements.count >= 100_000 ? 2 : 1
        return Parallel.map(count: halves, sequentialBelow: 2) { half in
            var problems: [(Int, String)] = []
            for position in (half * settlements.count / halves)..<((half + 1) * settlements.count / halves) {
                let settlement = settlements[position]
                if let problem = settlementProblem(settlement.reference, debtorID: settlement.debtorID, documents) {
                    problems.append((position, problem))
                }
            }
            return problems
        }.flatMap { $0 }
    }

    /// Why `applies_to` cannot name this document, or nil when it can.
    private static func settlementProblem(_ reference: String, debtorID: String?, _ documents: LedgerDocuments) -> String? {
        guard let document = documents[reference] else {
            return "unknown invoice \(quoted(reference)): no invoice with this reference in ledger.csv"
        }
        if document.kind != .invoice {
            return "\(quoted(reference)) is a credit note (line \(document.line)), not an invoice"
        }
        if let debtorID, document.debtorID != debtorID {
            return "the invoice \(quoted(reference)) (line \(document.line)) belongs to debtor "
                + "\(quoted(document.debtorID)), not to \(quoted(debtorID))"
        }
        return nil
    }

    /// Column positions, looked up once per file rather than by name on every row.
    private struct Columns {
        let date, kind, reference, debtor, amount, dueDate, appliesTo, currency, label, serviceDate: CSVColumn
        init(_ header: CSVHeader) {
            date = header.column("date"); kind = header.column("kind"); reference = header.column("reference")
            debtor = header.column("debtor"); amount = header.column("amount"); dueDate = header.column("due_date")
            appliesTo = header.column("applies_to"); currency = header.column("currency"); label = header.column("label")
            serviceDate = header.column("service_date")
        }
    }
}
