import RelancePublish
import RelanceLayout
import Foundation
import RelanceCore

/// Writes one debtor's case file. Every debtor gets its page, `debtors/<slug>.html`: the cover,
/// the décompte and the chronology as sections. A debtor `selection` bundles also gets the lawyer's
/// folder, `debtors/<slug>/`: the same three as separate pages, the exhibits copied under numbered
/// names, the regenerated letters, the bordereau, `manifest.sha256` and `<slug>.zip`. The PDF comes
/// after every folder is written (`CaseFilePDFs`), from the print jobs this returns.
///
/// Safe to call from several worker threads at once: it keeps no state between debtors.
public struct CaseFileBuilder: Sendable {
    let layouts: LayoutLibrary
    let assets: URL
    /// The book's attachments/ folder, where exhibits are copied from.
    let attachments: URL?
    public let selection: BundleSelection

    public init(layouts: LayoutLibrary, assets: URL, attachments: URL?, selection: BundleSelection = .automatic) {
        self.layouts = layouts
        self.assets = assets
        self.attachments = attachments
        self.selection = selection
    }

    /// Returns the PDF job of a bundled debtor, nil for the others.
    @discardableResult
    public func build(debtor state: DebtorState, in r: Receivables, into output: any SiteOutput) throws -> CaseFilePrintJob? {
        try build(debtor: state, in: r, into: output, audit: nil, digests: false).job
    }

    /// What one debtor's build left: the bundled folder's print job, and, when asked for, the digest
    /// (`FolderDigest`, from the bytes written) of the one page a debtor that is not bundled gets,
    /// or of a bundled debtor's page and folder as written, before any PDF joins them.
    struct Built {
        var job: CaseFilePrintJob?
        var pageDigest: String?
        var folderDigest: String?
    }

    /// As above, reporting the décompte written to `audit`; `digests`: whether `Built` carries them
    /// (a build keeping fingerprints for the next one; `check` does not).
    func build(debtor state: DebtorState, in r: Receivables, into output: any SiteOutput, audit: OutputAudit?,
               digests: Bool) throws -> Built {
        let bundled = selection.includes(state)
        let book = r.book
        var c = CaseFileContext(
            state: state, r: r, slug: Slug.make(for: state.id), bundled: bundled,
            statement: try CaseStatement(state: state, ledger: book.ledger, asOf: r.asOf),
            claim: CaseClaim(state, asOf: r.asOf),
            exhibits: ExhibitList(state: state, invoiceFiles: book.invoiceFiles, documents: book.documents(of: state.id), otherDebts: book.otherDebts,
                                  frozen: book.frozenExhibits[state.id] ?? []),
            missing: MissingDocuments(state: state, invoiceFiles: book.invoiceFiles, documents: book.documents(of: state.id),
                                      otherDebts: book.otherDebts, contractualRate: book.penalties.isContractual))
        audit?.caseFile(c.statement)
        if bundled, state.paused == .insolvency { c.declaration = state.debtor.insolvency }
        if bundled {
            if let refusal = InjunctionRequest.refusal(state, claim: c.claim, policy: book.policy, asOf: r.asOf) {
                c.injunctionRefusal = refusal
            } else {
                c.injunction = CaseFileContext.Injunction(notice: InjunctionRequest.expiredNotice(state, policy: book.policy, asOf: r.asOf))
            }
        }

        var documents = bundled ? try exhibitFiles(&c) : []
        var onPage = c
        onPage.onDebtorPage = true
        let page = try render(SitePaths.Layouts.debtorPage, DebtorSinglePageView.value(onPage))
        try output.write(page, to: SitePaths.debtorPage(state.id))
        guard bundled else { return Built(pageDigest: digests ? FolderDigest.of(file: SitePaths.debtorPage(state.id), bytes: page) : nil) }
        documents.append(CaseFileDocument(path: SitePaths.CaseFile.cover, bytes: try render(SitePaths.Layouts.caseCover, DebtorPageView.value(c))))
        documents.append(CaseFileDocument(path: SitePaths.CaseFile.attestation, bytes: try render(
            SitePaths.Layouts.attestation, AttestationView.value(c))))
        if let insolvency = c.declaration {
            documents.append(CaseFileDocument(path: SitePaths.CaseFile.claimDeclaration, bytes: try render(
                SitePaths.Layouts.claimDeclaration, ClaimDeclarationView.value(c, insolvency: insolvency))))
        }
        if let injunction = c.injunction {
            documents.append(CaseFileDocument(path: SitePaths.CaseFile.injunctionRequest, bytes: try render(
                SitePaths.Layouts.injunctionRequest, InjunctionRequestView.value(c, notice: injunction.notice))))
        }
        documents.append(CaseFileDocument(path: SitePaths.CaseFile.statement, bytes: try render(SitePaths.Layouts.statement, StatementView.value(c))))
        documents.append(CaseFileDocument(path: SitePaths.CaseFile.chronology, bytes: try render(SitePaths.Layouts.chronology, ChronologyView.value(c))))
        documents.append(CaseFileDocument(path: SitePaths.CaseFile.exhibitList, bytes: try render(SitePaths.Layouts.exhibitList, ExhibitListView.value(c))))
        var hashed = documents.map { FolderDigest.File(relativePath: "\(c.folder)/\($0.path)", bytes: $0.bytes) }
        let manifest = CaseFileDocument(path: SitePaths.CaseFile.manifest, bytes: Array(CaseManifest.text(documents, digests: hashed).utf8))
        documents.append(manifest)
        let zip = try CaseFileArchive.make(slug: c.slug, documents: documents, date: r.asOf)
        let zipPath = "\(c.folder)/\(SitePaths.CaseFile.zip(slug: c.slug))"
        for document in documents { try output.write(document.bytes, to: "\(c.folder)/\(document.path)") }
        try output.write(zip, to: zipPath)
        guard digests else { return Built(job: CaseFilePrintJob(context: c), folderDigest: nil) }
        hashed.append(FolderDigest.File(relativePath: "\(c.folder)/\(manifest.path)", bytes: manifest.bytes))
        hashed.append(FolderDigest.File(relativePath: zipPath, bytes: zip))
        let written = FolderDigest.of([FolderDigest.File(relativePath: SitePaths.debtorPage(state.id), bytes: page)]
            + FolderDigest.inWalkOrder(hashed))
        return Built(job: CaseFilePrintJob(context: c), folderDigest: written)
    }

