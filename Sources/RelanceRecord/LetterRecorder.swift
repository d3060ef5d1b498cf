import Crypto
import Foundation
import RelanceBook
import RelanceCore
import RelanceSite

/// `relance record`: the letters of the last build of an output folder, logged as sent. Each letter
/// becomes one interactions.csv line — date, debtor, its exact invoices, kind, channel, the item
/// number from the filled deposit list, and the reference with the original's SHA-256 in
/// `summary` — and its original (the PDF, the `.eml`) is kept in `attachments/sent/`, which the
/// case files then show instead of a regenerated copy.
public struct LetterRecorder: Sendable {
    public struct Request: Sendable {
        public var book: URL
        public var out: URL
        /// References to record, all of the build's when empty; `exclude` leaves some out.
        public var only: [String] = []
        public var exclude: [String] = []
        /// The day they were sent; nil: each letter's own date.
        public var sentOn: Day?
        /// The deposit list filled in with item numbers; nil: the build's own, when present.
        public var deposit: URL?
        /// Registered letters may go without an item number.
        public var withoutTracking = false
        public var dryRun = false

        public init(book: URL, out: URL) {
            self.book = book
            self.out = out
        }
    }

    /// One letter logged (or to be, on a dry run).
    public struct Recorded: Sendable {
        public let reference: String
        /// Its line in interactions.csv.
        public let line: Int
        public let kind: String
        public let tracking: String?
        /// Under `attachments/`.
        public let originals: [String]
    }

    public struct Report: Sendable {
        public let recorded: [Recorded]
        /// Letters of the build left out because the log already has them.
        public let alreadyRecorded: [String]
        /// The lines as added to interactions.csv, in its own dialect.
        public let text: String
        public let notes: [String]
    }

    let shippedRates: RateTable

    public init(shippedRates: RateTable) {
        self.shippedRates = shippedRates
    }

    public func run(_ request: Request) throws(RecordFailure) -> Report {
        let manifest = try Self.manifest(in: request.out)
        guard let digests = manifest.book else {
            throw .refused("un fichier du book a changé pendant la construction du \(manifest.asOf) : reconstruisez (relance build) avant d'enregistrer")
        }
        let changes = BookChanges.since(digests, book: request.book)
        guard changes.isEmpty else {
            throw .refused("le book \(request.book.path) n'est plus celui de la construction du \(manifest.asOf) ("
                + changes.joined(separator: " ; ") + ") : reconstruisez (relance build), vérifiez les courriers, puis enregistrez-les")
        }
        let book = try RecordedBook.read(request.book, shippedRates: shippedRates)

        let (selected, already) = try select(manifest.letters, request, book: book)
        let tracking = try trackingNumbers(request, manifest: manifest, selected: selected)
        var notes: [String] = []
        var copies: [BookWrite.Copy] = []
        var lines: [[String: String]] = []
        var recorded: [(LetterManifest.Entry, String?, [String])] = []
        for entry in selected {
            let originals = try originals(of: entry, out: request.out)
            if entry.pdf == nil && entry.channel != "email" {
                notes.append("\(entry.reference) : pas de PDF (construction sans Chromium) ; l'original gardé est la page HTML")
            }
            let main = originals[0]
            let digest = LowerHex.string(of: SHA256.hash(data: try Self.bytes(of: main.source!)))
            copies += originals
            let number = tracking[entry.reference]
            lines.append([
                "date": (request.sentOn?.iso ?? entry.date), "debtor": entry.debtor,
                "invoices": entry.invoices.joined(separator: "|"), "kind": entry.kind, "channel": entry.channel,
                "summary": "Référence \(entry.reference) ; original \(main.target), SHA-256 \(digest)",
                "proof": originals.map(\.target).joined(separator: "|"), "tracking": number ?? "",
            ])
            recorded.append((entry, number, originals.map(\.target)))
        }

        let pending = try PendingLines(book: request.book, lines: lines)
        let report = Report(
            recorded: recorded.enumerated().map { offset, item in
                Recorded(reference: item.0.reference, line: pending.firstLine + offset, kind: item.0.kind,
                         tracking: item.1, originals: item.2)
            },
            alreadyRecorded: already, text: pending.text, notes: notes)
        guard !request.dryRun else { return report }
        try pending.commit(copying: copies)
        return report
    }

