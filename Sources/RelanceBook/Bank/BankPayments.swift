import Foundation
import RelanceCore

/// The payments the bank statements of `[sources] bank` add to the ledger. A credit is matched to a
/// debtor, in this order, and never guessed:
/// 1. its payer's IBAN is the debtor's (`iban` in debtors.csv);
/// 2. its text names an invoice of the ledger (then the payment settles it) or a letter reference;
/// 3. its payer's name is exactly the debtor's, once normalised (case, accents, punctuation), and
///    no other debtor's.
/// A credit matched to nobody is an « encaissement non identifié » warning. The same credit in two
/// overlapping statements counts once; with a FEC, credits dated on or before its last entry are
/// already in its books and are left out.
struct BankPayments {
    var payments: [LedgerEntry] = []
    var warnings: [BuildWarning] = []
    /// The statements' totals, completed with where each credit went.
    var totals: BankTotals

    init(credits: [BankCredit], read: BankTotals, debtors: [Debtor], ibans: [String: String], ledger: [LedgerEntry], booksUntil: Day?) {
        totals = read
        var byIBAN: [String: String] = [:]
        for (id, iban) in ibans { byIBAN[iban] = id }
        var invoices: [String: String] = [:]
        for entry in ledger where entry.kind == .invoice { invoices[entry.reference] = entry.debtorID }
        var byLetterPart: [String: String] = [:]
        var byName: [String: String?] = [:]
        for debtor in debtors {
            byLetterPart[LetterReference.debtorPart(debtor.id)] = debtor.id
            let key = Self.normalized(debtor.name)
            byName[key] = byName[key] == nil ? .some(debtor.id) : .some(nil)  // two debtors of that name: no match
        }
        var seen = Set<String>()
        for credit in credits {
            guard seen.insert(credit.key).inserted else { totals.duplicates += 1; continue }
            if let booksUntil, credit.day <= booksUntil { totals.alreadyInBooks += 1; continue }
            let tokens = Self.tokens(credit.text ?? "")
            let named = tokens.first { invoices[$0] != nil }
            var debtor = credit.iban.flatMap { byIBAN[$0] }
            if debtor == nil, let invoice = named { debtor = invoices[invoice] }
            if debtor == nil { debtor = tokens.lazy.compactMap { Self.letterDebtor($0, byLetterPart) }.first }
            if debtor == nil, let payer = credit.payer, let match = byName[Self.normalized(payer)] { debtor = match }
            guard let debtor else {
                totals.unidentified += 1
                totals.unidentifiedAmount += credit.amount
                warnings.append(.unidentifiedReceipt(location: credit.location, on: credit.day, amount: credit.amount,
                                                     payer: credit.payer, text: credit.text))
                continue
            }
            let invoice = named.flatMap { invoices[$0] == debtor ? $0 : nil }
            totals.added += 1
            totals.addedAmount += credit.amount
            payments.append(LedgerEntry(
                date: credit.day, kind: .payment, reference: credit.reference ?? "VIR-\(credit.day.iso)-\(credit.location.line)",
                debtorID: debtor, amount: credit.amount, appliesTo: invoice,
                label: "Virement" + (credit.payer.map { " de \($0)" } ?? "") + (credit.text.map { " : \($0)" } ?? ""),
                location: credit.location))
        }
    }

    /// The debtor of a letter reference `<DEBTOR>-<R1|R2|R3|MED>-<YYYYMMDD>`.
    private static func letterDebtor(_ token: String, _ byPart: [String: String]) -> String? {
        let parts = token.split(separator: "-")
        guard parts.count >= 3, parts.last!.count == 8, parts.last!.allSatisfy(\.isNumber),
              ["R1", "R2", "R3", "MED"].contains(String(parts[parts.count - 2])) else { return nil }
        return byPart[parts.dropLast(2).joined(separator: "-")]
    }

    /// The words of a remittance text, as invoice numbers and references are written.
    private static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" || $0 == "\t" }).map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".()[]\"'"))
        }.filter { !$0.isEmpty }
    }

    /// Upper case, without accents or repeated spaces; dots dropped (`S.A.S.` is `SAS`), other
    /// punctuation read as a space (`PETIT-MENUISERIE` is `PETIT MENUISERIE`).
    static func normalized(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR")).uppercased()
        return folded.compactMap { $0 == "." ? nil : ($0.isLetter || $0.isNumber ? String($0) : " ") }.joined()
            .split(separator: " ").joined(separator: " ")
    }
}
