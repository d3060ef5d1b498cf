import RelanceLayout
import RelanceCore

/// The header and navigation every document of a case file shares: who against whom, the date,
/// and links to the other documents of the folder.
enum CaseHeaderView {
    enum Document: CaseIterable {
        case cover, statement, chronology, exhibitList, injunction, declaration, attestation

        var title: String {
            switch self {
            case .cover: return "Dossier"
            case .statement: return "Décompte"
            case .chronology: return "Chronologie"
            case .exhibitList: return "Bordereau de pièces"
            case .injunction: return "Requête en injonction de payer"
            case .declaration: return "Déclaration de créance"
            case .attestation: return "Attestation de créance"
            }
        }

        var path: String {
            switch self {
            case .cover: return SitePaths.CaseFile.cover
            case .statement: return SitePaths.CaseFile.statement
            case .chronology: return SitePaths.CaseFile.chronology
            case .exhibitList: return SitePaths.CaseFile.exhibitList
            case .injunction: return SitePaths.CaseFile.injunctionRequest
            case .declaration: return SitePaths.CaseFile.claimDeclaration
            case .attestation: return SitePaths.CaseFile.attestation
            }
        }
    }

    /// The header of the debtor's page: its sections instead of documents, and the lawyer's folder
    /// when there is one.
    static func debtorPage(_ c: CaseFileContext) -> LayoutValue {
        var value = header(c, title: c.debtor.name, back: SitePaths.debtorPageRoot + SitePaths.dashboard)
        var links: [LayoutValue] = [Document.cover, .statement, .chronology].map { document in
            ["title": .text(document.title), "href": .text(c.link(to: document)), "current": .absent]
        }
        if c.bundled {
            links.append(["title": "Dossier complet", "href": .text(c.link(SitePaths.CaseFile.cover)), "current": .absent])
        }
        value["documents"] = .list(links)
        return .object(value)
    }

    /// The header of a document of the lawyer's folder.
    static func value(_ c: CaseFileContext, current: Document) -> LayoutValue {
        var links: [LayoutValue] = Document.allCases
            .filter { ($0 != .exhibitList || c.bundled) && ($0 != .attestation || c.bundled) && ($0 != .injunction || c.injunction != nil)
                && ($0 != .declaration || c.declaration != nil) }
            .map { document in
                ["title": .text(document.title), "href": .text(document.path),
                 "current": LayoutValue(document == current ? "page" : nil)]
            }
        if c.bundled {
            links.append(["title": "Manifeste SHA-256", "href": .text(SitePaths.CaseFile.manifest), "current": .absent])
            links.append(["title": "Archive ZIP", "href": .text(SitePaths.CaseFile.zip(slug: c.slug)), "current": .absent])
            links.append(["title": "PDF", "href": .text(SitePaths.CaseFile.pdf(slug: c.slug)), "current": .absent])
        }
        var value = header(c, title: "\(current.title) — \(c.debtor.name)", back: "../../" + SitePaths.dashboard)
        value["documents"] = .list(links)
        return .object(value)
    }

    private static func header(_ c: CaseFileContext, title: String, back: String) -> LayoutFields {
        [
            "creditor": CreditorView.value(c.r.book.creditor),
            "title": .text(title),
            "debtor_name": .text(c.debtor.name),
            "debtor_id": .text(c.debtor.id),
            "as_of": .text(FrenchFormat.longDate(c.r.asOf)),
            "back": .text(back),
            "incomplete": c.r.debtorsWithRejectedRows[c.debtor.id].map { rows in
                .text("Dossier incomplet : \(RejectedRowsWording.rows(rows)) de ce débiteur "
                      + "\(rows.count > 1 ? "ont" : "a") été rejetée\(rows.count > 1 ? "s" : "") à la lecture du book ; "
                      + "les chiffres de ce dossier sont établis sans elle\(rows.count > 1 ? "s" : ""). Ne le transmettez pas avant correction.")
            } ?? .absent,
        ]
    }
}
