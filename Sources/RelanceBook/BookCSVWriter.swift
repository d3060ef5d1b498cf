import Foundation
import RelanceCore

/// A book's rows written back as the CSV files Relance reads (assets/docs/book-format.md): comma
/// separated, RFC 4180 quoting, UTF-8, ISO dates, amounts as `1234.56`, LF line breaks. Cells are
/// written as they are — this is a book to be read again, not a spreadsheet to open.
public enum BookCSVWriter {
    /// ledger.csv, with two columns Relance ignores when reading: where each row came from and how
    /// its due date was set.
    public static func ledger(_ book: Book) -> String {
        var out = row(["date", "kind", "reference", "debtor", "amount", "due_date", "applies_to", "label", "service_date",
                       "source", "due_date_from"])
        for entry in book.ledger {
            out += row([entry.date.iso, entry.kind.rawValue, entry.reference, entry.debtorID, entry.amount.plainDecimal(),
                        entry.dueDate?.iso ?? "", entry.appliesTo ?? "", entry.label ?? "", entry.serviceDate?.iso ?? "",
                        entry.location.row,
                        entry.kind == .invoice ? book.ledgerOrigin?.dueDate(of: entry) ?? "ledger.csv" : ""])
        }
        return out
    }

    public static func debtors(_ book: Book) -> String {
        var out = row(["id", "name", "type", "siren", "contact", "address_1", "address_2", "postcode", "city", "country",
                       "email", "phone", "segment", "seat_city", "payment_terms", "rcs",
                       "insolvency", "insolvency_opened_on", "bodacc_published_on", "mandataire"])
        for d in book.debtors {
            let insolvency = d.insolvency
            out += row([d.id, d.name, d.kind.rawValue, d.siren ?? "", d.contact ?? "", d.address1 ?? "", d.address2 ?? "",
                        d.postcode ?? "", d.city ?? "", d.country, d.email ?? "", d.phone ?? "", d.segment.rawValue,
                        d.seatCity ?? "", book.ledgerOrigin?.paymentTerms[d.id] ?? "", d.registryCity ?? "",
                        insolvency?.kind.rawValue ?? "", insolvency?.openedOn.iso ?? "", insolvency?.bodaccPublishedOn?.iso ?? "",
                        insolvency?.mandataire ?? ""])
        }
        return out
    }

    public static func row(_ cells: [String]) -> String {
        cells.map(quotedIfNeeded).joined(separator: ",") + "\n"
    }

    /// A cell holding a comma, a quote, a line break or surrounding spaces is quoted, its quotes doubled.
    static func quotedIfNeeded(_ cell: String) -> String {
        let needs = cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" || $0 == "\t" }
            || cell.first == " " || cell.last == " "
        return needs ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }
}
