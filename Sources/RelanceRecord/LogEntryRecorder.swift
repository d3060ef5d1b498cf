import Foundation
import RelanceBook
import RelanceCore

/// `relance record promise | plan | dispute | reply | call | handover`: one line added to interactions.csv,
/// after checking it against the book as it stands on that day — the debtor exists, the invoices
/// are theirs and still open, a promise or a plan does not exceed what is owed, dates follow each
/// other — so that the log never says what the ledger contradicts.
public struct LogEntryRecorder: Sendable {
    public struct Report: Sendable {
        /// The new line's number in interactions.csv.
        public let line: Int
        public let text: String
        /// Under `attachments/`, when a file was given.
        public let proof: String?
        /// A hand-over: the frozen exhibit list written (under `attachments/`) and how many exhibits
        /// it numbers; nil when the debtor's list was frozen already.
        public var frozenList: (file: String, exhibits: Int)?
    }

    let shippedRates: RateTable

    public init(shippedRates: RateTable) {
        self.shippedRates = shippedRates
    }

    /// - Parameter today: a line cannot be dated later.
    public func run(_ entry: LogEntry, book folder: URL, today: Day, dryRun: Bool) throws(RecordFailure) -> Report {
        let book = try RecordedBook.read(folder, shippedRates: shippedRates)
        guard entry.on <= today else {
            throw .usage("--on \(entry.on.iso) est dans le futur : on enregistre ce qui a eu lieu")
        }
        let debtor = try Self.debtor(entry.debtor, in: book)
        try Self.checkInvoices(entry.invoices, of: debtor.id, in: book)
        let state = try Self.state(of: debtor.id, in: book, on: entry.on)
        var line: [String: String] = [
            "date": entry.on.iso, "debtor": debtor.id, "invoices": entry.invoices.joined(separator: "|"),
            "kind": entry.kind.interactionKind.rawValue, "channel": entry.channel?.rawValue ?? "",
            "direction": entry.direction?.rawValue ?? "", "summary": entry.summary ?? "",
        ]
        let owed = try Self.openBalance(entry, state: state)
        switch entry.kind {
        case .promise:
            let amount = try Self.amount(entry.amount, owed: owed, entry: entry, book: book)
            guard let due = entry.due else { throw .usage("une promesse a une échéance : --due AAAA-MM-JJ") }
            guard due >= entry.on else { throw .usage("--due \(due.iso) précède la promesse (\(entry.on.iso))") }
            line["amount"] = amount.plainDecimal(book.currency)
            line["due"] = due.iso
        case .plan:
            let instalments = try Self.schedule(entry.schedule, entry: entry, book: book)
            let total = instalments.map(\.amount).sum()
            guard total <= owed else {
                throw .refused("l'échéancier totalise \(total.plainDecimal(book.currency)) pour \(owed.plainDecimal(book.currency)) dus "
                               + "le \(entry.on.iso) : vérifiez les montants ou les factures")
            }
            line["amount"] = total.plainDecimal(book.currency)
            line["schedule"] = instalments.map { "\($0.date.iso):\($0.amount.plainDecimal(book.currency))" }.joined(separator: "|")
        case .dispute:
            guard !entry.invoices.isEmpty else {
                throw .usage("une contestation porte sur des factures : --invoices F1 F2 … (celles que le débiteur conteste)")
            }
            guard !(entry.summary ?? "").isEmpty else { throw .usage("une contestation a un motif : --summary \"…\"") }
            let already = state?.openInvoices.filter { $0.disputed && entry.invoices.contains($0.reference) }.map(\.reference) ?? []
            guard already.isEmpty else {
                throw .refused("déjà contestée le \(entry.on.iso) : \(already.joined(separator: ", ")) ; "
                               + "enregistrez la fin du litige (dispute_closed) avant une nouvelle contestation")
            }
        case .handover:
            guard !(entry.summary ?? "").isEmpty else {
                throw .usage("dites à qui le dossier est transmis : --summary \"Me Dupont, avocat au barreau de Lyon\"")
            }
        case .reply, .call:
            guard !(entry.summary ?? "").isEmpty || entry.proof != nil else {
                throw .usage("dites ce qui a été dit : --summary \"…\" (ou joignez le document avec --proof)")
            }
        }
        if entry.kind == .call && entry.channel == nil { line["channel"] = Interaction.Channel.phone.rawValue }

        var copies: [BookWrite.Copy] = []
        if let proof = entry.proof {
            let target = try Self.proofTarget(proof, entry: entry, debtor: debtor.id, book: folder)
            copies.append(BookWrite.Copy(source: proof, target: target))
            line["proof"] = target
        }
        var frozen: (file: String, exhibits: Int)?
        if entry.kind == .handover, let state {
            let list = try HandoverList(state: state, book: book, folder: folder)
            if let copy = list.copy {
                copies.append(copy)
                frozen = (copy.target, list.count)
            }
        }
        // A hand-over typed in the log without its list: the list alone is written, as the build
        // numbers it from that line, and no second hand-over is logged.
        let typedEarlier = entry.kind == .handover && frozen != nil
            && book.interactions.contains { $0.debtorID == debtor.id && $0.kind == .handover }
        let pending = try PendingLines(book: folder, lines: typedEarlier ? [] : [line])
        var report = Report(line: pending.firstLine, text: pending.text, proof: entry.proof == nil ? nil : copies.first?.target)
        report.frozenList = frozen
        guard !dryRun else { return report }
        try pending.commit(copying: copies)
        return report
    }

