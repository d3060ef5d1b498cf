import Foundation
import RelanceBook
import RelanceCore

/// The item numbers the user wrote into the deposit list (`letters/bordereau-de-depot.csv`, opened
/// in a spreadsheet, filled at the post-office counter and saved), by letter reference.
enum DepositTracking {
    static let referenceColumn = "notre référence"
    static let trackingColumn = "n° de recommandé"

    /// - Parameter references: the letters of the build; a row naming another is an error.
    static func read(_ url: URL, fileName: String, references: Set<String>) throws(RecordFailure) -> [String: String] {
        let table: CSVTable
        do {
            table = try CSVTable.read(url, fileName: fileName, required: [referenceColumn, trackingColumn])
        } catch {
            throw .input(error)
        }
        let referenceIndex = table.column(referenceColumn)!, trackingIndex = table.column(trackingColumn)!
        var tracking: [String: String] = [:]
        var firstRowOfNumber: [String: Int] = [:]
        var errors: [BookError] = []
        for row in table.rows {
            let reference = row[referenceIndex], number = row[trackingIndex]
            guard !number.value.isEmpty else { continue }
            guard references.contains(reference.value) else {
                errors.append(BookError(location: reference.location, columnName: "Notre référence",
                                        message: "expected the reference of a letter of this build, found \"\(reference.value)\""))
                continue
            }
            guard let normalized = TrackingNumber.normalized(number.value) else {
                errors.append(BookError(location: number.location, columnName: "N° de recommandé",
                                        message: "expected \(TrackingNumber.expected), found \"\(number.value)\""))
                continue
            }
            if let line = firstRowOfNumber[normalized] {
                errors.append(BookError(location: number.location, columnName: "N° de recommandé",
                                        message: "the item number \(normalized) is already on line \(line): one number per letter"))
                continue
            }
            firstRowOfNumber[normalized] = number.location.line
            tracking[reference.value] = normalized
        }
        guard errors.isEmpty else { throw .input(BookErrors(errors)) }
        return tracking
    }
}
