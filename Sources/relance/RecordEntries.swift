import ArgumentParser
import Foundation
import RelanceCore
import RelancePipeline
import RelanceRecord

/// What every log entry typed from the command line has: the debtor, the day, the invoices, what
/// was said, and where to write.
struct LogEntryOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Identifiant du débiteur (colonne id de debtors.csv).", valueName: "DEBTOR"))
    var debtor: String

    @Option(name: .long, help: ArgumentHelp("Date AAAA-MM-JJ. Par défaut : aujourd'hui.", valueName: "YYYY-MM-DD"))
    var on: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Factures concernées. Par défaut : toutes celles ouvertes ce jour-là.", valueName: "REF"))
    var invoices: [String] = []

    @Option(name: .long, help: ArgumentHelp("Ce qui a été dit ou écrit.", valueName: "TEXT"))
    var summary: String?

    @Option(name: .long, help: ArgumentHelp("Canal : " + Interaction.Channel.allCases.map(\.rawValue).joined(separator: ", ") + ".", valueName: "CHANNEL"))
    var channel: String?

    @Option(name: .long, help: ArgumentHelp("Document à garder avec la ligne (courrier, e-mail .eml, notes), copié dans attachments/log/.", valueName: "FILE"))
    var proof: String?

    @Option(name: .long, help: ArgumentHelp("Dossier du book où écrire. Par défaut : l'exemple livré dans assets/sample-book.", valueName: "DIR"))
    var book: String?

    @Option(name: .long, help: ArgumentHelp("Dossier contenant layouts/ et assets/ (sinon $RELANCE_HOME, sinon à côté du binaire).", valueName: "DIR"))
    var resources: String?

    @Flag(name: .customLong("dry-run"), help: "Affiche la ligne qui serait ajoutée, sans rien écrire.")
    var dryRun = false

    func validate() throws {
        if let on, Day(iso: Substring(on)) == nil {
            throw ValidationError("--on attend une date réelle au format AAAA-MM-JJ, reçu « \(on) ».")
        }
        if let channel, Interaction.Channel(rawValue: channel) == nil {
            throw ValidationError("--channel attend l'un de " + Interaction.Channel.allCases.map(\.rawValue).joined(separator: ", ")
                                  + ", reçu « \(channel) ».")
        }
    }

    func entry(_ kind: LogEntry.Kind) -> LogEntry {
        var entry = LogEntry(kind: kind, debtor: debtor, on: on.flatMap { Day(iso: Substring($0)) } ?? Pipeline.today())
        entry.invoices = invoices
        entry.summary = summary
        entry.channel = channel.flatMap(Interaction.Channel.init(rawValue:))
        entry.proof = proof.map { URL(fileURLWithPath: $0) }
        return entry
    }

    func record(_ entry: LogEntry) throws {
        let status = Pipeline().recordEntry(RecordEntryRequest(book: book, resources: resources, entry: entry, dryRun: dryRun))
        if status != .built { throw ExitCode(status.rawValue) }
    }
}

struct RecordPromise: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promise",
        abstract: "Enregistre une promesse de paiement : un montant à une date ; les relances attendent cette date.")

    @OptionGroup var common: LogEntryOptions

    @Option(name: .long, help: ArgumentHelp("Montant promis, comme 1200,50 (au plus ce qui est dû).", valueName: "AMOUNT"))
    var amount: String

    @Option(name: .long, help: ArgumentHelp("Date à laquelle le débiteur promet de payer (AAAA-MM-JJ).", valueName: "YYYY-MM-DD"))
    var due: String

    func validate() throws {
        if Day(iso: Substring(due)) == nil {
            throw ValidationError("--due attend une date réelle au format AAAA-MM-JJ, reçu « \(due) ».")
        }
    }

    func run() throws {
        var entry = common.entry(.promise)
        entry.amount = amount
        entry.due = Day(iso: Substring(due))
        try common.record(entry)
    }
}

struct RecordPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Enregistre un échéancier accordé : les échéances et leurs montants ; les relances attendent tant qu'elles sont payées.")

    @OptionGroup var common: LogEntryOptions

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Échéances AAAA-MM-JJ:montant, par dates croissantes (ex. 2026-07-31:500 2026-08-31:500).", valueName: "DATE:AMOUNT"))
    var schedule: [String] = []

    func run() throws {
        var entry = common.entry(.plan)
        entry.schedule = schedule
        try common.record(entry)
    }
}

struct RecordDispute: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispute",
        abstract: "Enregistre une contestation (qualité, livraison, montant) : les relances s'arrêtent pour ces factures.")

    @OptionGroup var common: LogEntryOptions

    func run() throws { try common.record(common.entry(.dispute)) }
}

struct RecordReply: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "Enregistre une réponse du débiteur (courrier, e-mail) ; joignez-la avec --proof.")

    @OptionGroup var common: LogEntryOptions

    func run() throws { try common.record(common.entry(.reply)) }
}

struct RecordCall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "Enregistre un appel téléphonique et ce qui s'y est dit.")

    @OptionGroup var common: LogEntryOptions

    @Flag(name: .long, help: "Le débiteur a appelé (par défaut : nous avons appelé).")
    var incoming = false

    func run() throws {
        var entry = common.entry(.call)
        if incoming { entry.direction = .incoming }
        try common.record(entry)
    }
}

struct RecordHandover: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Enregistre la transmission du dossier (avocat, commissaire de justice) et fige la numérotation des pièces.",
        discussion: "La liste des pièces du jour est écrite dans attachments/case-files/<dossier>/bordereau.csv avec l'empreinte "
            + "SHA-256 de chaque fichier : les constructions suivantes gardent ces numéros et ajoutent les nouvelles pièces à la suite.")

    @OptionGroup var common: LogEntryOptions

    func run() throws { try common.record(common.entry(.handover)) }
}
