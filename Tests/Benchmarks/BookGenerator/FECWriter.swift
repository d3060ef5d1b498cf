import RelanceCore

/// A ledger written as the FEC an accounting program would export for it (article A47 A-1 LPF):
/// each invoice in the sales journal (VT) against sales and VAT, each credit note there too, each
/// payment in the bank journal (BQ), every entry balanced, a payment or credit note lettered with
/// the invoice it settles. Tab separated, CRLF, `AAAAMMJJ` dates, decimal comma — the norm's form.
/// It serves the sample FEC book and the FEC benchmark, and the test that a book read from its FEC
/// gives the figures of the same book read from CSV.
public enum FECWriter {
    public static let header = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\t"
        + "PieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\r\n"

    public static func fec(ledger: [LedgerEntry], names: [String: String]) -> String {
        var letters: [String: String] = [:]
        for entry in ledger where entry.kind != .invoice {
            if let invoice = entry.appliesTo, letters[invoice] == nil { letters[invoice] = letter(letters.count) }
        }
        var out = header
        out.reserveCapacity(ledger.count * 260)
        for (index, entry) in ledger.enumerated() {
            let number = String(index + 1)
            let date = compact(entry.date)
            let name = clean(names[entry.debtorID] ?? entry.debtorID)
            let label = clean(entry.label ?? entry.reference)
            let piece = clean(entry.reference)
            let amount = decimalComma(entry.amount)
            let letter = entry.kind == .invoice ? letters[entry.reference] : entry.appliesTo.flatMap { letters[$0] }
            let (journal, journalName, other, otherName): (String, String, String, String) =
                entry.kind == .payment ? ("BQ", "Banque", "512000", "Banque") : ("VT", "Ventes", "706000", "Prestations de services")
            let customerDebit = entry.kind == .invoice
            func line(_ account: String, _ accountName: String, aux: String, auxName: String, debit: Bool, letter: String?) {
                out += [journal, journalName, number, date, account, accountName, aux, auxName, piece, date, label,
                        debit ? amount : "0,00", debit ? "0,00" : amount, letter ?? "", letter == nil ? "" : date, date, "", ""]
                    .joined(separator: "\t") + "\r\n"
            }
            line("411000", "Clients", aux: clean(entry.debtorID), auxName: name, debit: customerDebit, letter: letter)
            line(other, otherName, aux: "", auxName: "", debit: !customerDebit, letter: nil)
        }
        return out
    }

    /// A, B, …, Z, AA, AB, …: lettering codes as programs write them.
    static func letter(_ index: Int) -> String {
        var index = index
        var code = ""
        repeat {
            code = String(UnicodeScalar(UInt8(65 + index % 26))) + code
            index = index / 26 - 1
        } while index >= 0
        return code
    }

    static func compact(_ day: Day) -> String { day.iso.filter { $0 != "-" } }

    static func decimalComma(_ money: Money) -> String { String(money.plainDecimal().map { $0 == "." ? "," : $0 }) }

    /// The FEC has no quoting: a tab or a line break inside a value becomes a space.
    static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
