import Crypto
import Foundation
import RelanceCore

/// The files of attachments/ that case files use — the log's proofs, documents.csv's files, the
/// invoices' PDFs — read once: each one's SHA-256, whether it is what its name says (a PDF that
/// parses, an image by its magic bytes, an e-mail with headers), and the same proof of sending,
/// delivery or reply used for two debtors. Shared documents (terms of sale, a Kbis) are not
/// proofs of an exchange and may serve several debtors.
enum AttachmentChecks {
    static func run(book: Book, folder: URL) -> (facts: [String: AttachmentFacts], warnings: [BuildWarning]) {
        var proofDebtors: [String: Set<String>] = [:]
        for line in book.interactions { for file in line.proofs { proofDebtors[file, default: []].insert(line.debtorID) } }
        var files = Set(proofDebtors.keys)
        for document in book.documents { files.insert(document.file) }
        for file in book.invoiceFiles.values { files.insert(file) }
        for list in book.frozenExhibits.values { for exhibit in list { files.insert(exhibit.file) } }
        let names = files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        guard !names.isEmpty else { return ([:], []) }
        let attachments = folder.appendingPathComponent("attachments")
        let read = Parallel.map(count: names.count, sequentialBelow: 64) { index -> AttachmentFacts? in
            guard let data = FileManager.default.contents(atPath: attachments.appendingPathComponent(names[index]).path) else { return nil }
            return check(name: names[index], bytes: [UInt8](data))
        }
        var facts: [String: AttachmentFacts] = [:]
        var warnings: [BuildWarning] = []
        var bySHA: [String: [String]] = [:]
        for (name, fact) in zip(names, read) {
            guard let fact else { continue }
            facts[name] = fact
            if let problem = fact.problem { warnings.append(.damagedAttachment(file: "attachments/\(name)", reason: problem)) }
            if proofDebtors[name] != nil { bySHA[fact.sha256, default: []].append(name) }
        }
        // An exhibit handed over must stay the bytes the lawyer got.
        for (_, list) in book.frozenExhibits.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            for exhibit in list {
                guard let fact = facts[exhibit.file], fact.sha256 != exhibit.sha256 else { continue }
                warnings.append(.damagedAttachment(
                    file: "attachments/\(exhibit.file)",
                    reason: "pièce n° \(exhibit.number) modifiée depuis la transmission du dossier (SHA-256 transmis \(exhibit.sha256.prefix(12))…, "
                        + "aujourd'hui \(fact.sha256.prefix(12))…) ; remettez le fichier transmis"))
            }
        }
        for (_, shared) in bySHA.sorted(by: { $0.value[0].utf8.lexicographicallyPrecedes($1.value[0].utf8) }) {
            let debtors = shared.reduce(into: Set<String>()) { $0.formUnion(proofDebtors[$1] ?? []) }
            guard debtors.count > 1 else { continue }
            warnings.append(.proofSharedByDebtors(files: shared.map { "attachments/\($0)" },
                                                  debtorIDs: debtors.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }))
        }
        return (facts, warnings)
    }

    static func check(name: String, bytes: [UInt8]) -> AttachmentFacts {
        let sha = LowerHex.string(of: SHA256.hash(data: bytes))
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let found = FileSignature.kind(of: bytes)
        var problem: String?
        var email: AttachmentFacts.EmailHeaders?
        switch ext {
        case "pdf":
            if found != .pdf {
                problem = found.map { "extension .pdf mais contenu \($0.label)" } ?? "ce n'est pas un PDF (en-tête %PDF- absent)"
            } else if let damage = FileSignature.pdfDamage(bytes) {
                problem = "PDF endommagé : \(damage)"
            }
        case "jpg", "jpeg", "png", "gif", "tif", "tiff", "webp", "heic":
            let expected = FileSignature.Kind(imageExtension: ext)
            if found != expected {
                problem = "extension .\(ext) mais contenu " + (found?.label ?? "non reconnu comme image")
            }
        case "eml":
            email = EmailHeaderReader.headers(bytes)
            if email == nil { problem = "e-mail illisible : aucun en-tête From, Date ou Subject" }
        default:
            break
        }
        if bytes.isEmpty { problem = "fichier vide" }
        return AttachmentFacts(sha256: sha, problem: problem, email: email)
    }
}
