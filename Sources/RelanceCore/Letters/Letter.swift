/// One letter to one debtor, covering all its overdue, undisputed open invoices (README, "Letters"), with
/// every figure it prints already computed. Views only format it.
public struct Letter: Sendable {
    public let level: LetterLevel
    public let debtor: Debtor
    /// `email`, `letter` or `registered_letter`.
    public let channel: Action.Channel
    /// The letter's date: the build date. Penalties are computed to it.
    public let date: Day
    /// The action date the escalation asked for (on or before `date`).
    public let dueSince: Day
    public let reference: String
    /// The invoices concerned, by due date then reference.
    public let invoices: [InvoiceState]
    /// Reminders 1–3: the date by which to pay (letter date + `payment_deadline`).
    public let paymentDeadline: Day?
    /// Mise en demeure: days from receipt (`notice_deadline`); receipt is not known when it is written.
    public let noticeDeadlineDays: Int?
    /// Earlier outgoing steps that covered these invoices (reminders, notices, calls, letters,
    /// e-mails), in log order: the history a reminder recalls.
    public let history: [Interaction]
    /// The date of the first step of all, when `history` leaves older steps out (it recalls the
    /// most recent ones only); nil when it recalls every step.
    public let historyStartedOn: Day?
    /// The registered item number, when the log already knows it (a regenerated copy).
    public let tracking: String?
    /// Mise en demeure only: invoices paid late whose penalties and indemnity are claimed
    /// (L441-10 II), and the part of the debtor's unallocated credit set off against them.
    public let settledLate: [SettledLateInvoice]
    public let creditSetOff: Money
    /// Per invoice, the earlier steps that covered it; what the debtor did since the last one.
    public let facts: LetterFacts
    /// Whether the total includes the penalties and the indemnity (`[letters] penalties_from`):
    /// the first reminder only states them.
    public let claimsPenalties: Bool
    /// Mise en demeure: what runs on per day until payment; nil when the rate is not known.
    public let dailyAccrual: Money?

    public init(
        level: LetterLevel, debtor: Debtor, channel: Action.Channel, date: Day, dueSince: Day, reference: String,
        invoices: [InvoiceState], paymentDeadline: Day?, noticeDeadlineDays: Int?, history: [Interaction],
        historyStartedOn: Day? = nil, tracking: String? = nil, settledLate: [SettledLateInvoice] = [],
        unallocatedCredit: Money = .zero, facts: LetterFacts, claimsPenalties: Bool, dailyAccrual: Money?
    ) {
        self.level = level; self.debtor = debtor; self.channel = channel; self.date = date; self.dueSince = dueSince
        self.reference = reference; self.invoices = invoices; self.paymentDeadline = paymentDeadline
        self.noticeDeadlineDays = noticeDeadlineDays; self.history = history
        self.historyStartedOn = historyStartedOn; self.tracking = tracking
        self.settledLate = settledLate
        var late = Money.zero
        for invoice in settledLate { late += invoice.total }
        creditSetOff = min(late, unallocatedCredit)
        self.facts = facts
        self.claimsPenalties = claimsPenalties
        self.dailyAccrual = dailyAccrual
    }

    public var isConsumer: Bool { debtor.kind == .consumer }
    public var isPostal: Bool { channel == .letter || channel == .registeredLetter }
    public var isRegistered: Bool { channel == .registeredLetter }

    /// Σ invoice balances.
    public var principal: Money { invoices.map(\.outstanding).sum() }
    /// Late-payment penalties (business) or legal interest (consumer), to the letter date.
    public var penalties: Money { invoices.map(\.penalties.total).sum() }
    /// 40 € per invoice for business debtors; zero for consumers.
    public var indemnities: Money { invoices.map(\.indemnity).sum() }
    /// What the open invoices come to: balance, plus penalties or interest and indemnities when the
    /// letter claims them.
    public var openInvoicesTotal: Money { claimsPenalties ? principal + penalties + indemnities : principal }
    public var settledLatePenalties: Money { settledLate.map(\.penalties.total).sum() }
    public var settledLateIndemnities: Money { settledLate.map(\.indemnity).sum() }
    /// What the letter claims: the open invoices, the claims on invoices paid late, less the credit
    /// set off against them.
    public var total: Money { openInvoicesTotal + settledLatePenalties + settledLateIndemnities - creditSetOff }

    /// The judicial route the letter announces if nothing happens (assets/docs/legal-rules.md §7); the penalties of
    /// invoices paid late count as interest.
    public var route: RecoveryRoute {
        RecoveryRoute.recommend(principalAndInterest: principal + penalties + settledLatePenalties, debtorKind: debtor.kind)
    }

    /// The earliest day through which penalties stop short of the letter date (a missing rate).
    public var penaltiesComputedThrough: Day? {
        invoices.compactMap { $0.penalties.missingHalfYear == nil ? nil : $0.penalties.computedThrough }.min()
    }

    /// Nothing answered the earlier steps: no promise, plan, payment, reply, dispute or
    /// acknowledgement since the last one. Only then may a letter say they were « sans effet ».
    public var unanswered: Bool { facts.answers.isEmpty }

    /// Whether a first reminder may assume an oversight: not for an invoice more than 60 days late.
    public var mayBeOversight: Bool { invoices.allSatisfy { $0.daysPastDue <= PolicyWindows.oversightDays } }

    /// Earlier reminders and notices only (not calls or e-mails).
    public var earlierReminders: [Interaction] { history.filter { $0.kind.escalationLevel != nil } }
}

/// A letter the escalation asks for that cannot be written, with why (README, "Letters": listed on the dashboard).
public struct BlockedLetter: Sendable {
    public enum Reason: String, Sendable {
        /// A postal channel and no street, postcode or city.
        case missingPostalAddress = "missing_postal_address"
        /// A row of the debtor was rejected (`--keep-going`): its account may be incomplete.
        case rejectedRows = "rejected_rows"
        /// The step's open debts are none of them invoices (entries of a FEC outside the sales
        /// journals, such as a returned cheque): no letter can truthfully call them invoices.
        case noInvoiceToClaim = "no_invoice_to_claim"
        /// The debtor is in collective proceedings: no creditor may act to be paid (L622-21 C. com.);
        /// the claim is declared to the mandataire instead.
        case collectiveProceedings = "collective_proceedings"
    }

    public let level: LetterLevel
    public let debtor: Debtor
    public let channel: Action.Channel
    public let dueSince: Day
    public let reason: Reason
}
