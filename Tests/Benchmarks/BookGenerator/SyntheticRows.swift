/// An invoice of the synthetic ledger. Its reference is given once the ledger is in date order,
/// numbered per year as an accounting system would.
struct SyntheticInvoice {
    var date: Int32
    var due: Int32
    var debtor: Int32
    var amount: Int64
}

/// One ledger row, kept compact (a million-invoice book has some two million rows); its text is
/// made only when the file is written.
struct LedgerRow {
    enum Kind: UInt8 { case invoice, creditNote, payment }
    var date: Int32
    var kind: Kind
    /// Written the French way (DD/MM/YYYY, decimal comma, French kind).
    var french: Bool
    var debtor: Int32
    /// The invoice itself for an invoice row; the invoice named by `applies_to`, or -1 for a blank one.
    var invoice: Int32
    var amount: Int64
}

/// One line of the interaction log, compact as `LedgerRow` is.
struct LogRow {
    enum Kind: String {
        case reminder1 = "reminder_1", reminder2 = "reminder_2", reminder3 = "reminder_3"
        case formalNotice = "formal_notice", handover, call, email, letter, meeting, reply, note
        case dispute, disputeClosed = "dispute_closed", promise, paymentPlan = "payment_plan", acknowledgement, delivery
    }
    enum Channel: String {
        case none = "", email, letter, registeredLetter = "registered_letter"
        case electronicRegisteredLetter = "e_registered_letter", phone, visit, portal
    }
    enum Direction: String { case none = "", outgoing = "out", incoming = "in" }

    var date: Int32
    /// Minutes after midnight, or -1 for a plain date.
    var minute: Int16 = -1
    var debtor: Int32
    var kind: Kind
    var channel: Channel = .none
    var direction: Direction = .none
    var french = false
    /// Listed invoices: a range of `SyntheticLog.invoiceLists`; empty means every open invoice.
    var invoicesStart: Int32 = 0
    var invoicesCount: Int32 = 0
    /// Registered item number (digits), 0 for none.
    var tracking: Int64 = 0
    var deliveredOn: Int32 = Int32.min
    /// Promise or plan amount in cents, 0 for none.
    var amount: Int64 = 0
    var due: Int32 = Int32.min
    /// Instalments: a range of `SyntheticLog.instalments`.
    var scheduleStart: Int32 = 0
    var scheduleCount: Int32 = 0
    /// A proof file under attachments/ (written with `--attachments`).
    var proof: Bool = false
    /// Which of the kind's summaries; drawn when the row is made.
    var variant: UInt8 = 0
}
