/// An invoice settled in full by the build date, at least one payment dated after its due date:
/// its L441-10 penalties and the 40 € indemnity are due without a reminder (assets/docs/book-format.md,
/// `settled_late`; business debtors only, and only when `[policy] claim_settled_late`).
public struct SettledLateInvoice: Sendable {
    public let account: InvoiceAccount
    /// The date of the settlement that brought the balance to zero.
    public let settledOn: Day
    /// Penalties on each part from the day after the due date to the day it was settled.
    public let penalties: PenaltyComputation
    public let indemnity: Money
    public let prescriptionClock: PrescriptionClock

    public var reference: String { account.entry.reference }
    public var dueDate: Day { account.dueDate }
    public var daysLate: Int { settledOn - account.dueDate }
    public var total: Money { penalties.total + indemnity }
}
