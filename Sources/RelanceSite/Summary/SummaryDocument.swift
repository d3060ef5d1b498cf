import Foundation
import RelanceCore

/// summary.json (assets/docs/book-format.md, "What a build writes"): every figure of the dashboard, amounts as
/// two-decimal strings. Keys are written sorted so that the file is byte-stable.
struct SummaryDocument: Encodable {
    struct Totals: Encodable {
        let outstanding, overdue, notDue, disputed, unallocatedCredit, penalties, indemnities: String
        let timeBarred, settledPenalties, settledIndemnities: String
        enum CodingKeys: String, CodingKey {
            case outstanding, overdue, disputed, penalties, indemnities
            case notDue = "not_due", unallocatedCredit = "unallocated_credit", timeBarred = "time_barred"
            case settledPenalties = "settled_penalties", settledIndemnities = "settled_indemnities"
        }
    }
    struct Bucket: Encodable { let bucket: String; let amount: String }
    struct NextAction: Encodable { let kind: String; let on: String; let channel: String }
    struct Invoice: Encodable {
        let reference, dueDate, outstanding: String
        let daysPastDue: Int
        let bucket: String
        let disputed: Bool
        let penalties, indemnity, prescription, prescriptionStatus, stage: String
        let penaltiesComputedThrough: String
        let timeBarred: Bool
        enum CodingKeys: String, CodingKey {
            case reference, outstanding, bucket, disputed, penalties, indemnity, prescription, stage
            case dueDate = "due_date", daysPastDue = "days_past_due", prescriptionStatus = "prescription_status"
            case penaltiesComputedThrough = "penalties_computed_through", timeBarred = "time_barred"
        }
    }
    /// An invoice paid late whose penalties and indemnity are claimed.
    struct SettledLate: Encodable {
        let reference, dueDate, settledOn: String
        let daysLate: Int
        let penalties, indemnity: String
        enum CodingKeys: String, CodingKey {
            case reference, penalties, indemnity
            case dueDate = "due_date", settledOn = "settled_on", daysLate = "days_late"
        }
    }
    struct Debtor: Encodable {
        let id, name, slug, type, outstanding, overdue, unallocatedCredit, penalties, indemnities, stage, paused: String
        let nextAction: NextAction?
        let invoices: [Invoice]
        let settledLate: [SettledLate]
        enum CodingKeys: String, CodingKey {
            case id, name, slug, type, outstanding, overdue, penalties, indemnities, stage, paused, invoices
            case unallocatedCredit = "unallocated_credit", nextAction = "next_action", settledLate = "settled_late"
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(name, forKey: .name); try c.encode(slug, forKey: .slug)
            try c.encode(type, forKey: .type); try c.encode(outstanding, forKey: .outstanding)
            try c.encode(overdue, forKey: .overdue); try c.encode(unallocatedCredit, forKey: .unallocatedCredit)
            try c.encode(penalties, forKey: .penalties); try c.encode(indemnities, forKey: .indemnities)
            try c.encode(stage, forKey: .stage); try c.encode(paused, forKey: .paused)
            try c.encode(nextAction, forKey: .nextAction)   // null, not omitted, when there is none
            try c.encode(invoices, forKey: .invoices)
            try c.encode(settledLate, forKey: .settledLate)
        }
    }
    struct ActionRow: Encodable {
        let debtor, kind, on, channel: String
        let invoices: [String]
        /// Its place in the work queue, 1 = first (`WorkQueue`).
        let priority: Int
        /// Σ balances of its claimable invoices, and the days past due of the oldest.
        let amount: String
        let daysLate: Int
        /// The last day to act when prescription is within `prescription_alert` days, else null.
        let actBefore: String?
        /// The letter written for this action (path in the output), when there is one.
        let letter: String?
        /// Why no letter could be written for it, when the escalation asks for one.
        let letterBlocked: String?
        enum CodingKeys: String, CodingKey {
            case debtor, kind, on, channel, invoices, letter, priority, amount
            case letterBlocked = "letter_blocked", daysLate = "days_late", actBefore = "act_before"
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(debtor, forKey: .debtor); try c.encode(kind, forKey: .kind); try c.encode(on, forKey: .on)
            try c.encode(channel, forKey: .channel); try c.encode(invoices, forKey: .invoices)
            try c.encode(priority, forKey: .priority); try c.encode(amount, forKey: .amount)
            try c.encode(daysLate, forKey: .daysLate)
            try c.encode(actBefore, forKey: .actBefore)   // null, not omitted, when prescription is far
            try c.encodeIfPresent(letter, forKey: .letter); try c.encodeIfPresent(letterBlocked, forKey: .letterBlocked)
        }
    }
    /// Letters of the build: how many per level, and those that could not be written.
    struct Letters: Encodable {
        let byLevel: [String: Int]
        let total: Int
        let blocked: [Blocked]
        struct Blocked: Encodable { let debtor, level, reason: String }
        enum CodingKeys: String, CodingKey { case total, blocked; case byLevel = "by_level" }
    }
    struct Reconciliation: Encodable {
        let ledgerEntriesRead, interactionsRead, ledgerEntriesIgnored, interactionsIgnored, rejected: Int
        let invoiced, credited, paid, balance, outstanding, unallocatedCredit, creditAppliedToLaterInvoices: String
        enum CodingKeys: String, CodingKey {
            case rejected, invoiced, credited, paid, balance, outstanding
            case creditAppliedToLaterInvoices = "credit_applied_to_later_invoices"
            case ledgerEntriesRead = "ledger_entries_read", interactionsRead = "interactions_read"
            case ledgerEntriesIgnored = "ledger_entries_ignored", interactionsIgnored = "interactions_ignored"
            case unallocatedCredit = "unallocated_credit"
        }
    }

