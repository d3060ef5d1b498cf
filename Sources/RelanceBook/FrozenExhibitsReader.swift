import Foundation
import RelanceCore

/// The exhibit lists frozen at hand-over: `attachments/case-files/<slug>/bordereau.csv`, written by
/// `relance record handover`. Each row is one exhibit handed over — debtor, number, file, SHA-256,
/// date —, numbered 1, 2, 3… per debtor; the files must still be in the book.
enum FrozenExhibitsReader {
    static let folder = "attachments/case-files"
    static let fileName = "bordereau.csv"
    static let schema = CSVSchema(required: ["debtor", "number", "file", "sha256", "date"], optional: ["title"])

    static func read(book: URL, encoding: SourceEncoding, debtorIDs: KnownDebtors?, attachments: AttachmentsFolder,
                     log: ErrorLog, stamps: SourceStamps) -> [String: [FrozenExhibit]] {
        let root = book.appendingPathComponent(folder)
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        var lists: [String: [FrozenExhibit]] = [:]
        var listedIn: [String: String] = [:]
        for name in folders {
            let path = "\(folder)/\(name)/\(fileName)"
            guard FileManager.default.fileExists(atPath: book.appendingPathComponent(path).path),
                  let source = SourceText.load(book.appendingPathComponent(path), fileName: path, encoding: encoding, log: log, stamps: stamps),
                  let (header, body) = CSVTableReader.readHeader(source, schema: schema, log: log) else { continue }
            let c = Columns(header)
            var seen = Set<String>()
            _ = CSVTableReader.readRows(source, header: header, from: body, log: log) { row in
                guard let entry = read(row, c, debtorIDs: debtorIDs, attachments: attachments) else { return }
                if let other = listedIn[entry.debtor], other != path {
                    row.fail(c.debtor, "the exhibits of \(quoted(entry.debtor)) are already frozen in \(other): one list per debtor")
                    return
                }
                listedIn[entry.debtor] = path
                let expected = (lists[entry.debtor]?.count ?? 0) + 1
                guard entry.exhibit.number == expected else {
                    row.fail(c.number, "expected exhibit number \(expected) (1, 2, 3… in order), found \(entry.exhibit.number)")
                    return
                }
                guard seen.insert(entry.exhibit.file).inserted else {
                    row.fail(c.file, "\(quoted(entry.exhibit.file)) is listed twice: one number per file")
                    return
                }
                lists[entry.debtor, default: []].append(entry.exhibit)
            }
        }
        return lists
    }

    private static func read(_ row: CSVRow, _ c: Columns, debtorIDs: KnownDebtors?,
                             attachments: AttachmentsFolder) -> (debtor: String, exhibit: FrozenExhibit)? {
        let before = row.log.count
        let debtor = row.debtor(c.debtor, known: debtorIDs)
        let numberText = row.required(c.number, expected: "an exhibit number such as 3")
        let number = numberText.flatMap { Int($0) }.flatMap { $0 >= 1 ? $0 : nil }
        if let numberText, number == nil { row.fail(c.number, "expected an exhibit number such as 3, found \(quoted(numberText))") }
        var file: String?
        if let path = row.required(c.file, expected: "the exhibit's file under attachments/") {
            switch attachments.check(path) {
            case .success(let relative): file = relative
            case .failure(let problem):
                row.fail(c.file, AttachmentsFolder.explain(problem, path: path) + " (an exhibit handed over must stay in the book)")
            }
        }
        let sha = row.required(c.sha256, expected: "the SHA-256 of the file handed over, 64 hexadecimal digits")
        if let sha, sha.count != 64 || !sha.allSatisfy(\.isHexDigit) {
            row.fail(c.sha256, "expected 64 hexadecimal digits, found \(quoted(sha))")
        }
        let date = row.day(c.date, required: true)
        guard let debtor, let number, let file, let sha, let date, row.log.count == before else { return nil }
        return (debtor, FrozenExhibit(number: number, file: file, sha256: sha.lowercased(), date: date, location: row.location))
    }

    private struct Columns {
        let debtor, number, file, sha256, date: CSVColumn
        init(_ header: CSVHeader) {
            debtor = header.column("debtor"); number = header.column("number"); file = header.column("file")
            sha256 = header.column("sha256"); date = header.column("date")
        }
    }
}
