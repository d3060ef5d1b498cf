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

    @Flag(name: .customLong("keep-going"), help: "Écarte les lignes en erreur (listées sur le tableau de bord et dans la sortie, comptées comme rejetées) et génère le reste ; les courriers des débiteurs concernés sont retenus. Statut de sortie 2.")
    var keepGoing = false

    func validate() throws {
        if let asOf, Day(iso: Substring(asOf)) == nil {
            throw ValidationError("--as-of attend une date réelle au format AAAA-MM-JJ, reçu « \(asOf) ».")
        }
    }

    var request: BookRequest {
        var request = BookRequest(book: book, asOf: asOf.flatMap { Day(iso: Substring($0)) }, resources: resources)
        request.keepGoing = keepGoing
        return request
    }
}
