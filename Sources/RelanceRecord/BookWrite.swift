import Foundation
import RelanceBook
import RelancePublish

/// What one `relance record` writes into the book, done so that nothing is half-written: the
/// originals are copied into `attachments/` first (each a new file, never over another), then
/// interactions.csv is replaced in one rename by its old bytes plus the new lines. If anything
/// fails, the copies made are removed and the log is as it was.
struct BookWrite {
    struct Copy {
        /// The file to copy; nil for `bytes` made by the command.
        let source: URL?
        var bytes: [UInt8]?
        /// Relative to `attachments/`.
        let target: String

        init(source: URL, target: String) { self.source = source; self.target = target }
        init(bytes: [UInt8], target: String) { source = nil; self.bytes = bytes; self.target = target }
    }

    let book: URL
    let copies: [Copy]
    /// The log as read when the lines were made, and as it must be once they are added.
    let logBefore: [UInt8]
    let logAfter: [UInt8]

    func commit() throws(RecordFailure) {
        let attachments = book.appendingPathComponent("attachments")
        var made: [String] = []
        do {
            for copy in copies {
                let target = attachments.appendingPathComponent(copy.target)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                let bytes = try copy.bytes ?? [UInt8](Data(contentsOf: copy.source!))
                if let existing = FileManager.default.contents(atPath: target.path) {
                    // Left by a record that stopped before its log was written: the same bytes are reused.
                    guard [UInt8](existing) == bytes else {
                        throw RecordFailure.refused("attachments/\(copy.target) existe déjà avec un autre contenu : "
                                                    + "déplacez-le ou vérifiez s'il s'agit d'un autre envoi")
                    }
                    continue
                }
                try AtomicFile.write(bytes, to: target.path, replacing: false)
                made.append(target.path)
            }
            let log = book.appendingPathComponent(InteractionLogAppender.fileName)
            let now = FileManager.default.contents(atPath: log.path).map { [UInt8]($0) } ?? []
            guard now == logBefore else {
                throw RecordFailure.refused("\(InteractionLogAppender.fileName) a changé pendant l'enregistrement : relancez la commande")
            }
            try AtomicFile.write(logAfter, to: log.path)
        } catch {
            for path in made { unlink(path) }
            if let failure = error as? RecordFailure { throw failure }
            throw .cannotWrite("impossible d'écrire dans le book \(book.path) : \(error) ; rien n'a été modifié")
        }
    }
}
