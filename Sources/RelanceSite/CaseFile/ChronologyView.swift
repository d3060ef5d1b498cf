import RelanceLayout
import RelanceCore

/// The chronology (chronologie.html): every log line of the debtor on or before the build date,
/// oldest first in log order, with the exhibits that prove it.
enum ChronologyView {
    static func value(_ c: CaseFileContext) -> LayoutValue {
        ["header": CaseHeaderView.value(c, current: .chronology), "chronologies": .list([chronology(c)])]
    }

    /// The log lines, on their page or as a section of the debtor's one page, then the annex of the
    /// letters Relance reconstructed.
    static func chronology(_ c: CaseFileContext) -> LayoutValue {
        [
            "events": .list(c.state.interactions.map { row($0, c) }),
            "bundled": .flag(c.bundled),
            "reconstructions": .list(c.exhibits.reconstructions.map { reconstruction in
                let file = c.reconstructionFiles[reconstruction.line.sequence]
                return [
                    "date": .text(FrenchFormat.shortDate(reconstruction.line.day)),
                    "what": .text(ExhibitWording.step(reconstruction.line)),
                    "href": LayoutValue(file.map(c.link)),
                    "note": LayoutValue(c.bundled && file == nil
                        ? "non reconstitué : aucune des factures qu'il concernait n'était ouverte à sa date" : nil),
                ]
            }),
        ]
    }

    private static func row(_ line: Interaction, _ c: CaseFileContext) -> LayoutValue {
        let exhibits = (c.exhibits.numbersByLine[line.sequence] ?? []).map { number -> LayoutValue in
            let exhibit = c.exhibit(number)
            let file = exhibit.bookFile
            let name = String(file.split(separator: "/").last ?? Substring(file))
            let email = c.r.book.attachmentFacts[file]?.email.map(EmailWording.text)
            return ["label": .text("Pièce n° \(number)"), "name": .text(email.map { "\(name) — \($0)" } ?? name),
                    "href": LayoutValue(c.file(of: exhibit).map(c.link))]
        }
        return [
            "date": .text(dateTime(line)),
            "direction": .text(FrenchLabels.direction(line.direction)),
            "channel": .text(line.channel.map(FrenchLabels.channel) ?? "—"),
            "kind": .text(FrenchLabels.interaction(line.kind)),
            "invoices": .text(line.invoices.isEmpty ? "Toutes les factures ouvertes" : line.invoices.joined(separator: ", ")),
            "summary": LayoutValue(line.summary),
            "tracking": LayoutValue(line.tracking),
            "delivered": LayoutValue(line.deliveredOn.map(FrenchFormat.shortDate)),
            "commitment": LayoutValue(commitment(line)),
            "exhibits": .list(exhibits),
            "reconstruction": LayoutValue(c.reconstructionFiles[line.sequence].map(c.link)),
        ]
    }

    /// `09/12/2025`, or `20/04/2026 18:05` when the log gave a time.
    static func dateTime(_ line: Interaction) -> String {
        var text = FrenchFormat.shortDate(line.day)
        if let minutes = line.minuteOfDay {
            let h = minutes / 60, m = minutes % 60
            text += " \(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
        }
        return text
    }

    /// What a promise or a plan committed to, in words.
    private static func commitment(_ line: Interaction) -> String? {
        switch line.kind {
        case .promise:
            guard let amount = line.amount else { return nil }
            return "\(FrenchFormat.money(amount))" + (line.due.map { " au plus tard le \(FrenchFormat.shortDate($0))" } ?? "")
        case .paymentPlan:
            let parts = line.schedule.map { "\(FrenchFormat.shortDate($0.date)) : \(FrenchFormat.money($0.amount))" }
            return parts.isEmpty ? nil : "Échéances : " + parts.joined(separator: " · ")
        default:
            return nil
        }
    }
}
