import RelanceCore

/// What one bundled case file's PDF is made of: the generated documents, then the exhibits in number
/// order that a PDF can hold — PDF files as they are, HTML exhibits printed. Other files (e-mails,
/// images…) stay listed on the bordereau, not embedded; the reconstructed letters, which prove
/// nothing, stay in the folder's annexes.
public struct CaseFilePrintJob: Sendable {
    public enum Part: Sendable, Hashable {
        /// An HTML file of the folder, printed by Chromium.
        case html(String)
        /// A PDF file of the folder, joined as it is.
        case pdf(String)
    }

    public let debtorID: String
    /// The PDF's title.
    public let title: String
    /// `debtors/<slug>`, relative to the output.
    public let folder: String
    /// `<slug>.pdf`, relative to `folder`.
    public let output: String
    /// In the order of the joined PDF; paths relative to `folder`.
    public let parts: [Part]
    /// PDF parts the build found damaged or mistyped: a page naming them stands in their place.
    public let damaged: Set<String>

    /// How many parts the job starts with that Relance generated: cover, requête when there is one,
    /// décompte, chronology, bordereau.
    public let generatedDocuments: Int

    init(context c: CaseFileContext) {
        debtorID = c.state.id
        title = "Dossier de recouvrement – \(c.state.debtor.name)"
        folder = c.folder
        output = SitePaths.CaseFile.pdf(slug: c.slug)
        var parts: [Part] = [.html(SitePaths.CaseFile.cover)]
        if c.declaration != nil { parts.append(.html(SitePaths.CaseFile.claimDeclaration)) }
        if c.injunction != nil { parts.append(.html(SitePaths.CaseFile.injunctionRequest)) }
        parts += [.html(SitePaths.CaseFile.statement), .html(SitePaths.CaseFile.attestation), .html(SitePaths.CaseFile.chronology),
                  .html(SitePaths.CaseFile.exhibitList)]
        generatedDocuments = parts.count
        var damaged = Set<String>()
        for exhibit in c.exhibits.exhibits {
            guard let file = c.file(of: exhibit) else { continue }
            let lowercased = file.lowercased()
            if c.r.book.attachmentFacts[exhibit.bookFile]?.problem != nil { damaged.insert(file) }
            if lowercased.hasSuffix(".pdf") { parts.append(.pdf(file)) }
            else if lowercased.hasSuffix(".html") || lowercased.hasSuffix(".htm") { parts.append(.html(file)) }
        }
        self.parts = parts
        self.damaged = damaged
    }
}
