/// What happens to one invoice: how it is settled, and the events of its collection that the log
/// may record (a dispute, a promise, a payment plan, an acknowledgement).
struct InvoiceFate {
    let invoice: Int32
    let date: Int32
    let due: Int32
    let amount: Int64
    /// The day the last settlement lands on or before the build date; nil while the invoice stays open.
    var settledOn: Int32?
    var dispute: (opened: Int32, closed: Int32?)?
    var promise: (made: Int32, due: Int32)?
    /// Made on `made`; instalments are `SyntheticBook.instalments[start..<start+count]`.
    var plan: (made: Int32, start: Int32, count: Int32)?
    /// After a broken plan, escalation resumes from this day.
    var planBrokenAfter: Int32?
    var acknowledgedOn: Int32?
    /// Left unpaid and never reminded (`BookShape.backlog`).
    var isBacklog = false

    /// Paid (if at all) more than ten days after its due date: the log chases it, unless the
    /// collection left it behind.
    var isChased: Bool { !isBacklog && (settledOn.map { $0 > due + 10 } ?? true) }
}
