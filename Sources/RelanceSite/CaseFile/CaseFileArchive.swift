import Foundation
import RelanceCore
import ZIPFoundation

/// `<slug>.zip`: the whole folder in one file, built in memory. Two builds of the same book and date
/// give the same bytes: entries in path order under `<slug>/`, every entry dated the build date at
/// 00:00 (ZIPFoundation writes the DOS time from UTC), mode 0644, deflated by the same zlib.
enum CaseFileArchive {
    static func make(slug: String, documents: [CaseFileDocument], date: Day) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let stamp = entryDate(date)
        for document in documents.sorted(by: { $0.path.precedesInCodePointOrder($1.path) }) {
            let data = Data(document.bytes)
            try archive.addEntry(
                with: "\(slug)/\(document.path)", type: .file, uncompressedSize: Int64(data.count),
                modificationDate: stamp, permissions: 0o644, compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        guard let bytes = archive.data else {
            throw CaseFileError("the ZIP of \(slug) was not built in memory")
        }
        return [UInt8](bytes)
    }

    /// Midnight UTC of `day`; the ZIP format cannot date anything before 1980.
    static func entryDate(_ day: Day) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let (year, month, dayOfMonth) = day.components
        let components = DateComponents(year: max(year, 1980), month: year < 1980 ? 1 : month, day: year < 1980 ? 1 : dayOfMonth)
        return calendar.date(from: components)!
    }
}

/// A case file could not be assembled (an exhibit unreadable, an archive not built).
public struct CaseFileError: Error, CustomStringConvertible, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { "dossier : \(message)" }
}
