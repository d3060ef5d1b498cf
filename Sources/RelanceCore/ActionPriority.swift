/// Where an action stands in the week's work queue (assets/docs/book-format.md, "Action priority"):
/// what it is worth, how late it is, and whether prescription makes it urgent whatever its size.
public struct ActionPriority: Hashable, Sendable {
    /// Σ balances of the action's claimable invoices (time-barred ones are never claimed).
    public let amount: Money
    /// Days past due of its oldest claimable invoice; 0 when none is late yet.
    public let daysLate: Int
    /// The first day of that delay, the day after the due date: « en retard depuis le … ».
    public let lateSince: Day?
    /// The earliest last day to act among its invoices, when it falls within `prescription_alert`
    /// days of the build date: « agir avant le … ».
    public let actBefore: Day?
    /// Σ balance × days past due, in minor units × days: the weight of what waits.
    public let weight: Int128

    /// `invoices` are the debtor's open invoices; only those the action names count.
    public init(action: Action, invoices: [InvoiceState], asOf: Day, prescriptionAlertDays: Int) {
        let named = Set(action.invoices)
        var amount = Money.zero
        var daysLate = 0
        var weight: Int128 = 0
        var actBefore: Day?
        for invoice in invoices where !invoice.isTimeBarred && named.contains(invoice.reference) {
            amount += invoice.outstanding
            let late = max(invoice.daysPastDue, 0)
            daysLate = max(daysLate, late)
            weight += Int128(invoice.outstanding.minorUnits) * Int128(late)
            if invoice.prescription - asOf <= prescriptionAlertDays {
                actBefore = min(actBefore ?? invoice.prescription, invoice.prescription)
            }
        }
        self.amount = amount
        self.daysLate = daysLate
        self.lateSince = daysLate > 0 ? asOf - (daysLate - 1) : nil
        self.actBefore = actBefore
        self.weight = weight
    }
}