    static func manifest(in out: URL) throws(RecordFailure) -> LetterManifest {
        let url = out.appendingPathComponent(SitePaths.Letters.manifest)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .refused("aucune construction à enregistrer dans \(out.path) (\(SitePaths.Letters.manifest) absent) : "
                           + "lancez d'abord relance build --out \(out.path)")
        }
        do {
            return try LetterManifest.decode([UInt8](data))
        } catch {
            throw .refused("\(url.path) n'est pas lisible (\(error)) : reconstruisez (relance build)")
        }
    }

    /// The letters to record, in the build's order, and those of the build the log already has.
    private func select(_ letters: [LetterManifest.Entry], _ request: Request, book: Book)
        throws(RecordFailure) -> ([LetterManifest.Entry], [String]) {
        let known = Set(letters.map(\.reference))
        let unknown = (request.only + request.exclude).filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw .usage("référence inconnue de la dernière construction : \(unknown.joined(separator: ", ")) "
                         + "(les courriers sont listés dans letters/index.html)")
        }
        let only = Set(request.only), excluded = Set(request.exclude)
        let wanted = letters.filter { (only.isEmpty || only.contains($0.reference)) && !excluded.contains($0.reference) }
        var fresh: [LetterManifest.Entry] = []
        var already: [String] = []
        var alreadyNamed: [String] = []
        for entry in wanted {
            if let line = Self.recordedLine(of: entry, in: book) {
                already.append(entry.reference)
                if only.contains(entry.reference) { alreadyNamed.append("\(entry.reference) (\(line))") }
            } else {
                fresh.append(entry)
            }
        }
        guard alreadyNamed.isEmpty else {
            throw .refused("déjà enregistré dans le journal : \(alreadyNamed.joined(separator: ", ")) ; rien n'a été écrit")
        }
        guard !fresh.isEmpty else {
            throw .refused(already.isEmpty ? "aucun courrier à enregistrer dans cette construction"
                : "les \(already.count) courriers choisis sont déjà enregistrés ; rien n'a été écrit")
        }
        if let sentOn = request.sentOn, let early = fresh.first(where: { sentOn.iso < $0.date }) {
            throw .usage("--sent-on \(sentOn.iso) précède la date du courrier \(early.reference) (\(early.date))")
        }
        return (fresh, already)
    }

    /// Where the log already records this letter: a line of the same debtor and kind that goes by
    /// its reference.
    static func recordedLine(of entry: LetterManifest.Entry, in book: Book) -> SourceLocation? {
        book.interactions.first { line in
            line.debtorID == entry.debtor && line.kind.rawValue == entry.kind && line.isLetter(named: entry.reference)
        }?.location
    }

    private func trackingNumbers(_ request: Request, manifest: LetterManifest, selected: [LetterManifest.Entry])
        throws(RecordFailure) -> [String: String] {
        let own = request.out.appendingPathComponent(SitePaths.Letters.depositListCSV)
        let url = request.deposit ?? (FileManager.default.fileExists(atPath: own.path) ? own : nil)
        var tracking: [String: String] = [:]
        if let url {
            tracking = try DepositTracking.read(url, fileName: request.deposit == nil ? SitePaths.Letters.depositListCSV : url.path,
                                                references: Set(manifest.letters.map(\.reference)))
        }
        let missing = selected.filter { $0.channel == "registered_letter" && tracking[$0.reference] == nil }.map(\.reference)
        if !missing.isEmpty && !request.withoutTracking {
            throw .refused("sans numéro de recommandé : \(missing.joined(separator: ", ")) ; remplissez la colonne « N° de recommandé » de "
                           + "\(url?.path ?? own.path) (ou passez --without-tracking pour les enregistrer sans)")
        }
        return tracking
    }

    /// The files kept as the letter's original, the first one the letter as sent: a postal letter's
    /// PDF (its page when printed without Chromium) and its copy by e-mail if any; an e-mail's `.eml`.
    private func originals(of entry: LetterManifest.Entry, out: URL) throws(RecordFailure) -> [BookWrite.Copy] {
        let postal = entry.channel != "email"
        var files = [postal ? (entry.pdf ?? entry.html) : (entry.eml ?? entry.html)]
        if postal, let eml = entry.eml { files.append(eml) }
        return try files.map { path throws(RecordFailure) in
            let source = out.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: source.path) else {
                throw .refused("\(source.path) manque dans la sortie de la construction : reconstruisez (relance build)")
            }
            let ext = (path as NSString).pathExtension
            return BookWrite.Copy(source: source, target: "sent/\(entry.reference).\(ext)")
        }
    }

    private static func bytes(of url: URL) throws(RecordFailure) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .refused("\(url.path) n'est pas lisible")
        }
        return [UInt8](data)
    }
}
