/// The numbered exhibits of one debtor's case file, and the letters Relance reconstructs for it.
///
/// Once the file is handed over, its numbering is frozen: the numbers of `frozen` (its
/// bordereau.csv, written by `relance record handover`) — or, for a `handover` line typed by hand,
/// the numbering of what the book held then: the invoices and documents dated on or before it and
/// the proofs of the lines before it — stay as they were, and everything else comes after, in the
/// order below. Until then, the numbering rule: by kind — contract and terms of sale, quote
/// and order, invoices, delivery, reminders, mise en demeure with its proofs, the debtor's replies,
/// acknowledgements, other —, then by date, then in file order. Only files the book holds are
/// numbered: the PDFs of the invoices claimed (open and not time-barred, or paid late and claimed),
/// the documents of documents.csv, and the proofs of the log lines on or before the build date. A
/// file named twice keeps its first number. An outgoing reminder or formal notice logged without a
/// proof left no letter on file: Relance reconstructs it as an annex to the chronology
/// (`reconstructions`), never as an exhibit.
public struct ExhibitList: Sendable {
    /// A letter Relance rebuilds as it stood on its date: « Reconstitution — sans valeur probante ».
    public struct Reconstruction: Hashable, Sendable {
        public let level: LetterLevel
        public let line: Interaction
    }

    public let exhibits: [Exhibit]
    /// Log line (`sequence`) → the numbers of its proofs.
    public let numbersByLine: [Int: [Int]]
    /// Invoice reference → the number of its PDF.
    public let numbersByInvoice: [String: Int]
    /// In log order.
    public let reconstructions: [Reconstruction]

    /// `otherDebts` (`Book.otherDebts`) are no invoices: they get no invoice exhibit.
    public init(state: DebtorState, invoiceFiles: [String: String], documents: [SupportingDocument] = [],
                otherDebts: Set<String> = [], frozen: [FrozenExhibit] = []) {
        struct Candidate {
            let category: ExhibitCategory
            let date: Day
            /// File order within its kind of source: ledger order, documents.csv line, log sequence.
            let order: Int
            let source: Exhibit.Source
        }
        var candidates: [Candidate] = []
        for (order, reference) in ExhibitList.claimedInvoices(state, otherDebts: otherDebts).enumerated() {
            guard let file = invoiceFiles[reference.reference] else { continue }
            candidates.append(Candidate(category: .invoices, date: reference.date, order: order,
                                        source: .invoice(reference: reference.reference, file: file)))
        }
        for document in documents where document.debtorID == state.id {
            candidates.append(Candidate(category: .of(document), date: document.date, order: document.location.line,
                                        source: .document(document)))
        }
        var reconstructions: [Reconstruction] = []
        for line in state.interactions.sorted(by: { $0.sequence < $1.sequence }) {
            let letter = line.kind == .delivery
                ? state.interactions.last { $0.sequence < line.sequence && DeliveryRecords.designates(line, $0) } : nil
            let category = ExhibitCategory.of(line, letter: letter)
            // The proofs of one line keep the order the log lists them in; an avis de réception
            // comes right after its letter's files, whatever its own date.
            for (position, file) in line.proofs.enumerated() {
                if let letter {
                    candidates.append(Candidate(category: category, date: letter.day, order: letter.sequence * 64 + 32 + min(position, 31),
                                                source: .receipt(file: file, delivery: line, letter: letter)))
                } else {
                    candidates.append(Candidate(category: category, date: line.day, order: line.sequence * 64 + min(position, 31),
                                                source: .proof(file: file, line: line)))
                }
            }
            if let level = ExhibitList.regeneratedLevel(of: line) { reconstructions.append(Reconstruction(level: level, line: line)) }
        }
        candidates.sort { ($0.category, $0.date, $0.order) < ($1.category, $1.date, $1.order) }

        var exhibits: [Exhibit] = []
        var byFile: [String: Int] = [:]
        var byLine: [Int: [Int]] = [:]
        var byInvoice: [String: Int] = [:]
        if !frozen.isEmpty {
            let sources = Dictionary(candidates.map { (Exhibit(number: 0, source: $0.source, date: $0.date).bookFile, $0) },
                                     uniquingKeysWith: { first, _ in first })
            for entry in frozen.sorted(by: { $0.number < $1.number }) {
                let candidate = sources[entry.file]
                exhibits.append(Exhibit(number: exhibits.count + 1, source: candidate?.source ?? .communicated(file: entry.file),
                                        date: candidate?.date ?? entry.date))
                byFile[entry.file] = exhibits.count
            }
        } else if let handover = state.interactions.first(where: { $0.kind == .handover }) {
            // Typed by hand, without its bordereau.csv: what the book held then comes first.
            var held: [Candidate] = [], later: [Candidate] = []
            for candidate in candidates {
                let wasHeld: Bool
                switch candidate.source {
                case .proof(_, let line), .receipt(_, let line, _): wasHeld = line.sequence < handover.sequence
                default: wasHeld = candidate.date <= handover.day
                }
                if wasHeld { held.append(candidate) } else { later.append(candidate) }
            }
            candidates = held + later
        }
        for candidate in candidates {
            let probe = Exhibit(number: exhibits.count + 1, source: candidate.source, date: candidate.date)
            let number: Int
            if let known = byFile[probe.bookFile] {
                number = known
            } else {
                number = probe.number
                byFile[probe.bookFile] = number
                exhibits.append(probe)
            }
            switch candidate.source {
            case .invoice(let reference, _): byInvoice[reference] = number
            case .proof(_, let line), .receipt(_, let line, _): byLine[line.sequence, default: []].append(number)
            case .document, .communicated: break
            }
        }
        self.exhibits = exhibits
        numbersByLine = byLine.mapValues { numbers in numbers.sorted() }
        numbersByInvoice = byInvoice
        self.reconstructions = reconstructions
    }

    /// The invoices the file claims, in the debtor's order: open and not time-barred (a debt that is
    /// no invoice aside), then those paid late whose penalties are claimed.
    static func claimedInvoices(_ state: DebtorState, otherDebts: Set<String>) -> [(reference: String, date: Day)] {
        state.openInvoices.filter { !$0.isTimeBarred && !otherDebts.contains($0.reference) }
            .map { ($0.reference, $0.account.entry.date) }
            + state.settledLate.map { ($0.reference, $0.account.entry.date) }
    }

    /// The letter a line records, when it has none of its own to show: an outgoing reminder or
    /// formal notice sent in writing (a reminder by phone or visit left no letter to regenerate).
    public static func regeneratedLevel(of line: Interaction) -> LetterLevel? {
        guard line.direction == .outgoing, line.proofs.isEmpty, let level = LetterLevel(line.kind) else { return nil }
        switch line.channel {
        case .phone, .visit: return nil
        case .email, .letter, .registeredLetter, .electronicRegisteredLetter, .portal, nil: return level
        }
    }
}
