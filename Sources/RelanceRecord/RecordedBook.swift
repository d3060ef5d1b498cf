import Foundation
import RelanceBook
import RelanceCore

/// The book as `relance record` reads it before adding to it: whole and without errors, since a
/// line is only added to a log whose every line can be read — the same reading as a build's.
enum RecordedBook {
    static func read(_ folder: URL, shippedRates: RateTable) throws(RecordFailure) -> Book {
        do {
            return try BookReader(shippedRates: shippedRates).read(folder: folder)
        } catch {
            throw .input(error)
        }
    }
}
