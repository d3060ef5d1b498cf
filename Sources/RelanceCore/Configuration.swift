/// The creditor: who is owed, with the mandatory mentions of its commercial papers (R123-237 C. com.).
public struct Creditor: Hashable, Sendable {
    public var name: String
    public var legalForm: String?
    public var capital: String?
    public var siren: String?
    public var rcs: String?
    public var vat: String?
    public var address: [String]
    public var email: String?
    public var phone: String?
    public var iban: String?
    public var bic: String?
    public var signatory: String?
    public var city: String?
    /// relance.toml `[email] cc`: who gets a copy of every e-mail Relance prepares.
    public var emailCopies: [String] = []

    public init(
        name: String, legalForm: String? = nil, capital: String? = nil, siren: String? = nil, rcs: String? = nil,
        vat: String? = nil, address: [String] = [], email: String? = nil, phone: String? = nil,
        iban: String? = nil, bic: String? = nil, signatory: String? = nil, city: String? = nil
    ) {
        self.name = name; self.legalForm = legalForm; self.capital = capital; self.siren = siren; self.rcs = rcs
        self.vat = vat; self.address = address; self.email = email; self.phone = phone; self.iban = iban
        self.bic = bic; self.signatory = signatory; self.city = city
    }
}

/// The collection policy of relance.toml `[policy]`: delays in days.
public struct CollectionPolicy: Hashable, Sendable {
    public var reminder1 = 7
    public var reminder2 = 15
    public var reminder3 = 15
    public var formalNotice = 15
    public var callAfterReminder3 = 5
    public var noticeDeadline = 8
    public var paymentDeadline = 8
    public var promiseGrace = 3
    /// Bucket bounds in days past due, strictly increasing and positive.
    public var aging: [Int] = [30, 60, 90, 120]
    /// Claim the penalties and the indemnity of invoices paid late (L441-10 II makes them due
    /// without a reminder; whether to claim them is the creditor's choice).
    public var claimSettledLate = true
    /// relance.toml `[letters] penalties_from`: the first reminder level whose total includes the
    /// penalties and the indemnity (the first reminder, the courteous one, only states them).
    public var letterPenaltiesFrom = 2
    /// relance.toml `[policy] prescription_alert`: an action covering an invoice whose last day to
    /// act is at most this many days away goes to the top of the work queue.
    public var prescriptionAlert = 90
    /// relance.toml `[letters] horizon_days`: letters are written for the actions due up to the
    /// build date + this many days (a Monday build with 4 prepares the week's letters), dated the
    /// build date.
    public var letterHorizon = 4
    /// relance.toml `[letters] registered_level`: the level of the registered post (R1, R2, R3: the
    /// compensation La Poste owes on loss), printed on the deposit list.
    public var registeredLevel = RegisteredLevel.r1

    public init() {}
}

/// How penalties are charged: relance.toml `[penalties]`.
public struct PenaltySettings: Hashable, Sendable {
    public enum RateChoice: Hashable, Sendable {
        /// ECB main refinancing rate + 10 points (L441-10 II).
        case statutory
        /// A contractual annual rate, never below 3 × the legal rate.
        case contractual(PercentRate)
    }

    public var rate: RateChoice = .statutory
    /// Per invoice paid late, business debtors only (D441-5).
    /// A contractual rate: the terms of sale that stipulate it belong in the case file.
    public var isContractual: Bool {
        if case .contractual = rate { return true }
        return false
    }

    public var indemnity = Money(minorUnits: 4000)

    public init(rate: RateChoice = .statutory, indemnity: Money = Money(minorUnits: 4000)) {
        self.rate = rate
        self.indemnity = indemnity
    }
}
