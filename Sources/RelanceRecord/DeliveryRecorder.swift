import Foundation
import RelanceBook
import RelanceCore

/// `relance record delivery`: the avis de réception of a registered letter already in the log,
/// added as a line of its own — the letter's line is never edited, so exhibit numbers stay put. The
/// line names the letter by its item number and its reference, its date is the day of delivery
/// (or first presentation), and the scan, if given, is kept as `attachments/sent/<REFERENCE>-AR.<ext>`.
public struct DeliveryRecorder: Sendable {
    public struct Request: Sendable {
        public var book: URL
        /// The letter: its reference or its item number.
        public var letter: String
        /// The day it was delivered, or first presented when it was not claimed.
        public var on: Day
        public var proof: URL?
        /// The day it is recorded: a delivery cannot be later.
        public var today: Day
        public var dryRun = false

        public init(book: URL, letter: String, on: Day, today: Day) {
            self.book = book
            self.letter = letter
            self.on = on
            self.today = today
        }
    }

    public struct Report: Sendable {
        /// The new line's number in interactions.csv.
        public let line: Int
        public let reference: String
        /// The letter's line.
        public let letter: SourceLocation
        /// Under `attachments/`, when a scan was given.
        public let proof: String?
        public let text: String
    }

    let shippedRates: RateTable

    public init(shippedRates: RateTable) {
        self.shippedRates = shippedRates
    }

    public func run(_ request: Request) throws(RecordFailure) -> Report {
        let book = try RecordedBook.read(request.book, shippedRates: shippedRates)
        let letter = try Self.letter(named: request.letter, in: book.interactions)
        guard letter.channel == .registeredLetter || letter.channel == .electronicRegisteredLetter else {
            throw .refused("\(letter.location.row) : « \(request.letter) » n'a pas été envoyé en recommandé "
                           + "(canal \(letter.channel?.rawValue ?? "non renseigné")) : il n'a pas d'avis de réception")
        }
        guard request.on >= letter.day else {
            throw .usage("--on \(request.on.iso) précède l'envoi du courrier (\(letter.day.iso), \(letter.location.row))")
        }
        guard request.on <= request.today else {
            throw .usage("--on \(request.on.iso) est dans le futur : la distribution s'enregistre une fois l'avis de réception reçu")
        }
        if let delivered = letter.deliveredOn {
            throw .refused("\(letter.location.row) : ce courrier porte déjà sa date de distribution (\(delivered.iso)) ; rien n'a été écrit")
        }
        if let earlier = book.interactions.first(where: { DeliveryRecords.designates($0, letter) && $0.location.line > letter.location.line }) {
            throw .refused("la distribution de ce courrier est déjà enregistrée (\(earlier.location.row), \(earlier.day.iso)) ; rien n'a été écrit")
        }

        let reference = letter.letterReference ?? letter.tracking ?? request.letter
        var copies: [BookWrite.Copy] = []
        if let scan = request.proof {
            let (_, fileExtension) = try ScannedProof.read(scan)
            copies.append(BookWrite.Copy(source: scan, target: "sent/\(reference)-AR.\(fileExtension)"))
        }
        let pending = try PendingLines(book: request.book, lines: [[
            "date": request.on.iso, "debtor": letter.debtorID, "invoices": letter.invoices.joined(separator: "|"),
            "kind": Interaction.Kind.delivery.rawValue, "channel": letter.channel?.rawValue ?? "",
            "summary": reference, "proof": copies.map(\.target).joined(separator: "|"), "tracking": letter.tracking ?? "",
        ]])
        let report = Report(line: pending.firstLine, reference: reference, letter: letter.location,
                            proof: copies.first?.target, text: pending.text)
        guard !request.dryRun else { return report }
        try pending.commit(copying: copies)
        return report
    }

    /// The one line of the log `name` designates; several are an ambiguity the user settles.
    static func letter(named name: String, in log: [Interaction]) throws(RecordFailure) -> Interaction {
        let lines = log.filter { $0.kind != .delivery && $0.isLetter(named: name) }
        guard let letter = lines.first else {
            throw .usage("aucun courrier « \(name) » dans \(InteractionLogAppender.fileName) : donnez la référence du courrier "
                         + "(celle de relance record, ex. PETIT-MENUISERIE-MED-20260615) ou son numéro de recommandé")
        }
        guard lines.count == 1 else {
            throw .refused("« \(name) » désigne plusieurs lignes (\(lines.map(\.location.row).joined(separator: ", "))) : "
                           + "donnez le numéro de recommandé du courrier")
        }
        return letter
    }
}
