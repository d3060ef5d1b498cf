import RelanceLayout
import RelanceCore

/// letters/index.html: every letter of the build with its files, the batches, the deposit list and
/// the letters that could not be written, with why.
enum LettersIndexView {
    static func value(_ plan: LetterPlan, _ r: Receivables, batches: LetterBatches, pdf: LetterPDFReport) -> LayoutValue {
        // One table of every letter is a 33.6 MB page at 91,656 letters, which no browser opens
        // comfortably and whose value is some 80 MB: past a page of letters, the index shows the
        // first page and links the complete list.
        let list = SitePaths.Letters.list(count: plan.letters.count)
        return [
            "title": .text("Courriers du \(FrenchFormat.longDate(r.asOf))"),
            "creditor": .text(r.book.creditor.name),
            "date": .text(FrenchFormat.longDate(r.asOf)),
            "counts": .text(counts(plan)),
            "batches": .list(batches.batches.map { batch in
                [
                    "html": .text(SitePaths.Letters.fromLettersFolder(batch.path)),
                    "label": .text("\(batch.title) : \(FrenchFormat.integer(batch.letters.count)) courrier(s)"),
                    "pdf": pdf.batches.contains(batch.path) ? .text(SitePaths.Letters.fromLettersFolder(LetterPDFReport.pdfPath(forHTML: batch.path))) : .absent,
                ]
            }),
            "online_csv": batches.postal.isEmpty ? .absent : .text(SitePaths.Letters.fromLettersFolder(SitePaths.Letters.onlineServiceCSV)),
            "unreadable": pdf.unreadableEnclosures.isEmpty ? .absent : .text(
                "Factures jointes illisibles, absentes des lots imprimés (joignez-les à la main) : "
                + pdf.unreadableEnclosures.sorted().map(SitePaths.Letters.fromLettersFolder).joined(separator: ", ") + "."),
            "has_registered": .flag(plan.letters.contains(where: \.isRegistered)),
            "pdf_note": LayoutValue(pdf.note),
            "letters": .list(plan.letters[list.rows(ofPage: 1)].map { row($0, pdf: pdf) }),
            "paged": list.pageCount > 1 ? [
                "lead": .text("Les \(FrenchFormat.integer(list.rows(ofPage: 1).count)) premiers des \(FrenchFormat.integer(list.count)) courriers "
                    + "ci-dessous, par date prévue ; la liste complète, par pages de \(FrenchFormat.integer(list.pageSize)) :"),
                "first": .text(list.firstFile),
                "label": .text("tous les courriers (\(FrenchFormat.integer(list.pageCount)) pages)"),
            ] : .absent,
            "blocked": .list(plan.blocked.map { item in
                [
                    "level": .text(LetterWording.level(item.level)),
                    "debtor": .text(item.debtor.name),
                    "link": .text("../" + SitePaths.debtorPage(item.debtor.id)),
                    "channel": .text(FrenchLabels.channel(item.channel)),
                    "since": .text(FrenchFormat.shortDate(item.dueSince)),
                    "reason": .text(LetterWording.blockedReason(item.reason)),
                ]
            }),
        ]
    }

    /// One letter's row: what it is, to whom, and its files, linked from the letters' folder.
    static func row(_ letter: Letter, pdf: LetterPDFReport) -> LayoutValue {
        [
            "level": .text(LetterWording.level(letter.level)),
            "due": .text(FrenchFormat.shortDate(letter.dueSince)),
            "debtor": .text(letter.debtor.name),
            "channel": .text(FrenchLabels.channel(letter.channel)),
            "reference": .text(letter.reference),
            "total": .text(FrenchFormat.money(letter.total)),
            "html": .text(SitePaths.Letters.fromLettersFolder(SitePaths.Letters.html(letter))),
            "pdf": pdf.letters.contains(letter.reference) ? .text(SitePaths.Letters.fromLettersFolder(SitePaths.Letters.pdf(letter))) : .absent,
            "email": letter.sendsEmail && letter.debtor.email != nil ? .text(SitePaths.Letters.fromLettersFolder(SitePaths.Letters.email(letter))) : .absent,
        ]
    }

    /// "1 première relance, 2 deuxièmes relances, 1 mise en demeure" or "aucun courrier".
    static func counts(_ plan: LetterPlan) -> String {
        let parts = plan.countsByLevel.filter { $0.1 > 0 }.map { level, count in
            "\(count) \(LetterWording.levelNoun(level, plural: count > 1))"
        }
        return parts.isEmpty ? "aucun courrier" : parts.joined(separator: ", ")
    }
}
