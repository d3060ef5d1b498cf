import RelanceLayout
import RelanceCore

/// The creditor's identity with its mandatory mentions, shared by every page's header.
enum CreditorView {
    static func value(_ creditor: Creditor) -> LayoutValue {
        var mentions: [String] = []
        if let form = creditor.legalForm {
            mentions.append(creditor.capital.map { "\(form) au capital de \($0)" } ?? form)
        }
        if let siren = creditor.siren { mentions.append("SIREN \(siren)") }
        if let rcs = creditor.rcs { mentions.append("RCS \(rcs)") }
        if let vat = creditor.vat { mentions.append("TVA \(vat)") }
        return [
            "name": .text(creditor.name),
            "mentions": .text(mentions.joined(separator: " · ")),
            "address": .text(creditor.address.joined(separator: ", ")),
        ]
    }
}
