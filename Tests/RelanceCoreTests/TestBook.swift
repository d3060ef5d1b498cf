@testable import RelanceCore

/// Terse constructors for books in tests.
func day(_ iso: String) -> Day { Day(iso: Substring(iso))! }
func euros(_ text: String) -> Money {
    let parts = text.split(separator: ".")
    let whole = Int64(parts[0])!
    var fraction = parts.count > 1 ? String(parts[1]) : "00"
    while fraction.count < 2 { fraction += "0" }
    let cents = Int64(fraction)!
    return Money(minorUnits: whole * 100 + cents)
}

func invoice(_ ref: String, _ debtor: String, _ amount: String, date: String, due: String) -> LedgerEntry {
    LedgerEntry(date: day(date), kind: .invoice, reference: ref, debtorID: debtor, amount: euros(amount), dueDate: day(due))
}
func payment(_ ref: String, _ debtor: String, _ amount: String, date: String, appliesTo: String? = nil) -> LedgerEntry {
    LedgerEntry(date: day(date), kind: .payment, reference: ref, debtorID: debtor, amount: euros(amount), appliesTo: appliesTo)
}
func creditNote(_ ref: String, _ debtor: String, _ amount: String, date: String, appliesTo: String? = nil) -> LedgerEntry {
    LedgerEntry(date: day(date), kind: .creditNote, reference: ref, debtorID: debtor, amount: euros(amount), appliesTo: appliesTo)
}
func log(_ date: String, _ debtor: String, _ kind: Interaction.Kind, invoices: [String] = [], channel: Interaction.Channel? = nil,
         delivered: String? = nil, amount: String? = nil, due: String? = nil, schedule: [(String, String)] = []) -> Interaction {
    Interaction(
        day: day(date), debtorID: debtor, invoices: invoices, kind: kind, channel: channel,
        deliveredOn: delivered.map(day), amount: amount.map(euros), due: due.map(day),
        schedule: schedule.map { Interaction.Instalment(date: day($0.0), amount: euros($0.1)) })
}

/// The rates of assets/docs/legal-rules.md §4 that tests rely on (2025 H1 – 2026 H1), typed in by hand.
let testRates = RateTable([
    HalfYear(year: 2024, half: 2): HalfYearRates(ecb: rate("4.25"), legalPrivate: rate("8.16"), legalOther: rate("4.92")),
    HalfYear(year: 2025, half: 1): HalfYearRates(ecb: rate("3.15"), legalPrivate: rate("7.21"), legalOther: rate("3.71")),
    HalfYear(year: 2025, half: 2): HalfYearRates(ecb: rate("2.15"), legalPrivate: rate("6.65"), legalOther: rate("2.76")),
    HalfYear(year: 2026, half: 1): HalfYearRates(ecb: rate("2.15"), legalPrivate: rate("6.67"), legalOther: rate("2.62")),
])
func rate(_ text: String) -> PercentRate { PercentRate(parsing: Substring(text))! }

func makeBook(
    debtors: [Debtor], ledger: [LedgerEntry], interactions: [Interaction] = [],
    policy: CollectionPolicy = CollectionPolicy(), penalties: PenaltySettings = PenaltySettings(), rates: RateTable = testRates
) -> Book {
    let sequenced = interactions.enumerated().map { index, interaction in
        var copy = interaction
        copy.sequence = index
        return copy
    }
    return Book(
        creditor: Creditor(name: "Test SAS"), policy: policy, penalties: penalties, debtors: debtors,
        ledger: ledger, interactions: sequenced, rates: rates)
}

func business(_ id: String, email: String? = "a@b.fr", segment: Debtor.Segment = .regular) -> Debtor {
    Debtor(id: id, name: "Société \(id)", address1: "1 rue X", postcode: "69001", city: "Lyon", email: email, segment: segment)
}
func consumer(_ id: String) -> Debtor {
    Debtor(id: id, name: "M. \(id)", kind: .consumer, address1: "1 rue X", postcode: "69001", city: "Lyon")
}

/// A 4 990,00 € invoice due 31 January 2026 taken through reminders 1–3 on 1–3 February with
/// one-day delays: a mise en demeure is due on 4 February, just under the small-claim ceiling.
func smallClaimAtFormalNotice(rates: RateTable = testRates) -> Book {
    var policy = CollectionPolicy()
    (policy.reminder1, policy.reminder2, policy.reminder3, policy.formalNotice) = (1, 1, 1, 1)
    return makeBook(
        debtors: [business("D1")],
        ledger: [invoice("F1", "D1", "4990.00", date: "2026-01-01", due: "2026-01-31")],
        interactions: [log("2026-02-01", "D1", .reminder1), log("2026-02-02", "D1", .reminder2),
                       log("2026-02-03", "D1", .reminder3)],
        policy: policy, rates: rates)
}