    /// One week of the trend (`WeeklyHistory`); the count-back DSO as a decimal string with one
    /// decimal, like the amounts, so that it is exact.
    struct HistoryRow: Encodable {
        let asOf, outstanding, overdue, over90, dsoCountback, collected: String
        let dso: Int?
        let promisesDue, promisesBroken, disputesNew: Int
        enum CodingKeys: String, CodingKey {
            case outstanding, overdue, dso, collected
            case asOf = "as_of", over90 = "over_90", dsoCountback = "dso_countback"
            case promisesDue = "promises_due", promisesBroken = "promises_broken", disputesNew = "disputes_new"
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(asOf, forKey: .asOf); try c.encode(outstanding, forKey: .outstanding)
            try c.encode(overdue, forKey: .overdue); try c.encode(over90, forKey: .over90)
            try c.encode(dso, forKey: .dso)   // null, not omitted, when nothing was invoiced in 90 days
            try c.encode(dsoCountback, forKey: .dsoCountback); try c.encode(collected, forKey: .collected)
            try c.encode(promisesDue, forKey: .promisesDue); try c.encode(promisesBroken, forKey: .promisesBroken)
            try c.encode(disputesNew, forKey: .disputesNew)
        }
    }

    /// A row a `--keep-going` build left out; `debtor` is null when the row names none.
    struct RejectedRowJSON: Encodable {
        let file: String
        let line: Int
        let debtor: String?
        let reasons: [String]
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file); try c.encode(line, forKey: .line)
            try c.encode(debtor, forKey: .debtor)   // null, not omitted
            try c.encode(reasons, forKey: .reasons)
        }
        enum CodingKeys: String, CodingKey { case file, line, debtor, reasons }
    }

    let asOf: String
    let currency: String
    var totals: Totals
    let aging: [Bucket]
    let dsoDays: Int?
    /// Made one by one as they are written (`DebtorEntries`).
    let debtors: DebtorEntries
    /// Made one by one as they are written (`ActionEntries`).
    let actions: ActionEntries
    let letters: Letters
    let reconciliation: Reconciliation
    let history: [HistoryRow]
    let rejectedRows: [RejectedRowJSON]

    enum CodingKeys: String, CodingKey {
        case currency, totals, aging, debtors, actions, letters, reconciliation, history
        case asOf = "as_of", dsoDays = "dso_days", rejectedRows = "rejected_rows"
    }

    /// `history`: the weekly trend, computed here when the caller has not already.
    init(_ r: Receivables, letters plan: LetterPlan, history: WeeklyHistory? = nil) {
        let currency = r.book.currency
        func amount(_ m: Money) -> String { m.plainDecimal(currency) }
        self.history = (history ?? WeeklyHistory(r)).points.map { point in
            HistoryRow(
                asOf: point.asOf.iso, outstanding: amount(point.outstanding), overdue: amount(point.overdue),
                over90: amount(point.over90), dsoCountback: "\(point.countBackTenths / 10).\(point.countBackTenths % 10)",
                collected: amount(point.collected), dso: point.dsoDays, promisesDue: point.promisesDue,
                promisesBroken: point.promisesBroken, disputesNew: point.disputesNew)
        }
        rejectedRows = r.book.rejectedRows.map {
            RejectedRowJSON(file: $0.location.file, line: $0.location.line, debtor: $0.debtorID, reasons: $0.reasons)
        }
        asOf = r.asOf.iso
        self.currency = currency.code
        totals = Totals(
            outstanding: amount(r.totals.outstanding), overdue: amount(r.totals.overdue), notDue: amount(r.totals.notDue),
            disputed: amount(r.totals.disputed), unallocatedCredit: amount(r.totals.unallocatedCredit),
            penalties: amount(r.totals.penalties), indemnities: amount(r.totals.indemnities),
            timeBarred: amount(r.totals.timeBarred), settledPenalties: amount(r.totals.settledPenalties),
            settledIndemnities: amount(r.totals.settledIndemnities))
        aging = zip(r.aging.buckets, r.agingAmounts).map { Bucket(bucket: $0.name, amount: amount($1)) }
        dsoDays = r.daysSalesOutstanding.days
        debtors = DebtorEntries(states: r.debtors, currency: currency)
        actions = ActionEntries(actions: r.actions, queue: r.workQueue, letters: LetterLookup(plan), currency: currency)
        letters = Letters(
            byLevel: Dictionary(uniqueKeysWithValues: plan.countsByLevel.map { ($0.0.rawValue, $0.1) }),
            total: plan.letters.count,
            blocked: plan.blocked.map { Letters.Blocked(debtor: $0.debtor.id, level: $0.level.rawValue, reason: $0.reason.rawValue) })
        let rec = r.reconciliation
        reconciliation = Reconciliation(
            ledgerEntriesRead: rec.ledgerEntriesRead, interactionsRead: rec.interactionsRead,
            ledgerEntriesIgnored: rec.ledgerEntriesIgnored, interactionsIgnored: rec.interactionsIgnored, rejected: rec.rejected,
            invoiced: amount(rec.invoiced), credited: amount(rec.credited), paid: amount(rec.paid), balance: amount(rec.balance),
            outstanding: amount(rec.outstanding), unallocatedCredit: amount(rec.unallocatedCredit),
            creditAppliedToLaterInvoices: amount(rec.creditAppliedToLaterInvoices))
    }

    /// The same bytes through JSONEncoder: the reference the streaming writer is tested against.
    func foundationEncoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return [UInt8](data)
    }
}

extension SummaryDocument {
    /// dso_days is written as null when nothing was invoiced in the window.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(currency, forKey: .currency)
        try c.encode(totals, forKey: .totals)
        try c.encode(aging, forKey: .aging)
        try c.encode(dsoDays, forKey: .dsoDays)
        try c.encode(debtors, forKey: .debtors)
        try c.encode(actions, forKey: .actions)
        try c.encode(letters, forKey: .letters)
        try c.encode(reconciliation, forKey: .reconciliation)
        try c.encode(history, forKey: .history)
        try c.encode(rejectedRows, forKey: .rejectedRows)
    }
}
