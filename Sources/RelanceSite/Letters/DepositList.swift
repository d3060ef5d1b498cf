import RelanceLayout
import Foundation
import RelanceCore

/// The registered-post deposit list (bordereau de dépôt): one row per registered letter of the
/// batch, what the post-office counter needs, with a blank column for the item number.
struct DepositList {
    struct Row {
        let number: Int
        let recipient: String
        let street: String
        let postcode: String
        let city: String
        let country: String
        let reference: String
        let amount: Money
    }

    let rows: [Row]

    init(_ letters: [Letter]) {
        rows = letters.filter(\.isRegistered).enumerated().map { index, letter in
            let d = letter.debtor
            let recipient = [d.name, d.contact.flatMap { $0.isEmpty ? nil : "À l'attention de \($0)" }]
                .compactMap { $0 }.joined(separator: " – ")
            return Row(
                number: index + 1, recipient: recipient,
                street: [d.address1, d.address2].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "),
                postcode: d.postcode ?? "", city: (d.city ?? "").uppercased(), country: d.country,
                reference: letter.reference, amount: letter.total)
        }
    }

    func value(sender: Creditor, date: Day) -> LayoutValue {
        [
            "title": .text("Bordereau de dépôt – lettres recommandées du \(FrenchFormat.longDate(date))"),
            "sender": ["name": .text(sender.name), "address": .text(sender.address.joined(separator: ", "))],
            "count": .text(FrenchFormat.integer(rows.count)),
            "rows": .list(rows.map { row in
                [
                    "number": .text(String(row.number)),
                    "recipient": .text(row.recipient),
                    "address": .text([row.street, "\(row.postcode) \(row.city)", row.country == "FR" ? "" : row.country]
                        .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: ", ")),
                    "reference": .text(row.reference),
                    "amount": .text(FrenchFormat.money(row.amount)),
                ]
            }),
        ]
    }

    /// For a French spreadsheet: `;`, UTF-8 with a byte-order mark, CRLF, decimal comma without
    /// thousands separator (so the amount stays a number), every cell guarded against formulas.
    func csv() -> [UInt8] {
        var table = SpreadsheetCSV(header: [
            "N°", "Destinataire", "Adresse", "Code postal", "Ville", "Pays", "Notre référence", "Montant réclamé",
            "N° de recommandé",
        ])
        for row in rows {
            table.append([
                String(row.number), row.recipient, row.street, row.postcode, row.city, row.country, row.reference,
                FrenchFormat.spreadsheetAmount(row.amount), "",
            ])
        }
        return table.bytes
    }
}
