import RelanceCore

/// documents.csv (optional): the documents that support the claims — contracts, quotes, orders,
/// terms of sale, delivery notes, acceptance reports, Kbis, account statements —, each a file under
/// attachments/ that the debtor's case file numbers as an exhibit.
enum DocumentsReader {
    static let fileName = "documents.csv"
    static let schema = CSVSchema(required: ["debtor", "kind", "date", "title", "file"], optional: ["invoices"])

    /// `debtorIDs` / `invoices` nil: that file could not be read, so those references are not checked.
    static func read(_ source: SourceText?, debtorIDs: KnownDebtors?, invoices: LedgerDocuments?,
                     attachments: AttachmentsFolder, log: ErrorLog) -> [SupportingDocument] {
        guard let source, let (header, body) = CSVTableReader.readHeader(source, schema: schema, log: log) else { return [] }
        let c = Columns(header)
        var documents: [SupportingDocument] = []
        CSVTableReader.readRows(source, header: header, from: body, log: log) { row in
            if let document = read(row, c, debtorIDs: debtorIDs, invoices: invoices, attachments: attachments) {
                documents.append(document)
            }
        }
        return documents
    }

    private static func read(_ row: CSVRow, _ c: Columns, debtorIDs: KnownDebtors?, invoices: LedgerDocuments?,
                             attachments: AttachmentsFolder) -> SupportingDocument? {
        let before = row.log.count
        let debtorID = row.debtor(c.debtor, known: debtorIDs)
        let named = row.list(c.invoices)
        if let debtorID, let invoices {
            for reference in named {
                if let problem = InteractionsReader.invoiceProblem(reference, debtorID: debtorID, documents: invoices) {
                    row.fail(c.invoices, problem)
                }
            }
        }
        let kind = row.keyword(c.kind, Vocabulary.documentKinds, required: true)
        let date = row.day(c.date, required: true)
        let title = row.required(c.title, expected: "the document's title, such as « Contrat de maintenance 2026 »")
        var file: String?
        if let path = row.required(c.file, expected: "a file under attachments/, such as documents/contrat.pdf") {
            switch attachments.check(path) {
            case .success(let relative): file = relative
            case .failure(let problem): row.fail(c.file, AttachmentsFolder.explain(problem, path: path))
            }
        }
        guard let debtorID, let kind, let date, let title, let file, row.log.count == before else { return nil }
        return SupportingDocument(debtorID: debtorID, invoices: named, kind: kind, date: date, title: title, file: file,
                                  location: row.location)
    }

    private struct Columns {
        let debtor, invoices, kind, date, title, file: CSVColumn
        init(_ header: CSVHeader) {
            debtor = header.column("debtor"); invoices = header.column("invoices"); kind = header.column("kind")
            date = header.column("date"); title = header.column("title"); file = header.column("file")
        }
    }
}
