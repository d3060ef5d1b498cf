import RelanceCore

/// interactions.csv: the log of everything done to collect.
enum InteractionsReader {
    static let fileName = "interactions.csv"
    static let schema = CSVSchema(
        required: ["date", "debtor", "kind"],
        optional: ["invoices", "channel", "direction", "summary", "proof", "tracking", "delivered_on", "amount",
                   "due", "schedule"]
    )

    /// One thread's lines, and how many rows it was given (a line's `sequence` is its row's position
    /// in the whole file, so the second thread's are shifted by the first thread's count).
    private struct Part {
        let interactions = MovableRows<Interaction>(capacity: 1024)
        var rows = 0
    }

    /// `debtorIDs` / `documents` nil: that file could not be read, so those references are not checked.
    /// A file of `parallelFrom` bytes or more is read on two threads, as the ledger is.
    static func read(
        _ source: SourceText?, debtorIDs: KnownDebtors?, documents: LedgerDocuments?,
        attachments: AttachmentsFolder, log: ErrorLog, parallelFrom: Int = CSVParallelRows.defaultMinimumBytes
    ) -> [Interaction] {
        guard let source, let (header, body) = CSVTableReader.readHeader(source, schema: schema, log: log) else {
            return []
        }
        let c = Columns(header)
        let parts = CSVParallelRows.read(
            source, header: header, from: body, log: log, minimumBytes: parallelFrom, makePart: { _ in Part() }
        ) { part, row in
            if let interaction = read(row, c, sequence: part.rows, debtorIDs: debtorIDs, documents: documents,
                                      attachments: attachments) {
                part.interactions.append(interaction)
            }
            part.rows += 1
        }
        var offset = 0
        for part in parts {
            if offset > 0 { part.interactions.updateEach { $0.sequence += offset } }
            offset += part.rows
        }
        return MovableRows.merge(parts.map(\.interactions))
    }

    /// One row; called on two threads at once for a large file. Errors go to the row's own log.
    private static func read(
        _ row: CSVRow, _ c: Columns, sequence: Int, debtorIDs: KnownDebtors?, documents: LedgerDocuments?,
        attachments: AttachmentsFolder
    ) -> Interaction? {
        let log = row.log
        let before = log.count
        let when = row.dateTime(c.date, required: true)
        let debtorID = row.debtor(c.debtor, known: debtorIDs)
        let kind = row.keyword(c.kind, Vocabulary.interactionKinds, required: true)
        let invoices = row.list(c.invoices)
        if let debtorID, let documents {
            for reference in invoices {
                if let problem = invoiceProblem(reference, debtorID: debtorID, documents: documents) {
                    row.fail(c.invoices, problem)
                }
            }
        }
        let channel = row.keyword(c.channel, Vocabulary.channels, required: false)
        let direction = row.keyword(c.direction, Vocabulary.directions, required: false)
        var proofs: [String] = []
        for path in row.list(c.proof) {
            switch attachments.check(path) {
            case .success(let relative): proofs.append(relative)
            case .failure(let problem): row.fail(c.proof, AttachmentsFolder.explain(problem, path: path))
            }
        }
        let deliveredOn = row.day(c.deliveredOn, required: false)
        let schedule = readSchedule(row, c.schedule, required: kind == .paymentPlan)
        var amount = row.amount(c.amount, required: kind == .promise)
        if kind == .paymentPlan, let schedule, !row.isEmpty(c.schedule) {
            let total = schedule.map(\.amount).sum()
            if amount == nil && row.isEmpty(c.amount) {
                amount = total  // the plan's total, when the log leaves it to the schedule
            } else if let stated = amount, stated != total {
                row.fail(c.amount, "the plan's total \(stated.plainDecimal()) differs from the sum of its "
                         + "schedule, \(total.plainDecimal())")
            }
        }
        let due = row.day(c.due, required: kind == .promise)
        guard let when, let debtorID, let kind, log.count == before else { return nil }
        return Interaction(
            day: when.0, minuteOfDay: when.1, debtorID: debtorID, invoices: invoices, kind: kind,
            channel: channel, direction: direction, summary: row.text(c.summary), proofs: proofs,
            tracking: row.text(c.tracking), deliveredOn: deliveredOn, amount: amount, due: due,
            schedule: schedule ?? [], sequence: sequence, location: row.location
        )
    }

    static func invoiceProblem(
        _ reference: String, debtorID: String, documents: LedgerDocuments
    ) -> String? {
        guard let document = documents[reference] else {
            return "unknown invoice \(quoted(reference)): no invoice with this reference in ledger.csv"
        }
        if document.kind != .invoice {
            return "\(quoted(reference)) is a credit note (ledger.csv line \(document.line)), not an invoice"
        }
        if document.debtorID != debtorID {
            return "the invoice \(quoted(reference)) (ledger.csv line \(document.line)) belongs to debtor "
                + "\(quoted(document.debtorID)), not to \(quoted(debtorID))"
        }
        return nil
    }

    /// `YYYY-MM-DD:amount|…` (a French date works too): instalments in date order. Nil after an error.
    private static func readSchedule(_ row: CSVRow, _ column: CSVColumn, required: Bool) -> [Interaction.Instalment]? {
        let example = "instalments such as 2026-07-31:500.00|2026-08-31:500.00"
        guard !row.isEmpty(column) else {
            if required {
                row.fail(column, "expected \(example), found " + (column.index == nil ? "no schedule column" : "an empty cell"))
            }
            return required ? nil : []
        }
        var instalments: [Interaction.Instalment] = []
        var ok = true
        var total: Int64 = 0
        for piece in row.list(column) {
            guard let colon = piece.firstIndex(of: ":") else {
                row.fail(column, "expected an instalment such as 2026-07-31:500.00, found \(quoted(piece))")
                ok = false
                continue
            }
            var datePart = String(piece[..<colon]).trimmingBlanks()
            var amountPart = String(piece[piece.index(after: colon)...]).trimmingBlanks()
            let day = datePart.withUTF8 { row.day($0, column: column) { piece } }
            let amount = amountPart.withUTF8 { row.amount($0, column: column) { piece } }
            guard let day, let amount else { ok = false; continue }
            if let last = instalments.last, day < last.date {
                row.fail(column, "expected instalments in date order, found \(day) after \(last.date)")
                ok = false
            }
            // The plan's total is their sum: bounded like the ledger's totals, so it cannot overflow.
            total += amount.minorUnits
            if total > BookLimits.maximumKindTotal {
                row.fail(column, "expected instalments adding up to at most \(BookLimits.maximumKindTotalText), "
                         + "found more by \(quoted(piece))")
                return nil
            }
            instalments.append(Interaction.Instalment(date: day, amount: amount))
        }
        if ok && instalments.isEmpty && required {
            row.fail(column, "expected \(example), found no instalment")
            return nil
        }
        return ok ? instalments : nil
    }

    private struct Columns {
        let date, debtor, invoices, kind, channel, direction, summary, proof, tracking, deliveredOn, amount, due,
            schedule: CSVColumn
        init(_ header: CSVHeader) {
            date = header.column("date"); debtor = header.column("debtor"); invoices = header.column("invoices")
            kind = header.column("kind"); channel = header.column("channel"); direction = header.column("direction")
            summary = header.column("summary"); proof = header.column("proof"); tracking = header.column("tracking")
            deliveredOn = header.column("delivered_on"); amount = header.column("amount"); due = header.column("due")
            schedule = header.column("schedule")
        }
    }
}
