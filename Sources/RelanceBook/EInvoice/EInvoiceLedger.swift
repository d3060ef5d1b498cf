import Foundation
import RelanceCore

/// Without a FEC, a folder of e-invoices is the invoice source: each invoice (380, 384, 389…) an
/// invoice of its grand total, due on its due date (else the debtor's payment terms), a prepaid part
/// (grand total − amount due) a payment on its issue date; each credit note (381) a credit note on
/// the invoice it names. The debtor is the buyer, known by its SIREN, else its VAT number, else its
/// name; payments come from the bank statements (`[sources] bank`) or are typed in the log.
struct EInvoiceLedger {
    var entries: [LedgerEntry] = []
    var debtors: [Debtor] = []
    var origin = LedgerOrigin()
    /// E-invoices that became an invoice or a credit note, and those of a zero total.
    var used = 0
    var zero = 0

    init(_ invoices: [EInvoice], settings: FECSettings, terms: [String: PaymentTerms]) {
        var seen = Set<String>()
        for (id, rule) in terms { origin.paymentTerms[id] = rule.text }
        origin.defaultTerms = settings.paymentTerms.text
        let ordered = invoices.sorted { ($0.issued, $0.file) < ($1.issued, $1.file) }
        for invoice in ordered {
            let buyer = invoice.buyer
            let id = buyer.siren ?? buyer.vat ?? buyer.name ?? "?"
            let location = SourceLocation(file: invoice.file, line: 1)
            if seen.insert(id).inserted {
                var debtor = Debtor(id: id, name: id, location: location)
                buyer.fill(&debtor)
                debtors.append(debtor)
            }
            guard let total = invoice.grandTotal ?? invoice.amountDue, total.isPositive else { zero += 1; continue }
            used += 1
            if invoice.isCreditNote {
                entries.append(LedgerEntry(date: invoice.issued, kind: .creditNote, reference: invoice.number, debtorID: id,
                                           amount: total, appliesTo: invoice.referencedInvoice, location: location))
                continue
            }
            let due = invoice.due ?? (terms[id] ?? settings.paymentTerms).dueDate(invoicedOn: invoice.issued)
            if invoice.due != nil { origin.eInvoices[invoice.number] = invoice.file }
            entries.append(LedgerEntry(date: invoice.issued, kind: .invoice, reference: invoice.number, debtorID: id,
                                       amount: total, dueDate: due, serviceDate: invoice.delivered, location: location))
            if let due = invoice.amountDue, due < total {
                entries.append(LedgerEntry(date: invoice.issued, kind: .payment, reference: "\(invoice.number)-ACOMPTE", debtorID: id,
                                           amount: total - due, appliesTo: invoice.number, label: "Acompte versé (facture électronique)",
                                           location: location))
            }
        }
        // A credit note naming an invoice the folder does not have, or another buyer's, settles
        // nothing named.
        var owners: [String: String] = [:]
        for entry in entries where entry.kind == .invoice { owners[entry.reference] = entry.debtorID }
        for index in entries.indices where entries[index].kind == .creditNote {
            if let named = entries[index].appliesTo, owners[named] != entries[index].debtorID { entries[index].appliesTo = nil }
        }
    }
}
