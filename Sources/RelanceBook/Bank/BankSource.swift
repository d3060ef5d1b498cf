import Foundation
import RelanceCore

/// The statements of `[sources] bank`: every `.xml` of a folder, or the files a pattern matches,
/// each streamed from the disk.
enum BankSource {
    static func read(book folder: URL, patterns: [String], log: ErrorLog, stamps: SourceStamps) -> (credits: [BankCredit], totals: BankTotals) {
        var credits: [BankCredit] = []
        var totals = BankTotals()
        for pattern in patterns {
            let names = EInvoiceSource.files(pattern, in: folder)
            if names.isEmpty {
                log.add(SettingsReader.fileName, line: 1, column: 1, "sources.bank", "no file of the book matches \(quoted(pattern))")
            }
            for name in names {
                guard let statement = SourceText.stream(folder.appendingPathComponent(name), fileName: name, log: log, stamps: stamps, {
                    CAMTReader.read(descriptor: $0, fileName: name, log: log)
                }) else { continue }
                totals.files.append(name)
                totals.entries += statement.entries
                totals.notCredits += statement.notCredits
                totals.withErrors += statement.withErrors
                credits += statement.credits
            }
        }
        return (credits, totals)
    }
}
