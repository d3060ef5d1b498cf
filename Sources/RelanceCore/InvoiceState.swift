/// An open invoice as of the build date, with every figure the outputs show about it.
public struct InvoiceState: Sendable {
    public let account: InvoiceAccount
    public let daysPastDue: Int
    public let bucket: AgingBucket
    public let disputed: Bool
    public let stage: EscalationStage
    public let penalties: PenaltyComputation
    public let indemnity: Money
    public let prescription: Day
    public let prescriptionStatus: Prescription.Status

    public var reference: String { account.entry.reference }
    public var dueDate: Day { account.dueDate }
    public var outstanding: Money { account.balance }
    public var isOverdue: Bool { daysPastDue >= 1 }
}
