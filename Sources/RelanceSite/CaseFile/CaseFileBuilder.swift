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
        try build(debtor: state, in: r, into: output, audit: nil)
    }

    /// As above, reporting the décompte written to `audit`.
    func build(debtor state: DebtorState, in r: Receivables, into output: any SiteOutput, audit: OutputAudit?) throws -> CaseFilePrintJob? {
        let bundled = selection.includes(state)
        var c = CaseFileContext(
            state: state, r: r, slug: Slug.make(for: state.id), bundled: bundled,
            statement: try CaseStatement(state: state, ledger: r.book.ledger, asOf: r.asOf),
            exhibits: ExhibitList(state: state, allocation: r.allocation, invoiceFiles: r.book.invoiceFiles, otherDebts: r.book.otherDebts))
        audit?.caseFile(c.statement)

        var documents = bundled ? try exhibitFiles(&c) : []
        var onPage = c
        onPage.onDebtorPage = true
        try output.write(try render(SitePaths.Layouts.debtorPage, DebtorSinglePageView.value(onPage)), to: SitePaths.debtorPage(state.id))
        guard bundled else { return nil }
        documents.append(CaseFileDocument(path: SitePaths.CaseFile.cover, bytes: try render(SitePaths.Layouts.caseCover, DebtorPageView.value(c))))
        documents.append(CaseFileDocument(path: SitePaths.CaseFile.statement, bytes: try render(SitePaths.Layouts.statement, StatementView.value(c))))
        documents.append(CaseFileDocument(path: SitePaths.CaseFile.chronology, bytes: try render(SitePaths.Layouts.chronology, ChronologyView.value(c))))
        documents.append(CaseFileDocument(path: SitePaths.CaseFile.exhibitList, bytes: try render(SitePaths.Layouts.exhibitList, ExhibitListView.value(c))))
        documents.append(CaseFileDocument(path: SitePaths.CaseFile.manifest, bytes: Array(CaseManifest.text(documents).utf8)))
        let zip = try CaseFileArchive.make(slug: c.slug, documents: documents, date: r.asOf)
        for document in documents { try output.write(document.bytes, to: "\(c.folder)/\(document.path)") }
        try output.write(zip, to: "\(c.folder)/\(SitePaths.CaseFile.zip(slug: c.slug))")
        return CaseFilePrintJob(context: c)
    }

    private func render(_ layout: String, _ value: LayoutValue) throws -> [UInt8] {
        try layouts.layout(layout).render(value)
    }

    /// The exhibits with a file, read from the book or rendered, hashed into `c.hashes`.
    private func exhibitFiles(_ c: inout CaseFileContext) throws -> [CaseFileDocument] {
        var documents: [CaseFileDocument] = []
        var regenerated = false
        let letters = try regeneratedLetters(c)
        for exhibit in c.exhibits.exhibits {
            guard let path = SitePaths.CaseFile.exhibitFile(exhibit) else { continue }
            let bytes: [UInt8]
            switch exhibit.source {
            case .invoice, .proof:
                guard let file = exhibit.bookFile, let attachments else { continue }
                do {
                    bytes = [UInt8](try Data(contentsOf: attachments.appendingPathComponent(file)))
                } catch {
                    throw CaseFileError("pièce n° \(exhibit.number) de \(c.state.id) illisible : attachments/\(file)")
                }
            case .regeneratedLetter:
                // A line covering no invoice open on its date leaves nothing to regenerate: the
                // bordereau lists the exhibit without a file rather than failing the build.
                guard let letter = letters[exhibit.number] ?? nil else {
                    c.withoutFile.insert(exhibit.number)
                    continue
                }
                bytes = try render(SitePaths.Layouts.regeneratedLetter, RegeneratedLetterView.value(letter, c))
                regenerated = true
            }
            c.hashes[exhibit.number] = SHA256Hex.of(bytes)
            documents.append(CaseFileDocument(path: path, bytes: bytes))
        }
        if regenerated {
            documents.append(CaseFileDocument(path: SitePaths.CaseFile.letterStylesheet, bytes: try letterStylesheet()))
        }
        return documents
    }

    /// The regenerated letters by exhibit number, computed together so that the debtor's past is
    /// computed once per date rather than once per letter.
    private func regeneratedLetters(_ c: CaseFileContext) throws -> [Int: Letter?] {
        var numbers: [Int] = []
        var requests: [LetterAtDate.Request] = []
        for exhibit in c.exhibits.exhibits {
            guard case .regeneratedLetter(let level, let line) = exhibit.source else { continue }
            numbers.append(exhibit.number)
            requests.append(LetterAtDate.Request(line: line, level: level))
        }
        let letters = try LetterAtDate.letters(for: requests, state: c.state, in: c.r)
        return Dictionary(uniqueKeysWithValues: zip(numbers, letters))
    }

    /// The letters' style sheet followed by the rules of the "regenerated copy" banner.
    private func letterStylesheet() throws -> [UInt8] {
        let letters = try Data(contentsOf: assets.appendingPathComponent("letters.css"))
        let copy = try Data(contentsOf: assets.appendingPathComponent("case-letter-copy.css"))
        return [UInt8](letters) + Array("\n".utf8) + [UInt8](copy)
    }
}
