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
    /// The bookmark of each part, in the same order: the document's title, « Pièce n° N — … ».
    public let titles: [String]
    /// PDF parts the build found damaged or mistyped: a page naming them stands in their place.
    public let damaged: Set<String>
    /// Exhibit parts → their number: each page of their copy is marked « Pièce n° N ».
    public let stamps: [String: Int]
    /// Exhibit parts → the book's file they copy (`attachments/…`): what a note asks to replace.
    public let sources: [String: String]

    /// How many parts the job starts with that Relance generated: cover, requête when there is one,
    /// décompte, chronology, bordereau.
    public let generatedDocuments: Int

    init(context c: CaseFileContext) {
        debtorID = c.state.id
        title = "Dossier de recouvrement – \(c.state.debtor.name)"
        folder = c.folder
        output = SitePaths.CaseFile.pdf(slug: c.slug)
        var documents: [CaseHeaderView.Document] = [.cover]
        if c.declaration != nil { documents.append(.declaration) }
        if c.injunction != nil { documents.append(.injunction) }
        documents += [.statement, .attestation, .chronology, .exhibitList]
        var parts: [Part] = documents.map { .html($0.path) }
        var titles = documents.map(\.title)
        generatedDocuments = parts.count
        var damaged = Set<String>()
        var stamps: [String: Int] = [:]
        var sources: [String: String] = [:]
        for exhibit in c.exhibits.exhibits {
            guard let file = c.file(of: exhibit) else { continue }
            stamps[file] = exhibit.number
            sources[file] = "attachments/\(exhibit.bookFile)"
            let lowercased = file.lowercased()
            if c.r.book.attachmentFacts[exhibit.bookFile]?.problem != nil { damaged.insert(file) }
            let title = "Pièce n° \(exhibit.number) — \(ExhibitWording.title(exhibit))"
            if lowercased.hasSuffix(".pdf") { parts.append(.pdf(file)); titles.append(title) }
            else if lowercased.hasSuffix(".html") || lowercased.hasSuffix(".htm") { parts.append(.html(file)); titles.append(title) }
        }
        self.parts = parts
        self.damaged = damaged
        self.stamps = stamps
        self.sources = sources
        self.titles = titles
    }
}
