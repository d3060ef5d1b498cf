import Foundation
import RelanceBook
import RelanceCore
@testable import BookGenerator

/// A fresh folder under the system's temporary folder, removed by `clean()`.
struct TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("relance-synth-\(UUID().uuidString)")
    }

    func clean() { try? FileManager.default.removeItem(at: url) }

    func bytes(_ name: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(name)) }
}

/// The shipped rate table, found from this file (Tests/Benchmarks/BookGeneratorTests/… → assets/rates).
func shippedRates() throws -> RateTable {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    return try RateTableReader.read(file: root.appendingPathComponent("assets/rates/rates.csv"))
}

/// Reads a generated book the way `relance` does; the errors, if any, as text.
func readBook(_ folder: TemporaryFolder) throws -> Result<Book, BookErrors> {
    let reader = BookReader(shippedRates: try shippedRates())
    return Result { () throws(BookErrors) -> Book in try reader.read(folder: folder.url) }
}

let smallShape = BookShape(debtors: 60, invoices: 900, interactions: 400, seed: 7)
