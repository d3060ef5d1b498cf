/// What the credit manager should do next, and when.
public struct Action: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case reminder1 = "reminder_1", reminder2 = "reminder_2", reminder3 = "reminder_3"
        case formalNotice = "formal_notice", handover
        case call
        case promiseDue = "promise_due", instalmentDue = "instalment_due"

        /// A step of the escalation ladder (the debtor's `next_action` is one of these).
        public var isEscalation: Bool {
            switch self {
            case .reminder1, .reminder2, .reminder3, .formalNotice, .handover: return true
            default: return false
            }
        }

        public var isReminder: Bool { self == .reminder1 || self == .reminder2 || self == .reminder3 }
    }

    public enum Channel: String, Sendable {
        case email, letter, registeredLetter = "registered_letter", phone, handover
    }

    public let debtorID: String
    public let kind: Kind
    public let on: Day
    public let channel: Channel
    /// References of the invoices concerned, by due date then reference.
    public let invoices: [String]

    public init(debtorID: String, kind: Kind, on: Day, channel: Channel, invoices: [String]) {
        self.debtorID = debtorID; self.kind = kind; self.on = on; self.channel = channel; self.invoices = invoices
    }
}
