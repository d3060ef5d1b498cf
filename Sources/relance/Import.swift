import ArgumentParser
import RelancePipeline

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lit le book (y compris son FEC, [sources] de relance.toml) et écrit les ledger.csv, debtors.csv et interactions.csv équivalents, pour voir exactement ce qui a été lu.")

    @OptionGroup var options: BookOptions

    @Option(name: .long, help: ArgumentHelp("Dossier où écrire les trois fichiers (jamais le dossier du book).", valueName: "DIR"))
    var out: String

    func run() throws {
        let status = Pipeline().importBook(ImportRequest(book: options.request, out: out))
        if status != .built { throw ExitCode(status.rawValue) }
    }
}
