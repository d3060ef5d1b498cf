import Foundation
import RelanceCore

/// The statements of `[sources] bank`: every `.xml` of a folder, or the files a pattern matches.
enum BankSource {
    static func read(book folder: URL, patterns: [String], log: ErrorLog, stamps: SourceStamps) -> [BankCredit] {
        var credits: [BankCredit] = []
        for pattern in patterns {
            let names = EInvoiceSource.files(pattern, in: folder)
            if names.isEmpty {
                log.add(SettingsReader.fileName, line: 1, column: 1, "sources.bank", "no file of the book matches \(quoted(pattern))")
            }
            for name in names {
                guard let bytes = SourceText.readBytes(folder.appendingPathComponent(name), fileName: name, log: log,
                                                       inBook: false, stamps: stamps) else { continue }
                credits += CAMTReader.read(bytes, fileName: name, log: log)
            }
        }
        return credits
    }
}
