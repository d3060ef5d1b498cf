import Foundation
import RelanceCore
import RelanceTestSupport
import Testing
@testable import RelanceSite

/// The case files' ZIP, read back by Info-ZIP's unzip: each entry's bytes, deflated when that
/// saves room and stored when it does not, and the same bytes for the same entries.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip"), "unzip is not installed: ZIP not read back"))
struct ZIPWriterTests {
    @Test func unzipReadsBackEveryEntry() throws {
        let text = Array(String(repeating: "<p>Facture n° F1 échue le 2 décembre 2025.</p>\n", count: 200).utf8)
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        func archive() throws -> [UInt8] {
            var zip = ZIPWriter(day: Day(iso: "2026-06-15")!)
            try zip.add(path: "d1/décompte.html", contents: text)
            try zip.add(path: "d1/pieces/scan.pdf", contents: noise)
            try zip.add(path: "d1/vide.txt", contents: [])
            return zip.finish()
        }
        let bytes = try archive()
        #expect(try archive() == bytes)
        let folder = FileManager.default.temporaryDirectory.appending(path: "relance-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "d1.zip")
        try Data(bytes).write(to: file)

        #expect(try Self.unzip(["-tq", file.path]).status == 0)
        let listing = try Self.unzip(["-v", file.path]).output
        #expect(listing.contains("Defl:") && listing.contains("Stored"), "text deflated, noise stored: \(listing)")
        #expect(listing.contains("2026-06-15 00:00") || listing.contains("06-15-2026 00:00"), "\(listing)")
        for (path, expected) in [("d1/décompte.html", text), ("d1/pieces/scan.pdf", noise), ("d1/vide.txt", [])] {
            let read = try Self.unzip(["-p", file.path, path])
            #expect(read.status == 0 && read.bytes == expected, "\(path)")
        }
    }

    /// Days the format cannot hold are dated its nearest end instead of trapping.
    @Test func aDayOutsideTheFormatIsClamped() throws {
        for iso in ["1975-03-01", "2150-01-01"] {
            var zip = ZIPWriter(day: Day(iso: Substring(iso))!)
            try zip.add(path: "a.txt", contents: Array("a".utf8))
            #expect(!zip.finish().isEmpty)
        }
    }

    static func unzip(_ arguments: [String]) throws -> (status: Int32, output: String, bytes: [UInt8]) {
        let run = try ToolOutput.run(URL(fileURLWithPath: "/usr/bin/unzip"), arguments)
        return (run.status, String(decoding: run.bytes, as: UTF8.self), run.bytes)
    }
}
