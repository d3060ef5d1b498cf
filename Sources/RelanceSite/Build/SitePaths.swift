import RelanceCore

/// Every name of the output and of the layouts, declared once: the builders write these paths and
/// the views link them. Folders are English (`debtors/`, `letters/`, `lists/`), documents French
/// (`decompte.html`, `courriers-a-imprimer.html`).
public enum SitePaths {
    public static let dashboard = "index.html"
    public static let summary = "summary.json"
    /// The weekly report on one A4 landscape page, and its PDF when Chromium is there.
    public static let report = "rapport-hebdomadaire.html"
    public static let reportPDF = "rapport-hebdomadaire.pdf"
    /// Copied from assets/ to the output root, referenced by every page (`rapport.css` by the
    /// report alone: its `@page` is landscape).
    public static let staticFiles = ["style.css", "relance.js", "rapport.css"]
    /// The debtor folders' fingerprints, for the next build (`FingerprintIndex`).
    public static let fingerprints = ".relance-fingerprints"
    /// The letters' own files' fingerprints, for the next build (`LetterCarryOver`).
    public static let letterFingerprints = ".relance-letter-fingerprints"

    public static let debtors = "debtors"
    /// Every listed debtor's page, from the output root: its cover, décompte and chronology as
    /// sections of one file. Every link to a debtor leads here.
    public static func debtorPage(_ id: String) -> String { "\(debtors)/\(Slug.make(for: id)).html" }
    /// From a debtor's page to the output root.
    public static let debtorPageRoot = "../"
    /// A bundled debtor's folder (the lawyer's file, `CaseFile`), beside its page.
    public static func debtorFolder(_ id: String) -> String { "\(debtors)/\(Slug.make(for: id))" }
    /// What a build writes for a debtor: its page, and its folder when bundled.
    public static func debtorOutputs(_ id: String, bundled: Bool) -> [String] {
        bundled ? [debtorPage(id), debtorFolder(id)] : [debtorPage(id)]
    }

    /// The paged lists: one folder beside the dashboard, so that every list page reaches the output
    /// root, the debtors' pages and the style sheet through "../", and `debtors/` holds only the
    /// debtors' pages and folders.
    public enum Lists {
        public static let folder = "lists"
        /// From a list page to the output root.
        public static let root = "../"

        public static let debtorsByBalance = "debiteurs"
        public static let debtorsByName = "debiteurs-alpha"
        public static let warnings = "alertes"

        /// The path of a list page from the output root.
        static func path(_ list: PagedList, page: Int = 1) -> String { "\(folder)/\(list.fileName(ofPage: page))" }
    }

    /// The letters of a build (`letters/…`).
    public enum Letters {
        public static let folder = "letters"
        public static let index = folder + "/index.html"
        /// The postal letters in print order, one printable file per kind (`LetterBatches`): plain
        /// letters, and registered ones; `-001`, `-002`… when a kind runs over one batch.
        public static let plainBatchStem = folder + "/courriers-a-imprimer"
        public static let registeredBatchStem = folder + "/courriers-recommandes"
        /// Every letter to send through an online registered-letter service: address lines and PDF.
        public static let onlineServiceCSV = folder + "/envoi-en-ligne.csv"
        /// The registered-post deposit list (bordereau de dépôt), printable and for spreadsheets.
        public static let depositList = folder + "/bordereau-de-depot.html"
        public static let depositListCSV = folder + "/bordereau-de-depot.csv"
        /// The print stylesheet, copied from assets/ into letters/.
        public static let stylesheet = folder + "/letters.css"
        /// What `relance record` reads: every letter with its files, and the book's digests.
        public static let manifest = folder + "/letters.json"
        /// The complete list of the letters, paged, when there are more than the index shows
        /// (`tous-les-courriers-001.html`…, next to the index).
        static func list(count: Int) -> PagedList { PagedList(stem: "tous-les-courriers", count: count) }
        static func listPage(_ list: PagedList, page: Int) -> String { "\(folder)/\(list.fileName(ofPage: page))" }
        /// A path of the output as linked from a file of letters/ (the index, its list, the CSVs).
        static func fromLettersFolder(_ path: String) -> String {
            let inLetters = folder + "/"
            return path.hasPrefix(inLetters) ? String(path.dropFirst(inLetters.count)) : path
        }

        /// A letter's HTML, PDF and e-mail sit in letters/ itself, named after its reference: a
        /// folder per letter cost a large book some 90,000 folders to create and, at the next
        /// build, to remove, several times the time of the same files without them. References are
        /// made of A–Z, 0–9 and hyphens and end in the level and date (`-R1-20260615`,
        /// LetterReference): safe file names as they are, and never one of letters/'s own names,
        /// in any case.
        public static func html(_ letter: Letter) -> String { "\(folder)/\(letter.reference).html" }
        public static func pdf(_ letter: Letter) -> String { "\(folder)/\(letter.reference).pdf" }
        public static func email(_ letter: Letter) -> String { "\(folder)/\(letter.reference).eml" }
        /// The folder of the copies of the invoices a letter encloses.
        public static func enclosures(_ letter: Letter) -> String { "\(folder)/\(letter.reference)" }

