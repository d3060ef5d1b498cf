import RelanceLayout
import RelanceCore

/// The bordereau de communication de pièces (bordereau.html): "Pièce n° N — title — date" for every
/// exhibit, with its file in the folder and its SHA-256 (the manifest lists the same hashes).
enum ExhibitListView {
    static func value(_ c: CaseFileContext) -> LayoutValue {
        [
            "header": CaseHeaderView.value(c, current: .exhibitList),
            "creditor_name": .text(c.r.book.creditor.name),
            "debtor_name": .text(c.debtor.name),
            "date": .text(FrenchFormat.longDate(c.r.asOf)),
            "exhibits": .list(c.exhibits.exhibits.map { exhibit in
                let file = c.file(of: exhibit)
                return [
                    "number": .text(String(exhibit.number)),
                    "title": .text(ExhibitWording.title(exhibit)),
                    "date": .text(FrenchFormat.shortDate(exhibit.date)),
                    "href": LayoutValue(file),
                    "file": LayoutValue(file.map { String($0.split(separator: "/").last!) }),
                    "sha256": LayoutValue(c.hashes[exhibit.number]),
                    "problem": LayoutValue(c.r.book.attachmentFacts[exhibit.bookFile]?.problem.map { "Fichier à remplacer : \($0)." }),
                    "email": LayoutValue(c.r.book.attachmentFacts[exhibit.bookFile]?.email.map(EmailWording.text)),
                ]
            }),
            "missing": .list(c.missing.items.map { .text(MissingDocumentsWording.text($0)) }),
            "manifest": .text(SitePaths.CaseFile.manifest),
        ]
    }
}
