#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RelanceCore

/// What a generated book holds, for the benchmark's report.
public struct GeneratedBook: Sendable, Equatable {
    public var debtors = 0
    public var invoices = 0
    public var creditNotes = 0
    public var payments = 0
    public var interactions = 0
    /// Ledger and log rows dated after the build date: read, validated, then ignored by a build.
    public var ledgerRowsAfterAsOf = 0
    public var interactionsAfterAsOf = 0
    public var attachmentFiles = 0
}

/// Writes a synthetic book (assets/docs/book-format.md) that is the same bytes for the same shape and seed.
///
/// Every debtor's history draws from its own random streams, so the book is a function of the seed
/// and the debtor's number only; the rows are then sorted by date as an export would be.
public struct BookGenerator {
    public let shape: BookShape

    /// The file left in a generated book: a later run may overwrite a folder that holds it, and only such a folder.
    public static let marker = ".relance-synth"

    public init(shape: BookShape) { self.shape = shape }

    /// Writes the book into `folder` (created if needed; an existing one must be empty or a previous book).
    @discardableResult
    public func write(to folder: String) throws(GeneratorError) -> GeneratedBook {
        if let problem = shape.problem { throw GeneratorError(message: problem) }
        try Self.prepare(folder)
        let book = make()

        var stats = GeneratedBook()
        stats.debtors = book.debtors.count
        stats.invoices = book.invoices.count
        for row in book.ledger {
            if row.kind == .creditNote { stats.creditNotes += 1 }
            if row.kind == .payment { stats.payments += 1 }
        }
        stats.interactions = book.log.count
        stats.ledgerRowsAfterAsOf = book.ledgerRowsAfterAsOf
        stats.interactionsAfterAsOf = book.logRowsAfterAsOf

        var formatting = SplitMix64(seed: shape.seed, stream: UInt64.max)
        try DebtorsFile.write(book.debtors, to: folder + "/debtors.csv", rng: &formatting)
        var ledger = LedgerFile()
        // Rows gathered into date order in one tight loop, then read in sequence by the two passes.
        let ledgerRows = LedgerFile.order(book.ledger).map { book.ledger[$0] }
        ledger.number(ledgerRows, invoiceCount: book.invoices.count)
        try ledger.write(ledgerRows, invoices: book.invoices, debtorIDs: book.debtors.map(\.id),
                         to: folder + "/ledger.csv", rng: &formatting)
        var log = InteractionsFile()
        try log.write(book, order: InteractionsFile.order(book.log), ledger: ledger, attachments: shape.attachments,
                      to: folder + "/interactions.csv")
        var settings = try ByteWriter(path: folder + "/relance.toml")
        settings.text(SettingsFile.text(asOf: shape.asOf))
        try settings.finish()
        if shape.attachments {
            var pdfs: [String] = []
            for index in book.invoices.indices where index % 97 == 0 {
                pdfs.append(ledger.reference(ofInvoice: Int32(index)))
            }
            stats.attachmentFiles = try AttachmentFiles.write(proofs: log.proofs, invoicePDFs: pdfs, in: folder)
        }
        return stats
    }

    /// The book in memory: debtors, then each debtor's ledger history and log.
    func make() -> SyntheticBook {
        var book = SyntheticBook(debtors: shape.debtors, invoices: shape.invoices, interactions: shape.interactions)
        var weights: [Int] = []
        weights.reserveCapacity(shape.debtors)
        for index in 0..<shape.debtors {
            var rng = stream(index, 0)
            weights.append(Shares.weight(&rng))
            var identity = stream(index, 1)
            book.debtors.append(SyntheticDebtor(index: index, rng: &identity))
        }
        let invoiceCounts = Shares.invoiceCounts(total: shape.invoices, weights: weights)
        // The log is shared in proportion to the invoices: big accounts are chased more.
        let budgets = Shares.split(shape.interactions, weights: invoiceCounts.map { $0 + 1 })
        for index in 0..<shape.debtors {
            var account = AccountHistory(
                debtorIndex: Int32(index), debtor: book.debtors[index], asOf: shape.asOf.ordinal, years: shape.years,
                frenchPercent: shape.frenchPercent, backlog: shape.backlog, rng: stream(index, 2))
            let fates = account.simulate(invoiceCount: invoiceCounts[index], into: &book)
            var log = CollectionLog(
                debtorIndex: Int32(index), debtor: book.debtors[index], asOf: shape.asOf.ordinal,
                frenchPercent: shape.frenchPercent, rng: stream(index, 3))
            log.write(budget: budgets[index], fates: fates, into: &book)
        }
        return book
    }

    private func stream(_ debtor: Int, _ purpose: UInt64) -> SplitMix64 {
        SplitMix64(seed: shape.seed, stream: UInt64(debtor) << 2 | purpose)
    }

    /// Creates `folder`, or checks that it is empty or a previous generated book, then marks it.
    static func prepare(_ folder: String) throws(GeneratorError) {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw GeneratorError(message: "\(folder) is not a folder") }
            let isBook = access(folder + "/" + marker, F_OK) == 0
            guard isBook || isEmpty(folder) else {
                throw GeneratorError(message: "\(folder) is neither empty nor a book written by relance-synth: refusing to write into it")
            }
        } else {
            try AttachmentFiles.makeFolder(folder)
        }
        var mark = try ByteWriter(path: folder + "/" + marker)
        mark.text("written by relance-synth; a later run may overwrite this folder\n")
        try mark.finish()
    }

    private static func isEmpty(_ folder: String) -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { return false }
        }
        return true
    }
}
