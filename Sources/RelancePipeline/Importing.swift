import Foundation
import RelanceBook
import RelanceCore
import RelancePublish
import RelanceSite

/// What `relance import` is asked: the book to read, the folder to write its CSV equivalent to.
public struct ImportRequest: Sendable {
    public var book: BookRequest
    public var out: String

    public init(book: BookRequest, out: String) {
        self.book = book
        self.out = out
    }
}

extension Pipeline {
    /// Reads the book — from its FEC when `[sources]` names one — and writes the ledger.csv,
    /// debtors.csv and interactions.csv it amounts to, each file atomically, so that a user sees
    /// exactly what was read. Never into the book itself.
    public func importBook(_ request: ImportRequest) -> ExitStatus {
        do {
            let resources = try ResourceLocator.locate(
                explicit: request.book.resources.map { URL(fileURLWithPath: $0) },
                environment: ProcessInfo.processInfo.environment, executable: ResourceLocator.currentExecutable)
            let folder = request.book.book.map { URL(fileURLWithPath: $0) } ?? resources.assets.appendingPathComponent("sample-book")
            let out = URL(fileURLWithPath: request.out)
            guard out.standardizedFileURL.resolvingSymlinksInPath().path != folder.standardizedFileURL.resolvingSymlinksInPath().path else {
                console.error("--out est le dossier du book : choisissez un autre dossier, le book n'est jamais réécrit.")
                return .usage
            }
            let shipped = try RateTableReader.read(file: resources.assets.appendingPathComponent("rates/rates.csv"))
            let book = try BookReader(shippedRates: shipped).read(folder: folder, keepGoing: request.book.keepGoing)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            let interactions = folder.appendingPathComponent("interactions.csv")
            let log = (try? Data(contentsOf: interactions))
                ?? Data("date,debtor,invoices,kind,channel,direction,summary,proof,tracking,delivered_on,amount,due,schedule\n".utf8)
            let files: [(String, Data)] = [
                ("ledger.csv", Data(BookCSVWriter.ledger(book).utf8)),
                ("debtors.csv", Data(BookCSVWriter.debtors(book).utf8)),
                ("interactions.csv", log),
            ]
            for (name, data) in files {
                try data.write(to: out.appendingPathComponent(name), options: .atomic)
            }
            let source = book.sourceTotals.map { "FEC \($0.files.joined(separator: ", "))" } ?? "ledger.csv"
            console.out("Import de \(source) : \(FrenchFormat.integer(book.ledger.count)) écritures, "
                        + "\(FrenchFormat.integer(book.debtors.count)) débiteurs écrits dans \(out.path) "
                        + "(ledger.csv, debtors.csv, interactions.csv).")
            for warning in book.sourceWarnings { console.warning(WarningText.plain(warning)) }
            return BuildSummary.rejectedRows(book, console: console)
        } catch let errors as BookErrors {
            for error in errors.errors { console.error(error.description) }
            console.error("\(errors.errors.count) erreur\(errors.errors.count > 1 ? "s" : "") dans le book : rien n'a été écrit.")
            return .bookErrors
        } catch {
            console.error("\(error)")
            return error is CocoaError ? .cannotCreateOutput : ExitStatus.of(error)
        }
    }
}
