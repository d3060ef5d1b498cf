/// One document of a case file's bordereau de communication de pièces (CPC 768): "Pièce n° N —
/// title — date". Only files the book holds are exhibits (art. 1363 Code civil: nobody makes
/// evidence for themselves, so a letter Relance reconstructs is an annex, never an exhibit; a
/// document the book lacks is a « pièce à fournir », unnumbered).
public struct Exhibit: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// An invoice's PDF, relative to the book's attachments/.
        case invoice(reference: String, file: String)
        /// A document of documents.csv.
        case document(SupportingDocument)
        /// A file the log names as proof of a line (`proof` column), relative to attachments/.
        case proof(file: String, line: Interaction)
        /// The avis de réception of a registered letter, logged on its own `delivery` line: numbered
        /// right after the letter's own files, one set per registered letter.
        case receipt(file: String, delivery: Interaction, letter: Interaction)
        /// A file handed over with the frozen list that nothing in the book names any more (an
        /// invoice paid since, say): it keeps its number.
        case communicated(file: String)
    }

    /// 1, 2, 3…
    public let number: Int
    public let source: Source
    /// The document's own date: the invoice's, the document's, or the log line's.
    public let date: Day

    public init(number: Int, source: Source, date: Day) {
        self.number = number
        self.source = source
        self.date = date
    }

    /// The log line the exhibit proves, if it comes from one.
    public var line: Interaction? {
        switch source {
        case .proof(_, let line), .receipt(_, let line, _): return line
        case .invoice, .document, .communicated: return nil
        }
    }

    /// The book file to copy, relative to attachments/.
    public var bookFile: String {
        switch source {
        case .invoice(_, let file): return file
        case .document(let document): return document.file
        case .proof(let file, _), .receipt(let file, _, _): return file
        case .communicated(let file): return file
        }
    }
}

/// The kinds of exhibits, in the order a lawyer expects them on the bordereau: what was agreed,
/// what was invoiced and delivered, how the debt was claimed, what the debtor answered.
public enum ExhibitCategory: Int, Comparable, Sendable, CaseIterable {
    case contractAndTerms, quoteAndOrder, invoices, delivery, reminders, formalNotice, replies, acknowledgements, other

    public static func < (a: ExhibitCategory, b: ExhibitCategory) -> Bool { a.rawValue < b.rawValue }

    static func of(_ document: SupportingDocument) -> ExhibitCategory {
        switch document.kind {
        case .contract, .termsOfSale: return .contractAndTerms
        case .quote, .purchaseOrder: return .quoteAndOrder
        case .deliveryNote, .acceptanceReport: return .delivery
        case .companyRegistration, .accountStatement, .other: return .other
        }
    }

    /// A log line's proofs: by what the line records. An avis de réception goes with its letter.
    static func of(_ line: Interaction, letter: Interaction?) -> ExhibitCategory {
        switch line.kind {
        case .reminder1, .reminder2, .reminder3: return line.direction == .outgoing ? .reminders : .replies
        case .formalNotice: return line.direction == .outgoing ? .formalNotice : .replies
        case .delivery: return letter.map { of($0, letter: nil) } ?? .other
        case .acknowledgement: return .acknowledgements
        default: return line.direction == .incoming ? .replies : .other
        }
    }
}