        /// Leads from a page of letters/ (the letter's own page, a batch) to the copies of the
        /// invoice PDFs the letter encloses: a folder named after the letter, as two letters may
        /// enclose files of the same name.
        public static func enclosuresBase(_ letter: Letter) -> String { "\(letter.reference)/" }
        public static func enclosure(_ letter: Letter, bookPath: String) -> String {
            "\(enclosures(letter))/\(attachmentName(bookPath))"
        }

        /// The attached invoice's file name next to the letter: the book's own name for it.
        public static func attachmentName(_ bookPath: String) -> String {
            String(bookPath.split(separator: "/").last ?? Substring(bookPath))
        }
    }

    /// The fixed names of a debtor's case file (`debtors/<slug>/…`). Every name is relative to the
    /// debtor's folder, so pages link each other with these very strings.
    public enum CaseFile {
        /// The cover: parties, claim, stage, disputes, commitments, prescription, route.
        public static let cover = "index.html"
        public static let statement = "decompte.html"
        public static let chronology = "chronologie.html"
        /// Bordereau de communication de pièces.
        public static let exhibitList = "bordereau.html"
        /// The requête en injonction de payer, when the file is ready for it.
        public static let injunctionRequest = "requete-injonction-de-payer.html"
        /// The déclaration de créance, for a debtor in collective proceedings.
        public static let claimDeclaration = "declaration-de-creance.html"
        /// The attestation de créance and the relevé de compte, in every bundled file.
        public static let attestation = "attestation-de-creance.html"
        /// `sha256sum -c manifest.sha256`, run in the folder, checks every file listed.
        public static let manifest = "manifest.sha256"
        /// The exhibits, copied under names that carry their number.
        public static let exhibitsFolder = "pieces"
        /// The letters Relance reconstructs: annexes to the chronology, never exhibits.
        public static let annexesFolder = "annexes"
        /// The reconstructed letters' style sheet, beside them so that the folder stands alone.
        public static let letterStylesheet = "annexes/courrier.css"

        public static func zip(slug: String) -> String { "\(slug).zip" }
        public static func pdf(slug: String) -> String { "\(slug).pdf" }

        /// `pieces/piece-003-facture-fac-2026-0012.pdf`: the number first (three digits, so that a
        /// hundredth exhibit renames none of the others and names sort in number order), then a cleaned
        /// form of what it is. ASCII only, lower case: safe in a ZIP, on any disk, in a URL.
        public static func exhibitFile(_ exhibit: Exhibit) -> String {
            let number = exhibit.number < 100 ? String(repeating: "0", count: exhibit.number < 10 ? 2 : 1) + String(exhibit.number)
                : String(exhibit.number)
            let base = "\(exhibitsFolder)/piece-\(number)-"
            switch exhibit.source {
            case .invoice(let reference, let file):
                return base + ASCIIName.clean("facture-\(reference)") + ASCIIName.fileExtension(of: file)
            case .document(let document):
                return base + ASCIIName.clean(stem(of: document.file)) + ASCIIName.fileExtension(of: document.file)
            case .proof(let file, _), .receipt(let file, _, _), .communicated(let file):
                return base + ASCIIName.clean(stem(of: file)) + ASCIIName.fileExtension(of: file)
            }
        }

        /// `annexes/reconstitution-relance-1-2026-03-18-ligne-12.html`: the level, the date and the
        /// log line, so that two letters of one day stay apart.
        public static func reconstructionFile(_ r: ExhibitList.Reconstruction) -> String {
            "\(annexesFolder)/" + ASCIIName.clean("reconstitution-\(ExhibitWording.levelName(r.level))-\(r.line.day.iso)-ligne-\(r.line.location.line)") + ".html"
        }

        private static func stem(of file: String) -> String {
            let name = String(file.split(separator: "/").last ?? Substring(file))
            return name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        }
    }

    /// The layouts the site renders. `SiteBuilder` loads them all before rendering anything, so that
    /// a layout error is found by `check` and by every build, whichever pages the book needs (the
    /// paged lists of a large book, the deposit list of registered letters).
    public enum Layouts {
        public static let dashboard = "dashboard.html"
        public static let debtorList = "lists/debtors.html"
        public static let actionList = "lists/actions.html"
        public static let warningList = "lists/warnings.html"
        public static let caseCover = "debtor.html"
        public static let debtorPage = "debtor-page.html"
        public static let statement = "case/decompte.html"
        public static let chronology = "case/chronologie.html"
        public static let exhibitList = "case/bordereau.html"
        public static let regeneratedLetter = "case/regenerated-letter.html"
        public static let injunctionRequest = "case/requete.html"
        public static let claimDeclaration = "case/declaration.html"
        public static let attestation = "case/attestation.html"
        public static let letter = "letters/letter.html"
        public static let email = "letters/email.html"
        public static let letterBatch = "letters/batch.html"
        public static let depositList = "letters/deposit-list.html"
        public static let lettersIndex = "letters/index.html"
        public static let lettersList = "letters/list.html"
        public static let report = "report.html"

        public static let all = [
            dashboard, report, debtorList, actionList, warningList, caseCover, debtorPage, statement, chronology, exhibitList, regeneratedLetter, injunctionRequest, claimDeclaration, attestation,
            letter, email, letterBatch, depositList, lettersIndex, lettersList,
        ]
    }
}
