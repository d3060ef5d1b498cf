import Foundation
import RelanceCore

/// The readers over bytes in memory, for the fuzz targets (`Tests/Fuzz`) and the regression tests
/// that replay what they found. Not part of the API: `@_spi(Fuzzing) import RelanceBook`.
@_spi(Fuzzing) public enum BookFuzzing {
    public enum File: Sendable, CaseIterable {
        case debtors, ledger, interactions, rates, settings

        var fileName: String {
            switch self {
            case .debtors: return DebtorsReader.fileName
            case .ledger: return LedgerReader.fileName
            case .interactions: return InteractionsReader.fileName
            case .rates: return "rates/fuzz.csv"
            case .settings: return SettingsReader.fileName
            }
        }
    }

    /// No attachments/ folder: proofs are checked as written, and then reported missing.
    private static let noBook = URL(fileURLWithPath: "/nonexistent/relance-fuzz-book", isDirectory: true)

    /// Reads `bytes` as that file of a book (the others absent, so no cross-file check) and returns
    /// its located errors, sorted as the command line prints them; empty when the file is valid.
    public static func errors(_ file: File, bytes: [UInt8], windows1252: Bool = false) -> [BookError] {
        let log = ErrorLog()
        let encoding: SourceEncoding = windows1252 && file != .settings ? .windows1252 : .utf8
        guard let source = SourceText.decode(bytes, fileName: file.fileName, encoding: encoding, log: log) else {
            return BookErrors(log.errors).errors
        }
        switch file {
        case .debtors: _ = DebtorsReader.read(source, log: log)
        case .ledger: _ = LedgerReader.read(source, debtorIDs: nil, log: log)
        case .interactions:
            _ = InteractionsReader.read(source, debtorIDs: nil, documents: nil, attachments: AttachmentsFolder(book: noBook),
                                        log: log)
        case .rates: _ = RateTableReader.read(source, log: log)
        case .settings: _ = SettingsReader.parse(source, log: log)
        }
        return BookErrors(log.errors).errors
    }

