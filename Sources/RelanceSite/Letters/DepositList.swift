import RelanceLayout
import Foundation
import RelanceCore

/// The registered-post deposit list (bordereau de dépôt), shaped like La Poste's form: the sender,
/// then one row per registered letter — recipient and address, our reference, the registered level
/// (R1, R2, R3), whether an avis de réception is asked for, and a blank column for the item number
/// the counter gives — in the order of the registered batch.
struct DepositList {
    struct Row {
        let number: Int
        let recipient: String
        let street: String
        let postcode: String
        let city: String
        let country: String
        let reference: String
        let level: RegisteredLevel
        /// Every registered letter Relance writes asks for an avis de réception: the handover date
        /// and a consumer's interest run from it.
        let acknowledgement: Bool
    }

    let rows: [Row]

    init(_ registered: [Letter], level: RegisteredLevel) {
        rows = registered.enumerated().map { index, letter in
            let d = letter.debtor
            let recipient = [d.name, d.contact.flatMap { $0.isEmpty ? nil : "À l'attention de \($0)" }]
                .compactMap { $0 }.joined(separator: " – ")
            return Row(
                number: index + 1, recipient: recipient,
                street: [d.address1, d.address2].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "),
                postcode: d.postcode ?? "", city: (d.city ?? "").uppercased(), country: d.country,
                reference: letter.reference, level: level, acknowledgement: letter.channel == .registeredLetter)
        }
    }

    func value(sender: Creditor, date: Day) -> LayoutValue {
        [
            "title": .text("Bordereau de dépôt – lettres recommandées du \(FrenchFormat.longDate(date))"),
            "sender": CreditorView.value(sender),
            "count": .text(FrenchFormat.integer(rows.count)),
            "rows": .list(rows.map { row in
                [
                    "number": .text(String(row.number)),
                    "recipient": .text(row.recipient),
                    "address": .text([row.street, "\(row.postcode) \(row.city)", row.country == "FR" ? "" : row.country]
                        .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: ", ")),
                    "reference": .text(row.reference),
                    "level": .text(row.level.rawValue),
                    "acknowledgement": .text(row.acknowledgement ? "Oui" : "Non"),
                ]
            }),
        ]
    }

    /// For a French spreadsheet: `;`, UTF-8 with a byte-order mark, CRLF, every cell guarded against
    /// formulas. `relance record` reads it back by its column names once the item numbers are typed in.
    func csv() -> [UInt8] {
        var table = SpreadsheetCSV(header: [
            "N°", "Destinataire", "Adresse", "Code postal", "Ville", "Pays", "Notre référence", "Niveau", "AR",
            "N° de recommandé",
        ])
        for row in rows {
            table.append([
                String(row.number), row.recipient, row.street, row.postcode, row.city, row.country, row.reference,
                row.level.rawValue, row.acknowledgement ? "Oui" : "Non", "",
            ])
        }
        return table.bytes
    }
}
