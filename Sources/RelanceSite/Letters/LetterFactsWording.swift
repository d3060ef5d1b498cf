import RelanceLayout
import RelanceCore

/// The sentences a letter states about the past (README, "Letters", "Only what is true"): per
/// invoice the steps that really covered it, and what the debtor did since the last
/// one, each from the log or the ledger.
enum LetterFactsWording {
    /// One line per group of invoices that the same steps covered, in the letter's order:
    /// « Facture n° F, échue le 11 mars 2026 : rappelée le 18 mars 2026 (e-mail) et le 12 mai 2026
    /// (courrier simple). » An invoice no step covered is presented as newly due. Grouping keeps a
    /// letter of many invoices reminded together short; a long run of steps is summed up by its
    /// count, its first and its last two, so that a log of thousands of reminders still gives a
    /// letter that fits its page.
    static func recap(_ letter: Letter) -> [LayoutValue] {
        var groups: [[InvoiceRecap]] = []
        for item in letter.facts.recap {
            if let last = groups.indices.last, groups[last][0].hasSameSteps(as: item) {
                groups[last].append(item)
            } else {
                groups.append([item])
            }
        }
        return groups.map { items in
            let several = items.count > 1
            let references = items.map(\.reference).joined(separator: ", ")
            let dues = joined(items.map { FrenchFormat.longDate($0.dueDate) })
            let invoices = several ? "Factures n° \(references)" : "Facture n° \(references)"
            let steps = letter.facts.steps(items[0])
            let text: String
            if steps.isEmpty {
                text = "\(invoices), arrivée\(several ? "s" : "") à échéance le \(dues) : "
                    + "nous vous \(several ? "les" : "la") rappelons ici pour la première fois."
            } else {
                text = "\(invoices), échue\(several ? "s" : "") le \(dues) : rappelée\(several ? "s" : "") \(stepsText(steps))."
            }
            return ["text": .text(text), "newly_due": .flag(steps.isEmpty)]
        }
    }

    /// « le 3 mai 2026 (e-mail) et le 12 mai 2026 (courrier simple) », or for a long run « à 14
    /// reprises depuis le 3 mars 2025, en dernier lieu le 2 juin 2026 (e-mail) et le 9 juin 2026
    /// (courrier simple) ».
    private static func stepsText(_ steps: [Interaction]) -> String {
        func one(_ step: Interaction) -> String {
            "le \(FrenchFormat.longDate(step.day))" + (step.channel.map { " (\(FrenchLabels.channel($0).lowercasedFirst))" } ?? "")
        }
        guard steps.count > 4 else { return joined(steps.map(one)) }
        return "à \(steps.count) reprises depuis le \(FrenchFormat.longDate(steps[0].day)), en dernier lieu "
            + joined(steps.suffix(2).map(one))
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
