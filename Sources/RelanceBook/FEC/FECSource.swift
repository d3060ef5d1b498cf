import Foundation
import RelanceCore

/// The book's ledger read from its FEC files (`[sources] fec`) rather than ledger.csv.
enum FECSource {
    /// The entries, the customers and what to warn about; nil when no file could be read.
    static func read(
        book folder: URL, settings: FECSettings, terms: [String: PaymentTerms], log: ErrorLog, stamps: SourceStamps
    ) -> FECLedger? {
        var files: [FECFile] = []
        for pattern in settings.files {
            let matches = BookGlob.files(matching: pattern, in: folder)
            if matches.isEmpty {
                log.add(SettingsReader.fileName, line: 1, column: 1, "sources.fec",
                        "no file of the book matches \(quoted(pattern))")
            }
            for name in matches {
                guard let raw = SourceText.readBytes(folder.appendingPathComponent(name), fileName: name, log: log,
                                                     inBook: false, stamps: stamps),
                      let file = FECFile.read(raw, fileName: name, receivable: settings.receivableAccounts, log: log)
                else { continue }
                files.append(file)
            }
        }
        guard !files.isEmpty else { return nil }
        let eInvoices = EInvoiceSource.read(book: folder, patterns: settings.eInvoices, log: log, stamps: stamps)
        var ledger = FECLedger(files: files, settings: settings, terms: terms, eInvoices: eInvoices.byNumber)
        ledger.warnings += eInvoices.warnings
        if !settings.eInvoices.isEmpty {
            var totals = eInvoices.totals
            totals.unmatched = ledger.warnings.filter { if case .eInvoiceUnmatched = $0 { true } else { false } }.count
            totals.used = eInvoices.byNumber.count - totals.unmatched
            ledger.eInvoiceTotals = totals
        }
        let references = Set(ledger.entries.lazy.filter { $0.kind == .invoice }.map(\.reference))
        ledger.warnings += EInvoiceSource.withoutInvoice(eInvoices.plainPDFs, isInvoice: references.contains)
        return ledger
    }

    /// The documents (invoices, credit notes) of the FEC's entries, as the log's references are checked.
    static func documents(_ entries: [LedgerEntry]) -> LedgerDocuments {
        var documents = LedgerDocuments(capacity: entries.count)
        for entry in entries where entry.kind != .payment {
            documents.append(LedgerDocument(
                reference: entry.reference, kind: entry.kind, debtorID: entry.debtorID, line: entry.location.line,
                row: entry.location.line, referenceOffset: 0, lineStart: 0))
        }
        _ = documents.index()
        return documents
    }

    /// debtors.csv over the FEC's customers: a row completes and overrides the customer of its id;
    /// customers without a row keep the FEC's name; rows without FEC lines are kept.
    static func merge(fec: [Debtor], rows: [Debtor]) -> [Debtor] {
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fecIDs = Set(fec.map(\.id))
        return fec.map { byID[$0.id] ?? $0 } + rows.filter { !fecIDs.contains($0.id) }
    }
}

/// Files of the book matching a pattern whose last component may hold `*` and `?`, sorted by name.
enum BookGlob {
    static func files(matching pattern: String, in folder: URL) -> [String] {
        let parts = pattern.split(separator: "/").map(String.init)
        guard let last = parts.last else { return [] }
        let directory = parts.dropLast().joined(separator: "/")
        let url = directory.isEmpty ? folder : folder.appendingPathComponent(directory)
        guard last.contains("*") || last.contains("?") else {
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(last).path) ? [pattern] : []
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && matches(Array($0), Array(last)) }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            .map { directory.isEmpty ? $0 : directory + "/" + $0 }
    }

    private static func matches(_ name: [Character], _ pattern: [Character]) -> Bool {
        guard let first = pattern.first else { return name.isEmpty }
        if first == "*" {
            return (0...name.count).contains { matches(Array(name[$0...]), Array(pattern.dropFirst())) }
        }
        guard let head = name.first, first == "?" || first == head else { return false }
        return matches(Array(name.dropFirst()), Array(pattern.dropFirst()))
    }
}
