import ArgumentParser
import RelancePipeline

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lit le book (y compris son FEC, [sources] de relance.toml) et écrit les ledger.csv, debtors.csv et interactions.csv équivalents, pour voir exactement ce qui a été lu.")

    @Option(name: .long, help: ArgumentHelp("Dossier du book. Par défaut : l'exemple livré dans assets/sample-book.", valueName: "DIR"))
    var book: String?

    @Option(name: .long, help: ArgumentHelp("Dossier où écrire les trois fichiers (jamais le dossier du book).", valueName: "DIR"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("Dossier contenant layouts/ et assets/ (sinon $RELANCE_HOME, sinon à côté du binaire).", valueName: "DIR"))
    var resources: String?

    @Flag(name: .customLong("keep-going"), help: "Écarte les lignes en erreur (listées) et écrit le reste ; statut de sortie 2.")
    var keepGoing = false

    func run() throws {
        var request = BookRequest(book: book, asOf: nil, resources: resources)
        request.keepGoing = keepGoing
        let status = Pipeline().importBook(ImportRequest(book: request, out: out))
        if status != .built { throw ExitCode(status.rawValue) }
    }
}