    /// The debtor by its id; a near miss is suggested.
    static func debtor(_ id: String, in book: Book) throws(RecordFailure) -> Debtor {
        if let debtor = book.debtors.first(where: { $0.id == id }) { return debtor }
        let folded = id.lowercased()
        let near = book.debtors.filter { $0.id.lowercased() == folded || $0.id.lowercased().contains(folded) || $0.name.lowercased().contains(folded) }
        let hint = near.isEmpty ? "les identifiants sont ceux de la colonne id de debtors.csv"
            : "vouliez-vous dire " + near.prefix(5).map { "\($0.id) (\($0.name))" }.joined(separator: ", ") + " ?"
        throw .usage("débiteur inconnu « \(id) » : \(hint)")
    }

    static func checkInvoices(_ references: [String], of debtor: String, in book: Book) throws(RecordFailure) {
        var problems: [String] = []
        for reference in references {
            let entries = book.ledger.filter { $0.reference == reference && $0.kind == .invoice }
            if entries.isEmpty {
                problems.append("« \(reference) » n'est pas une facture de ledger.csv")
            } else if !entries.contains(where: { $0.debtorID == debtor }) {
                problems.append("« \(reference) » est une facture de \(entries[0].debtorID) (ledger.csv:\(entries[0].location.line)), pas de \(debtor)")
            }
        }
        if Set(references).count != references.count { problems.append("une facture est nommée deux fois") }
        guard problems.isEmpty else { throw .usage(problems.joined(separator: " ; ")) }
    }

    /// The debtor as of `day`, computed from their lines alone; nil when nothing is open.
    static func state(of debtor: String, in book: Book, on day: Day) throws(RecordFailure) -> DebtorState? {
        var own = book
        own.debtors = book.debtors.filter { $0.id == debtor }
        own.ledger = book.ledger.filter { $0.debtorID == debtor }
        own.interactions = book.interactions.filter { $0.debtorID == debtor }
        do {
            return try Receivables(book: own, asOf: day).debtors.first
        } catch {
            throw .internalError(error.description)
        }
    }

