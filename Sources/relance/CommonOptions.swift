import ArgumentParser
import Foundation
import RelanceCore
import RelancePipeline

/// Options shared by `build` and `check`.
struct BookOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Dossier du book (ledger.csv, debtors.csv, interactions.csv, relance.toml). Par défaut : l'exemple livré dans assets/sample-book.", valueName: "DIR"))
    var book: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Date d'arrêté AAAA-MM-JJ. Par défaut : [build] as_of du book, sinon aujourd'hui.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Dossier contenant layouts/ et assets/ (sinon $RELANCE_HOME, sinon à côté du binaire).", valueName: "DIR"))
    var resources: String?

    func validate() throws {
        if let asOf, Day(iso: Substring(asOf)) == nil {
            throw ValidationError("--as-of attend une date réelle au format AAAA-MM-JJ, reçu « \(asOf) ».")
        }
    }

    var request: BookRequest {
        BookRequest(book: book, asOf: asOf.flatMap { Day(iso: Substring($0)) }, resources: resources)
    }
}
