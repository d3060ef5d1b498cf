import Foundation
import RelanceTestSupport
import Testing
@testable import RelanceLayout

/// Every layout the product ships (`layouts/`), the test fixtures and the fuzz corpus, rendered
/// through both paths with many sets of data shaped after their directives and filled with hostile
/// text: the bytes (or the errors) must be the same.
@Suite("Compiled real layouts give the DOM's bytes")
struct CompiledRealLayoutTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Pages (files starting with a doctype, not fragments) under a layouts folder, relative to it.
    static func pages(under root: URL) -> [String] {
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { path in
            guard path.hasSuffix(".html"), let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                return false
            }
            return String(decoding: data.prefix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                .lowercased().hasPrefix("<!doctype")
        }.sorted()
    }

    static let texts: [String] = CompiledLayoutEquivalenceTests.hostileTexts + [
        "Quincaillerie Morel", "1\u{202F}234,56\u{00A0}€", "15 juin 2026", "debtors/d-1/index.html", "x",
    ]

    @Test(arguments: pages(under: packageRoot.appendingPathComponent("layouts")))
    func shippedLayout(_ path: String) throws {
        let library = try LayoutLibrary(root: Self.packageRoot.appendingPathComponent("layouts"))
        try Self.compare(library.layout(path), rounds: 200)
    }

    @Test func testFixtures() throws {
        let library = try LayoutLibrary(root: fixtureLayouts)
        for path in Self.pages(under: fixtureLayouts) { try Self.compare(library.layout(path), rounds: 80) }
    }

    /// The layout fuzzer's seeds: `layout 0xFF partial 0xFF values` (Tests/Fuzz/README.md).
    @Test func fuzzCorpus() throws {
        let corpus = Self.packageRoot.appendingPathComponent("Tests/Fuzz/corpus/layout")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        #expect(!files.isEmpty)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(file)))
            var parts = bytes.split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
            while parts.count < 3 { parts.append([]) }
            let layouts = try ScratchLayouts([
                "page.html": String(decoding: parts[0], as: UTF8.self),
                "partials/p.html": String(decoding: parts[1], as: UTF8.self),
            ])
            // A seed the loader refuses tests nothing here: loading is shared by both paths.
            guard let layout = try? layouts.library().layout("page.html") else { continue }
            try Self.compare(layout, rounds: 40, requireCompiled: false)
        }
    }

    static func compare(_ layout: Layout, rounds: Int, requireCompiled: Bool = true) throws {
        if requireCompiled { #expect(layout.isCompiled, "\(layout.file) did not compile") }
        guard layout.isCompiled else { return }
        let shapes = CompiledValueShapes(layout.sites)
        // Seeded by the file name, so a failure reproduces.
        var generator = SeededGenerator(seed: layout.file.utf8.reduce(0xC0FFEE) { $0 &* 31 &+ UInt64($1) })
        var pages = 0
        for round in 0..<rounds {
            if try expectBothPathsAgree(layout, shapes.value(&generator, texts: texts, wrongShapes: round % 2 == 1), "round \(round)") != nil { pages += 1 }
        }
        // Most rounds must give a page, or the comparison would only be of errors.
        if requireCompiled { #expect(pages * 2 >= rounds, "\(layout.file): \(pages) pages in \(rounds) rounds") }
    }
}
