import RelanceCore

/// The sentences a letter states about the past (letters.md, "What every letter states must be
/// true"): per invoice the steps that really covered it, and what the debtor did since the last
/// one, each from the log or the ledger.
enum LetterFactsWording {
    /// One line per invoice: « Facture n° F (échue le 11/03/2026) : relancée le 18 mars 2026
    /// (e-mail) et le 12 mai 2026 (courrier simple). » or, never covered, presented as newly due.
    static func recap(_ letter: Letter) -> [LayoutValue] {
        letter.facts.recap.map { item in
            let reference = item.invoice.reference
            let due = FrenchFormat.longDate(item.invoice.dueDate)
            let text: String
            if item.isNewlyDue {
                text = "Facture n° \(reference), arrivée à échéance le \(due) : nous vous la rappelons ici pour la première fois."
            } else {
                let steps = item.steps.map { step in
                    "le \(FrenchFormat.longDate(step.day))" + (step.channel.map { " (\(FrenchLabels.channel($0).lowercasedFirst))" } ?? "")
                }
                text = "Facture n° \(reference), échue le \(due) : rappelée \(joined(steps))."
            }
            return ["text": .text(text), "newly_due": .flag(item.isNewlyDue)]
        }
    }

    /// What answered the earlier steps, in the order it happened.
    static func answers(_ letter: Letter) -> [LayoutValue] {
        letter.facts.answers.map { .text(sentence($0)) }
    }

    private static func sentence(_ answer: LetterAnswer) -> String {
        switch answer {
        case .brokenPromise(let promise):
            let amount = promise.amount.map { "régler \(FrenchFormat.money($0))" } ?? "régler ces sommes"
            let due = promise.due.map { " au plus tard le \(FrenchFormat.longDate($0))" } ?? ""
            return "Vous vous étiez engagé le \(FrenchFormat.longDate(promise.day)) à \(amount)\(due) ; cet engagement n'a pas été tenu."
        case .brokenPlan(let plan, let missed):
            return "Nous étions convenus le \(FrenchFormat.longDate(plan.day)) d'un échéancier ; l'échéance du "
                + "\(FrenchFormat.longDate(missed.date)) (\(FrenchFormat.money(missed.amount))) n'a pas été honorée : "
                + "l'échéancier est devenu caduc et la totalité du solde est exigible."
        case .payment(let reference, let date, let amount):
            return "Nous avons bien reçu votre règlement \(reference) de \(FrenchFormat.money(amount)) du \(FrenchFormat.longDate(date)), "
                + "déduit des sommes ci-dessous ; il laisse un solde impayé."
        case .exchange(let line):
            let when = FrenchFormat.longDate(line.day)
            // The summary is quoted as written, without its own final full stop.
            let said = line.summary.flatMap { summary -> String? in
                var text = Substring(summary)
                while text.last == "." || text.last == " " { text = text.dropLast() }
                return text.isEmpty ? nil : " : « \(text) »"
            } ?? ""
            switch line.kind {
            case .dispute:
                return "Vous avez contesté ces sommes le \(when)\(said)."
            case .disputeClosed:
                return "Votre contestation a été examinée et close le \(when)\(said)."
            case .acknowledgement:
                return "Vous avez reconnu devoir ces sommes le \(when)\(said)."
            case .call:
                return "Nous avons bien noté votre appel du \(when)\(said)."
            default:
                let how = line.channel.map { " (\(FrenchLabels.channel($0).lowercasedFirst))" } ?? ""
                return "Nous avons bien noté votre réponse du \(when)\(how)\(said)."
            }
        }
    }

    /// « le 3 mai, le 12 mai et le 20 mai ».
    private static func joined(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " et " + parts.last!
    }
}
