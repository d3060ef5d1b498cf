import RelanceCore

/// The sample book as its creditor's software exports it (assets/sample-book-fec): the ledger as a
/// FEC exported on `fecUntil`, each invoice as a Factur-X when the book has its PDF, each other invoice of
/// 2025–2026 as CII or UBL XML in turn, and the bank statement of the weeks around the export.
/// The statement repeats the payments the FEC already has (left out when read) and brings those
/// booked since. What is dated after `fecUntil` and is no payment (an invoice issued later) is in
/// none of the exports, as it would not be in an export of that day.
public struct SampleExports {
    /// Relative path → text: the FEC, the e-invoice XML files and the statement.
    public var files: [String: String] = [:]
    /// The book's invoice PDFs to make Factur-X: PDF path under attachments/ → the CII to embed.
    public var facturX: [String: String] = [:]
    /// Ledger lines (as read) that no export carries.
    public var leftOut: [Int] = []

    public static let fecPath = "exports/841203979FEC20261231.txt"
    public static let statementPath = "exports/releves/releve-2026-06-17.xml"

    public init(book: Book, fecUntil: Day) {
        let debtors = Dictionary(book.debtors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let names = debtors.mapValues(\.name)
        let inFEC = book.ledger.filter { $0.date <= fecUntil }
        files[Self.fecPath] = FECWriter.fec(ledger: inFEC, names: names)
        leftOut = book.ledger.filter { $0.date > fecUntil && $0.kind != .payment }.map(\.location.line)

        var xmlCount = 0
        for invoice in inFEC where invoice.kind == .invoice {
            guard let buyer = debtors[invoice.debtorID] else { continue }
            if let pdf = book.invoiceFiles[invoice.reference] {
                facturX[pdf] = EInvoiceWriter.cii(invoice, seller: book.creditor, buyer: buyer)
                continue
            }
            guard invoice.date.components.year >= 2025 else { continue }
            let name = invoice.reference.map { $0 == "/" ? "_" : $0 }
            if xmlCount % 2 == 0 {
                files["exports/factures/\(String(name))-cii.xml"] = EInvoiceWriter.cii(invoice, seller: book.creditor, buyer: buyer)
            } else {
                files["exports/factures/\(String(name))-ubl.xml"] = EInvoiceWriter.ubl(invoice, seller: book.creditor, buyer: buyer)
            }
            xmlCount += 1
        }

        let from = Day(iso: "2026-05-01")!
        var movements: [CAMTWriter.Movement] = []
        for payment in book.ledger where payment.kind == .payment && payment.date >= from {
            let payer = names[payment.debtorID]?.uppercased()
            let cheque = payment.reference.hasPrefix("CHQ")
            movements.append(CAMTWriter.Movement(
                day: payment.date, amount: payment.amount, bankReference: payment.reference,
                party: cheque ? nil : payer,
                text: cheque ? "REMISE CHEQUE \(payment.reference)" : (payment.appliesTo ?? payment.label)))
        }
        movements.append(CAMTWriter.Movement(
            day: Day(iso: "2026-05-20")!, amount: Money(minorUnits: 214_000), credit: false, bankReference: "PRLV-20260520-URSSAF",
            party: "URSSAF PAYS DE LA LOIRE", text: "COTISATIONS AVRIL 2026"))
        movements.sort { ($0.day, $0.bankReference) < ($1.day, $1.bankReference) }
        files[Self.statementPath] = CAMTWriter.statement(
            id: "STMT-20260617", account: book.creditor.iban ?? "", from: from, to: movements.last?.day ?? from,
            movements: movements)
    }
}