    private func render(_ layout: String, _ value: LayoutValue) throws -> [UInt8] {
        try layouts.layout(layout).render(value)
    }

    /// The exhibits copied from the book, hashed into `c.hashes`, and the reconstructed letters.
    private func exhibitFiles(_ c: inout CaseFileContext) throws -> [CaseFileDocument] {
        var documents: [CaseFileDocument] = []
        for exhibit in c.exhibits.exhibits {
            guard let attachments else { continue }
            let bytes: [UInt8]
            do {
                bytes = [UInt8](try Data(contentsOf: attachments.appendingPathComponent(exhibit.bookFile)))
            } catch {
                throw CaseFileError("pièce n° \(exhibit.number) de \(c.state.id) illisible : attachments/\(exhibit.bookFile)")
            }
            c.hashes[exhibit.number] = SHA256Hex.of(bytes)
            documents.append(CaseFileDocument(path: SitePaths.CaseFile.exhibitFile(exhibit), bytes: bytes))
        }
        let reconstructions = c.exhibits.reconstructions
        let letters = try LetterAtDate.letters(for: reconstructions.map { LetterAtDate.Request(line: $0.line, level: $0.level) },
                                               state: c.state, in: c.r)
        for (reconstruction, letter) in zip(reconstructions, letters) {
            // A line covering no invoice open on its date leaves nothing to reconstruct: the
            // chronology says so rather than the build failing.
            guard let letter else { continue }
            let path = SitePaths.CaseFile.reconstructionFile(reconstruction)
            documents.append(CaseFileDocument(path: path, bytes: try render(SitePaths.Layouts.regeneratedLetter, RegeneratedLetterView.value(letter, c))))
            c.reconstructionFiles[reconstruction.line.sequence] = path
        }
        if !c.reconstructionFiles.isEmpty {
            documents.append(CaseFileDocument(path: SitePaths.CaseFile.letterStylesheet, bytes: try letterStylesheet()))
        }
        return documents
    }

    /// The letters' style sheet followed by the rules of the "regenerated copy" banner.
    private func letterStylesheet() throws -> [UInt8] {
        let letters = try Data(contentsOf: assets.appendingPathComponent("letters.css"))
        let copy = try Data(contentsOf: assets.appendingPathComponent("case-letter-copy.css"))
        return [UInt8](letters) + Array("\n".utf8) + [UInt8](copy)
    }
}
