import Foundation
import RelanceCore

/// How the bordereau names the files of one registered letter, so that each letter reads as one
/// set: « LRAR du 26/05/2026 — mise en demeure : courrier », « … : preuve de dépôt n° … », « … :
/// avis de réception du 28/05/2026 ».
enum RegisteredPost {
    /// A proof of a registered letter's own line; nil for any other line.
    static func title(file: String, letter: Interaction) -> String? {
        guard letter.direction == .outgoing,
              letter.channel == .registeredLetter || letter.channel == .electronicRegisteredLetter else { return nil }
        let name = String(file.split(separator: "/").last ?? Substring(file))
        let words = Set(name.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        let role: String
        if !words.isDisjoint(with: ["ar", "avis", "accuse", "reception"]) {
            role = "avis de réception" + (letter.deliveredOn.map { " du \(FrenchFormat.shortDate($0))" } ?? "")
        } else if !words.isDisjoint(with: ["depot", "preuve", "bordereau", "recepisse"]) {
            role = "preuve de dépôt" + (letter.tracking.map { " n° \($0)" } ?? "")
        } else {
            role = "courrier envoyé" + (letter.tracking.map { " (n° \($0))" } ?? "")
        }
        return "\(heading(letter)) : \(role) « \(name) »"
    }

    /// The avis de réception logged on a `delivery` line.
    static func receipt(delivery: Interaction, letter: Interaction) -> String {
        let day = delivery.deliveredOn ?? letter.deliveredOn ?? delivery.day
        return "\(heading(letter)) : avis de réception du \(FrenchFormat.shortDate(day))"
    }

    /// « LRAR du 26/05/2026 — mise en demeure ».
    private static func heading(_ letter: Interaction) -> String {
        let kind = letter.channel == .electronicRegisteredLetter ? "LRE" : "LRAR"
        return "\(kind) du \(FrenchFormat.shortDate(letter.day)) — \(FrenchLabels.interaction(letter.kind).lowercasedFirst)"
    }
}
