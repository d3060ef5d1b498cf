import RelanceLayout
import RelanceCore

/// The header and navigation every document of a case file shares: who against whom, the date,
/// and links to the other documents of the folder.
enum CaseHeaderView {
    enum Document: CaseIterable {
        case cover, statement, chronology, exhibitList

        var title: String {
            switch self {
            case .cover: return "Dossier"
            case .statement: return "Décompte"
            case .chronology: return "Chronologie"
            case .exhibitList: return "Bordereau de pièces"
            }
        }

        var path: String {
            switch self {
            case .cover: return SitePaths.CaseFile.cover
            case .statement: return SitePaths.CaseFile.statement
            case .chronology: return SitePaths.CaseFile.chronology
            case .exhibitList: return SitePaths.CaseFile.exhibitList
            }
        }
    }

    static func value(_ c: CaseFileContext, current: Document) -> LayoutValue {
        var links: [LayoutValue] = Document.allCases
            .filter { $0 != .exhibitList || c.bundled }
            .map { document in
                ["title": .text(document.title), "href": .text(document.path),
                 "current": LayoutValue(document == current ? "page" : nil)]
            }
        if c.bundled {
            links.append(["title": "Manifeste SHA-256", "href": .text(SitePaths.CaseFile.manifest), "current": .absent])
            links.append(["title": "Archive ZIP", "href": .text(SitePaths.CaseFile.zip(slug: c.slug)), "current": .absent])
            links.append(["title": "PDF", "href": .text(SitePaths.CaseFile.pdf(slug: c.slug)), "current": .absent])
        }
        return [
            "creditor": CreditorView.value(c.r.book.creditor),
            "title": .text("\(current.title) — \(c.debtor.name)"),
            "debtor_name": .text(c.debtor.name),
            "debtor_id": .text(c.debtor.id),
            "as_of": .text(FrenchFormat.longDate(c.r.asOf)),
            "documents": .list(links),
        ]
    }
}