    /// What the debtor owes that day on the entry's invoices (all open ones when it names none);
    /// for a promise, a plan or a dispute, refused when nothing named is open.
    static func openBalance(_ entry: LogEntry, state: DebtorState?) throws(RecordFailure) -> Money {
        let open = state?.openInvoices ?? []
        let concerned = entry.invoices.isEmpty ? open : open.filter { entry.invoices.contains($0.reference) }
        if entry.kind.needsOpenInvoices {
            let settled = entry.invoices.filter { reference in !open.contains { $0.reference == reference } }
            guard settled.isEmpty else {
                throw .refused("soldée le \(entry.on.iso) : \(settled.joined(separator: ", ")) ; "
                               + "une \(entry.kind == .dispute ? "contestation" : "promesse ou un échéancier") porte sur des factures ouvertes")
            }
            guard !concerned.isEmpty else {
                throw .refused("\(entry.debtor) ne doit rien le \(entry.on.iso) : aucune facture ouverte")
            }
        }
        return concerned.map(\.outstanding).sum()
    }

    static func amount(_ text: String?, owed: Money, entry: LogEntry, book: Book) throws(RecordFailure) -> Money {
        guard let text else { throw .usage("une promesse a un montant : --amount 1200,50") }
        guard let amount = TypedAmount.parse(text, currency: book.currency), amount.isPositive else {
            throw .usage("--amount attend un montant positif comme 1200,50 ou 1 200,50, reçu « \(text) »")
        }
        guard amount <= owed else {
            throw .refused("la promesse de \(amount.plainDecimal(book.currency)) dépasse les \(owed.plainDecimal(book.currency)) dus "
                           + "le \(entry.on.iso)" + (entry.invoices.isEmpty ? "" : " sur \(entry.invoices.joined(separator: ", ")))"))
        }
        return amount
    }

    /// `YYYY-MM-DD:amount` each, positive amounts, dates from the plan's day on and in order.
    static func schedule(_ pieces: [String], entry: LogEntry, book: Book) throws(RecordFailure) -> [Interaction.Instalment] {
        guard !pieces.isEmpty else { throw .usage("un échéancier a des échéances : --schedule 2026-07-31:500 2026-08-31:500") }
        var instalments: [Interaction.Instalment] = []
        for piece in pieces {
            let parts = piece.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let day = Day(iso: parts[0]) else {
                throw .usage("--schedule attend des échéances AAAA-MM-JJ:montant, comme 2026-07-31:500, reçu « \(piece) »")
            }
            guard let amount = TypedAmount.parse(String(parts[1]), currency: book.currency), amount.isPositive else {
                throw .usage("échéance « \(piece) » : montant positif attendu, comme 500 ou 500,00")
            }
            guard day >= entry.on else { throw .usage("l'échéance du \(day.iso) précède l'accord (\(entry.on.iso))") }
            if let last = instalments.last, day <= last.date {
                throw .usage("les échéances vont par dates croissantes : \(day.iso) après \(last.date.iso)")
            }
            instalments.append(Interaction.Instalment(date: day, amount: amount))
        }
        return instalments
    }

    /// `log/<date>-<debtor>-<kind>.<ext>` under `attachments/`, numbered when the day already has one.
    static func proofTarget(_ proof: URL, entry: LogEntry, debtor: String, book: URL) throws(RecordFailure) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: proof.path, isDirectory: &isFolder), !isFolder.boolValue,
              FileManager.default.isReadableFile(atPath: proof.path) else {
            throw .usage("--proof \(proof.path) : fichier introuvable ou illisible")
        }
        let ext = proof.pathExtension.lowercased()
        let slug = String(debtor.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        let stem = "log/\(entry.on.iso)-\(slug)-\(entry.kind.rawValue)"
        let attachments = book.appendingPathComponent("attachments")
        var name = stem + (ext.isEmpty ? "" : ".\(ext)")
        var number = 2
        while FileManager.default.fileExists(atPath: attachments.appendingPathComponent(name).path) {
            name = "\(stem)-\(number)" + (ext.isEmpty ? "" : ".\(ext)")
            number += 1
        }
        return name
    }
}
