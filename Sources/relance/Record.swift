import ArgumentParser
import Foundation
import RelanceCore
import RelancePipeline

struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Enregistre dans le book ce qui a été envoyé : la seule commande qui écrit dans le book (interactions.csv, attachments/sent/).",
        subcommands: [RecordLetters.self, RecordDelivery.self, RecordPromise.self, RecordPlan.self, RecordDispute.self,
                      RecordReply.self, RecordCall.self, RecordHandover.self],
        defaultSubcommand: RecordLetters.self
    )
}

struct RecordLetters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters",
        abstract: "Enregistre les courriers de la dernière construction de --out comme envoyés : une ligne par courrier dans interactions.csv, l'original gardé dans attachments/sent/.")

    @Option(name: .long, help: ArgumentHelp("Dossier du book où écrire. Par défaut : l'exemple livré dans assets/sample-book.", valueName: "DIR"))
    var book: String?

    @Option(name: .long, help: ArgumentHelp("Sortie de la construction dont les courriers sont enregistrés.", valueName: "DIR"))
    var out: String = "output"

    @Option(name: .long, help: ArgumentHelp("Dossier contenant layouts/ et assets/ (sinon $RELANCE_HOME, sinon à côté du binaire).", valueName: "DIR"))
    var resources: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("N'enregistre que ces références.", valueName: "REF"))
    var only: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Laisse de côté ces références (non envoyées).", valueName: "REF"))
    var exclude: [String] = []

    @Option(name: .customLong("sent-on"), help: ArgumentHelp("Date d'envoi AAAA-MM-JJ, si ce n'est pas celle des courriers.", valueName: "YYYY-MM-DD"))
    var sentOn: String?

    @Option(name: .long, help: ArgumentHelp("Bordereau de dépôt rempli des numéros de recommandé (par défaut : letters/bordereau-de-depot.csv de la sortie).", valueName: "CSV"))
    var deposit: String?

    @Flag(name: .customLong("without-tracking"), help: "Accepte des lettres recommandées sans numéro de recommandé.")
    var withoutTracking = false

    @Flag(name: .customLong("dry-run"), help: "Affiche les lignes qui seraient ajoutées, sans rien écrire.")
    var dryRun = false

    func validate() throws {
        if let sentOn, Day(iso: Substring(sentOn)) == nil {
            throw ValidationError("--sent-on attend une date réelle au format AAAA-MM-JJ, reçu « \(sentOn) ».")
        }
    }

    func run() throws {
        let status = Pipeline().record(RecordLettersRequest(
            book: book, out: out, resources: resources, only: only, exclude: exclude,
            sentOn: sentOn.flatMap { Day(iso: Substring($0)) }, deposit: deposit, withoutTracking: withoutTracking, dryRun: dryRun))
        if status != .built { throw ExitCode(status.rawValue) }
    }
}

struct RecordDelivery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delivery",
        abstract: "Enregistre l'avis de réception d'une lettre recommandée déjà enregistrée : une nouvelle ligne delivery, le scan gardé dans attachments/sent/.")

    @Argument(help: ArgumentHelp("Le courrier : sa référence (ex. PETIT-MENUISERIE-MED-20260615) ou son numéro de recommandé.", valueName: "REF"))
    var letter: String

    @Option(name: .long, help: ArgumentHelp("Date de distribution, ou de première présentation si le pli n'a pas été retiré (AAAA-MM-JJ).", valueName: "YYYY-MM-DD"))
    var on: String

    @Option(name: .long, help: ArgumentHelp("Scan de l'avis de réception (PDF, JPEG, PNG ou TIFF), gardé comme attachments/sent/REF-AR.<ext>.", valueName: "FILE"))
    var proof: String?

    @Option(name: .long, help: ArgumentHelp("Dossier du book où écrire. Par défaut : l'exemple livré dans assets/sample-book.", valueName: "DIR"))
    var book: String?

    @Option(name: .long, help: ArgumentHelp("Dossier contenant layouts/ et assets/ (sinon $RELANCE_HOME, sinon à côté du binaire).", valueName: "DIR"))
    var resources: String?

    @Flag(name: .customLong("dry-run"), help: "Affiche la ligne qui serait ajoutée, sans rien écrire.")
    var dryRun = false

    func validate() throws {
        if Day(iso: Substring(on)) == nil {
            throw ValidationError("--on attend une date réelle au format AAAA-MM-JJ, reçu « \(on) ».")
        }
    }

    func run() throws {
        let status = Pipeline().recordDelivery(RecordDeliveryRequest(
            book: book, resources: resources, letter: letter, on: Day(iso: Substring(on))!, proof: proof, dryRun: dryRun))
        if status != .built { throw ExitCode(status.rawValue) }
    }
}
