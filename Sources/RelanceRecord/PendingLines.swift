import Foundation
import RelanceBook

/// Lines made ready for the end of interactions.csv, in its own dialect, with the files to copy
/// beside them into `attachments/`: shown as they are on a dry run, written by `commit()` so that
/// nothing is half-written. Every `relance record` command ends here.
struct PendingLines {
    let book: URL
    private let appender: InteractionLogAppender
    private let after: [UInt8]

    /// - Parameter lines: column name → value, one dictionary per line.
    init(book: URL, lines: [[String: String]]) throws(RecordFailure) {
        self.book = book
        do {
            appender = try InteractionLogAppender(book: book)
            after = try appender.appending(lines)
        } catch {
            throw .input(error)
        }
    }

    /// The line number the first new line gets.
    var firstLine: Int { appender.firstNewLine }

    /// The added lines, as they will read in the file.
    var text: String { String(decoding: after.dropFirst(appender.original.count), as: UTF8.self) }

    func commit(copying copies: [BookWrite.Copy]) throws(RecordFailure) {
        try BookWrite(book: book, copies: copies, logBefore: appender.original, logAfter: after).commit()
    }
}
