import Foundation
import RelanceCore

/// Reads a book folder (assets/docs/book-format.md) into a validated `Book`.
///
/// Every file is read and checked even when another has errors, so that one run reports all of them;
/// cross-file checks (the debtor of a ledger line exists, `applies_to` names that debtor's invoice,
/// an interaction's invoices are its debtor's) run once the file they depend on has been read, and
/// are skipped when that file could not be read at all, rather than burying the real error under a
/// cascade of consequences.
public struct BookReader: Sendable {
    /// The generator's own table (assets/rates/rates.csv), which the book's `rates/*.csv` extend.
    public let shippedRates: RateTable

    public init(shippedRates: RateTable) {
        self.shippedRates = shippedRates
    }

    /// Reads and validates the whole book. `keepGoing`: when every error is a row's, the book is
    /// returned without those rows and what depends on them (`RowRejection`), listed in `rejectedRows`.
    /// - Throws: `BookErrors` with every error found, sorted by file, line and column.
    public func read(folder: URL, keepGoing: Bool = false) throws(BookErrors) -> Book {
        let log = ErrorLog()
        let stamps = SourceStamps()
        let settings = SettingsReader.read(book: folder, log: log, stamps: stamps)

        func source(_ name: String, optional: Bool = false) -> SourceText? {
            SourceText.load(folder.appendingPathComponent(name), fileName: name, encoding: settings.encoding,
                            log: log, optional: optional, stamps: stamps)
        }
        let fromFEC = !settings.fec.files.isEmpty
        let fromEInvoices = !fromFEC && !settings.fec.eInvoices.isEmpty
        // With a FEC or e-invoices, debtors.csv only completes the customers they name: it may be left out.
        let debtorsSource = source(DebtorsReader.fileName, optional: fromFEC || fromEInvoices)
        var debtors = DebtorsReader.read(debtorsSource, log: log)
        var ledgerSource: SourceText?
        var ledger = LedgerReader.Contents()
        var sourceWarnings: [BuildWarning] = []
        var sourceTotals: SourceTotals?
        var ledgerOrigin: LedgerOrigin?
        var bookedUntil: Day?
        var bankTotals: BankTotals?
        var eInvoiceTotals: EInvoiceTotals?
        // A ledger.csv beside the export the ledger comes from would count its entries twice.
        if let (key, source) = fromFEC ? ("fec", "the ledger comes from the FEC") : fromEInvoices ? ("einvoices", "the invoices come from the e-invoices") : nil,
           FileManager.default.fileExists(atPath: folder.appendingPathComponent(LedgerReader.fileName).path) {
            log.addFileError(LedgerReader.fileName, "\(source) ([sources] \(key) in relance.toml): "
                             + "remove ledger.csv from the book, or the \(key) key")
        }
        if fromFEC {
            if let fec = FECSource.read(book: folder, settings: settings.fec, terms: debtors.paymentTerms, log: log, stamps: stamps) {
                debtors.debtors = FECSource.merge(fec: fec.debtors, rows: debtors.debtors)
                debtors.ids = KnownDebtors(Set(debtors.debtors.map(\.id)))
                ledger = LedgerReader.Contents(entries: fec.entries, documents: FECSource.documents(fec.entries))
                sourceWarnings = fec.warnings
                sourceTotals = fec.totals
                bookedUntil = fec.lastDate
                ledgerOrigin = fec.origin
                eInvoiceTotals = fec.eInvoiceTotals
            }
        } else if fromEInvoices {
            let read = EInvoiceSource.read(book: folder, patterns: settings.fec.eInvoices, log: log, stamps: stamps)
            let made = EInvoiceLedger(Array(read.byNumber.values), settings: settings.fec, terms: debtors.paymentTerms)
            debtors.debtors = FECSource.merge(fec: made.debtors, rows: debtors.debtors)
            debtors.ids = KnownDebtors(Set(debtors.debtors.map(\.id)))
            ledger = LedgerReader.Contents(entries: made.entries, documents: FECSource.documents(made.entries))
            sourceWarnings = read.warnings + EInvoiceSource.withoutInvoice(read.plainPDFs) { read.byNumber[$0] != nil }
            ledgerOrigin = made.origin
            var totals = read.totals
            totals.used = made.used
            totals.zero = made.zero
            eInvoiceTotals = totals
        } else {
            ledgerSource = source(LedgerReader.fileName)
            ledger = LedgerReader.read(ledgerSource, debtorIDs: debtors.ids, log: log)
        }
        if !settings.fec.bankStatements.isEmpty {
            let read = BankSource.read(book: folder, patterns: settings.fec.bankStatements, log: log, stamps: stamps)
            let bank = BankPayments(credits: read.credits, read: read.totals, debtors: debtors.debtors, ibans: debtors.ibans,
                                    ledger: ledger.entries, booksUntil: fromFEC ? bookedUntil : nil)
            ledger.entries += bank.payments
            sourceWarnings += bank.warnings
            bankTotals = bank.totals
        }
        // A new book may have no log yet: interactions.csv is optional.
        let attachments = AttachmentsFolder(book: folder)
        let interactionsSource = source(InteractionsReader.fileName, optional: true)
        let interactions = InteractionsReader.read(
            interactionsSource, debtorIDs: debtors.ids, documents: ledger.documents, attachments: attachments, log: log
        )
        let documentsSource = source(DocumentsReader.fileName, optional: true)
        let documents = DocumentsReader.read(documentsSource, debtorIDs: debtors.ids, invoices: ledger.documents,
                                             attachments: attachments, log: log)
        let frozenExhibits = FrozenExhibitsReader.read(book: folder, encoding: settings.encoding, debtorIDs: debtors.ids,
                                                       attachments: attachments, log: log, stamps: stamps)
        let invoiceFiles = InvoiceFiles.find(ledger: ledger.entries, attachments: attachments, log: log)
        let rates = shippedRates.merging(bookRates(folder: folder, encoding: settings.encoding, log: log, stamps: stamps))

        var rows = RowRejection.Kept(debtors: debtors.debtors, ledger: ledger.entries, interactions: interactions,
                                     documents: documents, invoiceFiles: invoiceFiles, rejected: [])
        if !log.isEmpty {
            guard keepGoing, let kept = RowRejection.apply(
                log.errors, debtors: rows.debtors, ledger: rows.ledger, interactions: rows.interactions, documents: rows.documents,
                invoiceFiles: invoiceFiles, sources: [debtorsSource, ledgerSource, interactionsSource, documentsSource].compactMap { $0 }
            ) else { throw BookErrors(log.errors) }
            rows = kept
        }
        var book = Book(
            creditor: settings.creditor, policy: settings.policy, penalties: settings.penalties,
            currency: settings.currency, debtors: rows.debtors, ledger: rows.ledger,
            interactions: rows.interactions, rates: rates, pinnedAsOf: settings.pinnedAsOf, invoiceFiles: rows.invoiceFiles
        )
        book.documents = rows.documents
        book.frozenExhibits = frozenExhibits
        book.sourceStamps = stamps.all
        book.rejectedRows = rows.rejected
        book.sourceWarnings = sourceWarnings
        let checks = AttachmentChecks.run(book: book, folder: folder)
        book.attachmentFacts = checks.facts
        book.sourceWarnings += checks.warnings
        book.sourceTotals = sourceTotals
        book.ledgerOrigin = ledgerOrigin
        book.bankTotals = bankTotals
        book.eInvoiceTotals = eInvoiceTotals
        return book
    }

    /// The book's rate files, `rates/<name>.csv` relative to the book, in file-name order.
    static func rateFiles(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("rates").path)) ?? []
        return names.filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }
            .sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
            .map { "rates/" + $0 }
    }

    /// The book's `rates/*.csv`, laid over one another in file-name order (a later file wins).
    private func bookRates(folder: URL, encoding: SourceEncoding, log: ErrorLog, stamps: SourceStamps) -> RateTable {
        let ratesFolder = folder.appendingPathComponent("rates", isDirectory: true)
        var table = RateTable()
        for fileName in Self.rateFiles(in: folder) {
            let name = String(fileName.dropFirst("rates/".count))
            guard let text = SourceText.load(ratesFolder.appendingPathComponent(name), fileName: fileName,
                                             encoding: encoding, log: log, stamps: stamps) else { continue }
            table = table.merging(RateTableReader.read(text, log: log))
        }
        return table
    }
}
