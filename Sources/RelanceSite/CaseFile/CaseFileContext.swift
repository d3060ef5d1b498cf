import RelanceCore

/// What every document of one case file is made from: the debtor's state, the figures computed once
/// (décompte, exhibits), and whether the heavy products are built for it (`bundled`).
struct CaseFileContext {
    let state: DebtorState
    let r: Receivables
    let slug: String
    let bundled: Bool
    let statement: CaseStatement
    /// What the file claims, computed once for the cover, the requête and the attestation.
    let claim: CaseClaim
    /// The sum claimed: the claim's total, net of the debtor's unallocated credit when it has one.
    var claimedTotal: Money { claim.unallocated.isPositive ? statement.net : claim.total }
    let exhibits: ExhibitList
    /// The « pièces à fournir ».
    let missing: MissingDocuments
    /// A bundled file ready for a requête en injonction de payer: the mise en demeure it follows
    /// (nil for a file handed over without one). Nil when no requête is drawn up.
    var injunction: Injunction?
    /// Why no requête is drawn up for a bundled file.
    var injunctionRefusal: String?

    struct Injunction { let notice: Interaction? }
    /// A bundled file of a debtor in collective proceedings: its claim to declare.
    var declaration: Insolvency?
    /// Exhibit number → its SHA-256 (hex), for the exhibits copied into the folder (bundled only).
    var hashes: [Int: String] = [:]
    /// Log line (`sequence`) → its reconstructed letter in the folder (bundled only; a line covering
    /// no invoice open on its date leaves nothing to reconstruct).
    var reconstructionFiles: [Int: String] = [:]
    /// True while the debtor's page is rendered (`debtors/<slug>.html`), beside the folder rather
    /// than in it: links to the folder's files then go through it (`link`).
    var onDebtorPage = false

    var debtor: Debtor { state.debtor }
    var folder: String { "\(SitePaths.debtors)/\(slug)" }

    /// The exhibit's file in the folder, when the debtor has one (bundled).
    func file(of exhibit: Exhibit) -> String? {
        bundled ? SitePaths.CaseFile.exhibitFile(exhibit) : nil
    }

    func exhibit(_ number: Int) -> Exhibit { exhibits.exhibits[number - 1] }

    /// A link to a file of the folder, from the document being rendered.
    func link(_ pathInFolder: String) -> String { onDebtorPage ? "\(slug)/\(pathInFolder)" : pathInFolder }

    /// A link to one of the three documents every debtor has: a section of the debtor's page, or
    /// a page of the folder.
    func link(to document: CaseHeaderView.Document) -> String {
        guard onDebtorPage else { return document.path }
        switch document {
        case .cover: return "#dossier"
        case .statement: return "#decompte"
        case .chronology: return "#chronologie"
        case .exhibitList, .injunction, .declaration, .attestation: return link(document.path)
        }
    }
}