    /// The first error that names no place inside `bytes`: a line from 1 to the file's last (LF, CR
    /// and CRLF each end one) and a column from 1 — or, when `wholeFile`, line 0 column 0 for a
    /// fault of the whole file. Nil when every error is located.
    public static func misplaced(_ errors: [BookError], in bytes: [UInt8], wholeFile: Bool = false) -> (BookError, lines: Int)? {
        var lines = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                lines += 1
            } else if bytes[index] == 0x0D {
                lines += 1
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            }
            index += 1
        }
        let error = errors.first { error in
            let location = error.location
            if wholeFile && location.line == 0 && location.column == 0 { return false }
            return !(1...lines).contains(location.line) || location.column < 1
        }
        return error.map { ($0, lines) }
    }

    /// Reads `bytes` as a FEC, on one thread and again in two halves on two threads: its located
    /// errors, and nil or what differs between the two reads.
    public static func fec(_ bytes: [UInt8]) -> (errors: [BookError], mismatch: String?) {
        func read(_ parallelFrom: Int) -> (FECFile?, [BookError]) {
            let log = ErrorLog()
            let file = FECFile.read(bytes, fileName: "FEC.txt", receivable: ["411"], log: log, parallelFrom: parallelFrom)
            return (file, BookErrors(log.errors).errors)
        }
        let (one, oneErrors) = read(.max), (two, twoErrors) = read(0)
        var mismatch: String?
        if oneErrors != twoErrors {
            mismatch = "errors differ: \(oneErrors.count) in one pass, \(twoErrors.count) in two halves"
        } else if one?.lines.map(\.line) != two?.lines.map(\.line) || one?.lines.map(\.amount) != two?.lines.map(\.amount) {
            mismatch = "customer lines differ"
        } else if one?.unbalanced.map(\.entry) != two?.unbalanced.map(\.entry) {
            mismatch = "unbalanced entries differ"
        } else if let file = one {
            // The ledger made of it must add up to its customer lines.
            let ledger = FECLedger(files: [file], settings: FECSettings(), terms: [:])
            let sum = ledger.entries.reduce(Int64(0)) { $0 + ($1.kind == .invoice ? $1.amount.minorUnits : -$1.amount.minorUnits) }
            if sum != ledger.totals.balance.minorUnits { mismatch = "entries \(sum) ≠ customer lines \(ledger.totals.balance.minorUnits)" }
        }
        return (oneErrors, mismatch)
    }

    /// Reads `bytes` as a CAMT.053 statement: its located errors.
    public static func bankStatementErrors(_ bytes: [UInt8]) -> [BookError] {
        let log = ErrorLog()
        _ = CAMTReader.read(bytes, fileName: "statement.xml", log: log)
        return BookErrors(log.errors).errors
    }

    /// Reads `bytes` as an e-invoice (UBL or CII): its located errors.
    public static func eInvoiceErrors(_ bytes: [UInt8]) -> [BookError] {
        let log = ErrorLog()
        _ = EInvoiceReader.read(bytes, fileName: "invoice.xml", log: log)
        return BookErrors(log.errors).errors
    }

    /// Reads a ledger on one thread and again split in two halves read on two threads, whatever its
    /// size: nil when both reads give the same entries, documents and errors, else what differs.
    public static func parallelReadMismatch(ledger bytes: [UInt8]) -> String? {
        func read(parallelFrom: Int) -> (entries: [LedgerEntry], documents: [String], errors: [String])? {
            let log = ErrorLog()
            guard let source = SourceText.decode(bytes, fileName: LedgerReader.fileName, encoding: .utf8, log: log) else {
                return nil
            }
            let contents = LedgerReader.read(source, debtorIDs: nil, log: log, parallelFrom: parallelFrom)
            let documents = (contents.documents?.documents ?? []).map { "\($0.reference)@\($0.line):\($0.referenceOffset)" }
            return (contents.entries, documents, BookErrors(log.errors).errors.map(\.description))
        }
        guard let sequential = read(parallelFrom: Int.max), let parallel = read(parallelFrom: 0) else { return nil }
        if sequential.entries != parallel.entries {
            return "entries differ: \(sequential.entries.count) read sequentially, \(parallel.entries.count) in parallel"
        }
        if sequential.documents != parallel.documents {
            return "documents differ: \(sequential.documents) vs \(parallel.documents)"
        }
        if sequential.errors != parallel.errors {
            return "errors differ:\n\(sequential.errors.joined(separator: "\n"))\nvs\n\(parallel.errors.joined(separator: "\n"))"
        }
        return nil
    }

    /// A whole book in memory, read as `BookReader` reads a folder (without attachments/ or rates/).
    public static func book(
        settings: [UInt8], debtors: [UInt8], ledger: [UInt8], interactions: [UInt8], shippedRates: RateTable
    ) -> Result<Book, BookErrors> {
        let log = ErrorLog()
        var bookSettings = BookSettings()
        if let source = SourceText.decode(settings, fileName: SettingsReader.fileName, encoding: .utf8, log: log) {
            bookSettings = SettingsReader.parse(source, log: log)
        }
        func source(_ bytes: [UInt8], _ fileName: String) -> SourceText? {
            SourceText.decode(bytes, fileName: fileName, encoding: bookSettings.encoding, log: log)
        }
        let debtorsRead = DebtorsReader.read(source(debtors, DebtorsReader.fileName), log: log)
        let ledgerRead = LedgerReader.read(source(ledger, LedgerReader.fileName), debtorIDs: debtorsRead.ids, log: log)
        let interactionsRead = InteractionsReader.read(
            source(interactions, InteractionsReader.fileName), debtorIDs: debtorsRead.ids,
            documents: ledgerRead.documents, attachments: AttachmentsFolder(book: noBook), log: log)
        guard log.isEmpty else { return .failure(BookErrors(log.errors)) }
        return .success(Book(
            creditor: bookSettings.creditor, policy: bookSettings.policy, penalties: bookSettings.penalties,
            currency: bookSettings.currency, debtors: debtorsRead.debtors, ledger: ledgerRead.entries,
            interactions: interactionsRead, rates: shippedRates, pinnedAsOf: bookSettings.pinnedAsOf
        ))
    }
}
