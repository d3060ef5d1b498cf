import ArgumentParser
import BookGenerator
import Foundation
import RelanceBook
import RelanceCore

/// `relance-synth`: writes a synthetic book for benchmarks and tests (Tests/Benchmarks/README.md).
@main
struct RelanceSynth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relance-synth",
        abstract: "Writes a synthetic book (ledger.csv, debtors.csv, interactions.csv, relance.toml), the same bytes for the same options.")

    @Option(help: ArgumentHelp("Folder to write (created; an existing one must be empty or a previous synthetic book).", valueName: "DIR"))
    var out: String

    @Option(help: "Number of debtors.")
    var debtors = 1_000

    @Option(help: "Number of invoices.")
    var invoices = 10_000

    @Option(help: "Number of interaction log rows.")
    var interactions = 3_000

    @Option(help: "Seed of the random streams.")
    var seed: UInt64 = 1

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Build date pinned in relance.toml.", valueName: "YYYY-MM-DD"))
    var asOf = "2026-06-15"

    @Option(help: "Years of invoicing before the build date.")
    var years = 4

    @Flag(help: "Write the proof files the log names, and some invoice PDFs, under attachments/.")
    var attachments = false

    @Option(name: .customLong("french-percent"), help: "Share of ledger and log rows written the French way (DD/MM/YYYY, 1 234,56).")
    var frenchPercent = 30

    @Flag(help: "Leave each debtor's latest invoice unpaid and never reminded, due 10 to 50 days before the build date: nearly every debtor is listed and due a letter.")
    var backlog = false

    @Flag(help: "Then write the ledger as a FEC (exports/FEC.txt, [sources] in relance.toml) instead of ledger.csv.")
    var fec = false

    @Flag(help: "Then write every invoice as an e-invoice, CII and UBL in turn (exports/factures/, [sources] einvoices): with --fec they give the due dates, else they are the invoices.")
    var einvoices = false

    @Flag(help: "Then move the payments out of ledger.csv into one CAMT.053 statement (exports/releves/releve.xml, [sources] bank). Not with --fec.")
    var bank = false

    func validate() throws {
        guard Day(iso: Substring(asOf)) != nil else { throw ValidationError("--as-of: expected a date such as 2026-06-15") }
        if let problem = shape.problem { throw ValidationError(problem) }
        if bank && fec { throw ValidationError("--bank: a FEC already has the payments (its bank journal); use it without --fec") }
        if bank && einvoices && !fec { throw ValidationError("--bank with --einvoices: choose one source for the ledger's other side") }
    }

    private var shape: BookShape {
        BookShape(debtors: debtors, invoices: invoices, interactions: interactions, seed: seed,
                  asOf: Day(iso: Substring(asOf)) ?? Day(year: 2026, month: 6, day: 15)!, years: years,
                  attachments: attachments, frenchPercent: frenchPercent, backlog: backlog)
    }

    /// The book's ledger read back and written as the FEC an accounting program would export.
    private static func convertToFEC(_ folder: URL) throws {
        let book = try BookReader(shippedRates: RateTable()).read(folder: folder)
        let names = Dictionary(book.debtors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let exports = folder.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        try Data(FECWriter.fec(ledger: book.ledger, names: names).utf8).write(to: exports.appendingPathComponent("FEC.txt"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("ledger.csv"))
        let toml = folder.appendingPathComponent("relance.toml")
        let settings = try String(contentsOf: toml, encoding: .utf8)
        try Data((settings + "\n[sources]\nfec = [\"exports/FEC.txt\"]\npayment_terms_days = 30\n").utf8).write(to: toml)
    }

    /// Every invoice of the book as an e-invoice file, CII and UBL in turn; without a FEC they replace
    /// ledger.csv (its credit notes and payments are then left out: the e-invoices are the invoices).
    private static func writeEInvoices(_ folder: URL, withFEC: Bool) throws {
        let book = try BookReader(shippedRates: RateTable()).read(folder: folder)
        let debtors = Dictionary(book.debtors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let exports = folder.appendingPathComponent("exports/factures")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        for (index, invoice) in book.ledger.enumerated() where invoice.kind == .invoice {
            guard let buyer = debtors[invoice.debtorID] else { continue }
            let name = String(invoice.reference.map { $0 == "/" ? "_" : $0 })
            let xml = index % 2 == 0 ? EInvoiceWriter.cii(invoice, seller: book.creditor, buyer: buyer)
                : EInvoiceWriter.ubl(invoice, seller: book.creditor, buyer: buyer)
            try Data(xml.utf8).write(to: exports.appendingPathComponent(name + ".xml"))
        }
        if !withFEC { try FileManager.default.removeItem(at: folder.appendingPathComponent("ledger.csv")) }
        try appendSources(folder, withFEC ? "einvoices = [\"exports/factures\"]\n" : "[sources]\neinvoices = [\"exports/factures\"]\npayment_terms_days = 30\n")
    }

    /// The payments of ledger.csv moved into one CAMT.053 statement, named as a bank writes them:
    /// the invoice paid in the remittance text when the payment names one, the payer's name always.
    private static func writeStatement(_ folder: URL) throws {
        var book = try BookReader(shippedRates: RateTable()).read(folder: folder)
        let names = Dictionary(book.debtors.map { ($0.id, $0.name.uppercased()) }, uniquingKeysWith: { first, _ in first })
        let payments = book.ledger.filter { $0.kind == .payment }
        let movements = payments.map { payment in
            CAMTWriter.Movement(day: payment.date, amount: payment.amount, bankReference: payment.reference,
                                party: names[payment.debtorID], text: payment.appliesTo ?? "Règlement \(payment.debtorID)")
        }
        let from = payments.map(\.date).min() ?? book.pinnedAsOf ?? Day(year: 2026, month: 1, day: 1)!
        let to = payments.map(\.date).max() ?? from
        let releves = folder.appendingPathComponent("exports/releves")
        try FileManager.default.createDirectory(at: releves, withIntermediateDirectories: true)
        try Data(CAMTWriter.statement(id: "SYNTH", account: book.creditor.iban ?? "FR7630006000011234567890189",
                                      from: from, to: to, movements: movements).utf8)
            .write(to: releves.appendingPathComponent("releve.xml"))
        book.ledger.removeAll { $0.kind == .payment }
        try Data(BookCSVWriter.ledger(book).utf8).write(to: folder.appendingPathComponent("ledger.csv"))
        try appendSources(folder, "[sources]\nbank = [\"exports/releves\"]\n")
    }

    private static func appendSources(_ folder: URL, _ lines: String) throws {
        let toml = folder.appendingPathComponent("relance.toml")
        let settings = try String(contentsOf: toml, encoding: .utf8)
        try Data((settings + lines).utf8).write(to: toml)
    }

    /// `1.23`: the duration in seconds with two decimals.
    private static func seconds(_ duration: Duration) -> String {
        let hundredths = duration.components.seconds * 100 + duration.components.attoseconds / 10_000_000_000_000_000
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let book: GeneratedBook
        do {
            book = try BookGenerator(shape: shape).write(to: out)
        } catch {
            FileHandle.standardError.write(Data("relance-synth: \(error)\n".utf8))
            throw ExitCode(1)
        }
        do {
            if fec { try Self.convertToFEC(URL(fileURLWithPath: out)) }
            if einvoices { try Self.writeEInvoices(URL(fileURLWithPath: out), withFEC: fec) }
            if bank { try Self.writeStatement(URL(fileURLWithPath: out)) }
        } catch {
            FileHandle.standardError.write(Data("relance-synth: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let elapsed = clock.now - start
        print("""
            \(out): \(book.debtors) debtors, \(book.invoices) invoices, \(book.creditNotes) credit notes, \
            \(book.payments) payments (\(book.ledgerRowsAfterAsOf) ledger rows after \(asOf)), \
            \(book.interactions) interactions (\(book.interactionsAfterAsOf) after), \
            \(book.attachmentFiles) attachment files, in \(Self.seconds(elapsed)) s
            """)
    }
}
