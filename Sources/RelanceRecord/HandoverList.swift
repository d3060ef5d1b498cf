import Foundation
import RelanceBook
import RelanceCore
import RelanceSite

/// The exhibit list a hand-over freezes: the case file's numbering on that day, written to
/// `attachments/case-files/<slug>/bordereau.csv` with each file's SHA-256, so that every later build
/// keeps those numbers and only appends. A debtor whose list is frozen already keeps it.
struct HandoverList {
    /// The file to write, nil when the list exists already.
    let copy: BookWrite.Copy?
    let count: Int

    static func path(of debtorID: String) -> String { "case-files/\(Slug.make(for: debtorID))/bordereau.csv" }

    init(state: DebtorState, book: Book, folder: URL) throws(RecordFailure) {
        let target = Self.path(of: state.id)
        let attachments = folder.appendingPathComponent("attachments")
        if let existing = book.frozenExhibits[state.id] {
            copy = nil
            count = existing.count
            return
        }
        if FileManager.default.fileExists(atPath: attachments.appendingPathComponent(target).path) {
            throw .refused("attachments/\(target) existe déjà pour un autre débiteur : vérifiez la colonne debtor de ce fichier")
        }
        let list = ExhibitList(state: state, invoiceFiles: book.invoiceFiles, documents: book.documents(of: state.id), otherDebts: book.otherDebts)
        var csv = BookCSVWriter.row(["debtor", "number", "file", "sha256", "date", "title"])
        for exhibit in list.exhibits {
            // Read and hashed once, with the book (`AttachmentChecks`).
            guard let sha = book.attachmentFacts[exhibit.bookFile]?.sha256 else {
                throw .refused("pièce n° \(exhibit.number) illisible : attachments/\(exhibit.bookFile) ; rien n'a été écrit")
            }
            csv += BookCSVWriter.row([state.id, String(exhibit.number), exhibit.bookFile, sha, exhibit.date.iso,
                                      ExhibitWording.title(exhibit)])
        }
        copy = BookWrite.Copy(bytes: Array(csv.utf8), target: target)
        count = list.exhibits.count
    }
}
