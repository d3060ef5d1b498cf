/// An open invoice as of the build date, with every figure the outputs show about it.
public struct InvoiceState: Sendable {
    public let account: InvoiceAccount
    public let daysPastDue: Int
    public let bucket: AgingBucket
    public let disputed: Bool
    public let stage: EscalationStage
    /// Nothing (no line) when the invoice is time-barred: nothing is claimed on it any more.
    public let penalties: PenaltyComputation
    public let indemnity: Money
    /// Its start, what restarted it and the last day to act (assets/docs/legal-rules.md §6).
    public let prescriptionClock: PrescriptionClock
    public let prescriptionStatus: Prescription.Status

    public var reference: String { account.entry.reference }
    /// False for a debt that is no invoice (`Book.otherDebts`): nothing but its principal is claimed.
    public var isInvoice: Bool { penalties.basis != .notAnInvoice }
    public var dueDate: Day { account.dueDate }
    public var outstanding: Money { account.balance }
    public var isOverdue: Bool { daysPastDue >= 1 }
    /// The last day on which the claim can still be brought.
    public var prescription: Day { prescriptionClock.lastDay }
    /// Still in the books, never claimed (« prescrite — non réclamée »).
    public var isTimeBarred: Bool { prescriptionStatus == .barred }
    /// Overdue and still claimable: what escalation, letters, claims and routes count.
    public var isClaimablyOverdue: Bool { isOverdue && !isTimeBarred }
}
