import Foundation
import RelanceBook
import RelanceCore

/// The book as `relance record` reads it before adding to it — the same reading as a build's,
/// `--keep-going` included: the letters of a build that rejected rows must be recordable while the
/// rows wait for their fix. A new line is checked against the rows kept, so it never names a
/// rejected debtor or invoice; any error that is not a row's still stops the record.
enum RecordedBook {
    static func read(_ folder: URL, shippedRates: RateTable) throws(RecordFailure) -> Book {
        do {
            return try BookReader(shippedRates: shippedRates).read(folder: folder, keepGoing: true)
        } catch {
            throw .input(error)
        }
    }
}
