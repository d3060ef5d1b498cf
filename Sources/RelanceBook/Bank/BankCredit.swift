import RelanceCore

/// A booked credit of a CAMT.053 statement: what a customer paid into the account.
struct BankCredit: Sendable {
    let location: SourceLocation
    let day: Day
    let amount: Money
    let payer: String?
    let iban: String?
    /// Unstructured remittance information and the structured creditor reference, as one text.
    let text: String?
    /// `AcctSvcrRef`, else `NtryRef`, else the date, amount and text: the same credit in two
    /// overlapping statements counts once.
    let key: String
    let reference: String?
}
