import RelanceCore

/// `<slug>.zip`: the whole folder in one file, built in memory (`ZIPWriter`). Two builds of the
/// same book and date give the same bytes: entries in path order under `<slug>/`, every entry dated
/// the build date at 00:00, mode 0644, deflated by the same libdeflate at the same level.
enum CaseFileArchive {
    static func make(slug: String, documents: [CaseFileDocument], date: Day) throws(CaseFileError) -> [UInt8] {
        var archive = ZIPWriter(day: date)
        for document in documents.sorted(by: { $0.path.precedesInCodePointOrder($1.path) }) {
            try archive.add(path: "\(slug)/\(document.path)", contents: document.bytes)
        }
        return archive.finish()
    }
}

/// A case file could not be assembled (an exhibit unreadable, an archive not built).
public struct CaseFileError: Error, CustomStringConvertible, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { "dossier : \(message)" }
}
