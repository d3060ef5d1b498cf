/// One line of the interaction log: a reminder, call, reply, promise, dispute, proof…
public struct Interaction: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case reminder1 = "reminder_1", reminder2 = "reminder_2", reminder3 = "reminder_3"
        case formalNotice = "formal_notice", handover
        case call, email, letter, meeting, reply, note
        case dispute, disputeClosed = "dispute_closed"
        case promise, paymentPlan = "payment_plan", acknowledgement
        /// The avis de réception of a registered letter (new in 2026-12): gives that letter its delivery date.
        case delivery

        /// Escalation kinds in increasing order; nil for the others.
        public var escalationLevel: EscalationStage? {
            switch self {
            case .reminder1: return .reminder1
            case .reminder2: return .reminder2
            case .reminder3: return .reminder3
            case .formalNotice: return .formalNotice
            case .handover: return .handedOver
            default: return nil
            }
        }

        /// `out` for what we do, `in` for what the debtor does, when the log leaves it blank.
        public var defaultDirection: Direction {
            switch self {
            case .reply, .dispute, .promise, .acknowledgement, .delivery: return .incoming
            default: return .outgoing
            }
        }
    }

    public enum Channel: String, Sendable, CaseIterable {
        case email, letter, registeredLetter = "registered_letter", electronicRegisteredLetter = "e_registered_letter"
        case phone, visit, portal
    }

    public enum Direction: String, Sendable, CaseIterable {
        case outgoing = "out", incoming = "in"
    }

    public struct Instalment: Hashable, Sendable {
        public var date: Day
        public var amount: Money
        public init(date: Day, amount: Money) { self.date = date; self.amount = amount }
    }

    public var day: Day
    /// Minutes after midnight when the log gave a date-time; orders lines within a day.
    public var minuteOfDay: Int?
    public var debtorID: String
    /// Invoice references it concerns; empty means every invoice of the debtor open at the end of `day`.
    public var invoices: [String]
    public var kind: Kind
    public var channel: Channel?
    public var direction: Direction
    public var summary: String?
    /// Paths relative to the book's `attachments/` folder, already confined and checked to exist.
    public var proofs: [String]
    public var tracking: String?
    public var deliveredOn: Day?
    public var amount: Money?
    public var due: Day?
    public var schedule: [Instalment]
    /// 0-based position in the log file: the log's own order, kept for stable numbering.
    public var sequence: Int
    public var location: SourceLocation

    public init(
        day: Day, minuteOfDay: Int? = nil, debtorID: String, invoices: [String] = [], kind: Kind,
        channel: Channel? = nil, direction: Direction? = nil, summary: String? = nil, proofs: [String] = [],
        tracking: String? = nil, deliveredOn: Day? = nil, amount: Money? = nil, due: Day? = nil,
        schedule: [Instalment] = [], sequence: Int = 0,
        location: SourceLocation = SourceLocation(file: "interactions.csv", line: 0)
    ) {
        self.day = day; self.minuteOfDay = minuteOfDay; self.debtorID = debtorID; self.invoices = invoices
        self.kind = kind; self.channel = channel; self.direction = direction ?? kind.defaultDirection
        self.summary = summary; self.proofs = proofs; self.tracking = tracking; self.deliveredOn = deliveredOn
        self.amount = amount; self.due = due; self.schedule = schedule; self.sequence = sequence
        self.location = location
    }
}

/// The escalation ladder, in increasing order (summary.json spells them as the raw values).
public enum EscalationStage: Int, Comparable, Sendable, CaseIterable {
    case none = 0, reminder1, reminder2, reminder3, formalNotice, handedOver

    public static func < (a: EscalationStage, b: EscalationStage) -> Bool { a.rawValue < b.rawValue }

    public var code: String {
        switch self {
        case .none: return "none"
        case .reminder1: return "reminder_1"
        case .reminder2: return "reminder_2"
        case .reminder3: return "reminder_3"
        case .formalNotice: return "formal_notice"
        case .handedOver: return "handed_over"
        }
    }
}
