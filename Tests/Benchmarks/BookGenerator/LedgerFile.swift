import RelanceCore

/// Writes ledger.csv in date order, as an accounting export: `;`-separated with a byte-order mark,
/// a share of the rows the French way, and a column the contract does not know (kept and ignored).
struct LedgerFile {
    static let header = "date;kind;reference;debtor;label;amount;due_date;applies_to;currency;commercial"

    /// Invoice numbers, per year of the invoice date in date order (`FAC-2026-000123`), and that year.
    /// Fifteen bytes, as most real numbering schemes (a Swift String holds up to fifteen inline).
    private(set) var invoiceNumbers: [Int32] = []
    private(set) var invoiceYears: [Int16] = []

    /// Row positions sorted by date, then by the order they were made in (a payment never precedes
    /// the invoice it names on the same day, since the invoice was made first).
    static func order(_ rows: [LedgerRow]) -> [Int] {
        guard let earliest = rows.map(\.date).min() else { return [] }
        var keys = rows.indices.map { UInt64(UInt32(rows[$0].date - earliest)) << 32 | UInt64($0) }
        keys.sort()
        return keys.map { Int($0 & 0xFFFF_FFFF) }
    }

    /// Numbers every invoice in ledger order (a new sequence each year), so that references read like
    /// an accounting system's.
    mutating func number(_ rows: [LedgerRow], invoiceCount: Int) {
        invoiceNumbers = Array(repeating: 0, count: invoiceCount)
        invoiceYears = Array(repeating: 0, count: invoiceCount)
        var dates = DateCache()
        var year = 0
        var counter: Int32 = 0
        for row in rows where row.kind == .invoice {
            let rowYear = dates.year(row.date)
            if rowYear != year { year = rowYear; counter = 0 }
            counter += 1
            invoiceNumbers[Int(row.invoice)] = counter
            invoiceYears[Int(row.invoice)] = Int16(rowYear)
        }
    }

    /// Writes the invoice's reference, `FAC-2026-000123`, straight into `out`.
    func writeReference(ofInvoice index: Int32, to out: inout ByteWriter) {
        out.text("FAC-")
        out.number(Int(invoiceYears[Int(index)]), width: 4)
        out.byte(UInt8(ascii: "-"))
        out.number(Int(invoiceNumbers[Int(index)]), width: 6)
    }

    func reference(ofInvoice index: Int32) -> String {
        let number = String(invoiceNumbers[Int(index)])
        return "FAC-\(invoiceYears[Int(index)])-" + String(repeating: "0", count: max(0, 6 - number.count)) + number
    }

    /// `rows` in ledger order; `debtorIDs` by debtor number (a small array: looking ids up in the
    /// debtors themselves missed the cache on every row).
    func write(_ rows: [LedgerRow], invoices: [SyntheticInvoice], debtorIDs: [String], to path: String,
               rng: inout SplitMix64) throws(GeneratorError) {
        var out = try ByteWriter(path: path)
        out.bytes([0xEF, 0xBB, 0xBF])
        out.text(Self.header)
        try out.endLine()
        let separator = UInt8(ascii: ";")
        var creditNotes: [Int: Int] = [:]
        var payments: [Int: Int] = [:]
        var dates = DateCache()
        for row in rows {
            let day = Day(ordinal: row.date)
            let year = dates.year(row.date)
            out.date(day, french: row.french)
            out.byte(separator)
            switch (row.kind, row.french) {
            case (.invoice, false): out.text("invoice")
            case (.invoice, true): out.text("facture")
            case (.creditNote, false): out.text("credit_note")
            case (.creditNote, true): out.text("avoir")
            case (.payment, false): out.text("payment")
            case (.payment, true): out.text("règlement")
            }
            out.byte(separator)
            switch row.kind {
            case .invoice:
                writeReference(ofInvoice: row.invoice, to: &out)
            case .creditNote:
                let next = (creditNotes[year] ?? 0) + 1
                creditNotes[year] = next
                out.text("AV-"); out.number(year, width: 4); out.byte(UInt8(ascii: "-")); out.number(next, width: 6)
            case .payment:
                let next = (payments[year] ?? 0) + 1
                payments[year] = next
                out.text(row.french ? "CHQ-" : "VIR-"); out.number(year, width: 4); out.byte(UInt8(ascii: "-"))
                out.number(next, width: 6)
            }
            out.byte(separator)
            out.cell(debtorIDs[Int(row.debtor)], separator: separator)
            out.byte(separator)
            if row.kind == .invoice {
                switch rng.below(10) {
                case 0: out.text("\"Maintenance; contrat annuel\"")
                case 1, 2, 3: break
                default: out.text("Prestation "); out.date(day, french: true)
                }
            }
            out.byte(separator)
            out.amount(row.amount, french: row.french, grouped: rng.chance(perMille: 500))
            out.byte(separator)
            if row.kind == .invoice { out.date(Day(ordinal: invoices[Int(row.invoice)].due), french: row.french) }
            out.byte(separator)
            if row.kind != .invoice && row.invoice >= 0 {
                writeReference(ofInvoice: row.invoice, to: &out)
            }
            out.byte(separator)
            if rng.chance(perMille: 500) { out.text("EUR") }
            out.byte(separator)
            if rng.chance(perMille: 200) { out.text(rng.pick(["J. Morin", "A. Caron", "S. Lemaire"])) }
            try out.endLine()
        }
        try out.finish()
    }
}
