import Foundation
import RelanceSite
import Testing

/// The letters' index of a build with more letters than a page shows: the first page in the index,
/// the complete list paged next to it, every letter of `letters.json` exactly once and in its order,
/// every link resolving. (At 91,656 letters the one-table index was a 33.6 MB page.)
@Suite struct LettersListTests {
    @Test func theIndexShowsTheFirstPageAndLinksTheCompleteList() throws {
        let build = try ScaleBuild.get()
        let letters = try manifestReferences(build)
        #expect(letters.count > 3 * 250, "the book must need several pages of letters")
        let index = try build.text("letters/index.html")
        let table = try #require(between(index, "<tbody>", "</tbody>"))
        #expect(occurrences(of: "<tr>", in: table) == 250)
        #expect(index.contains("Les 250 premiers des \(FrenchFormat.integer(letters.count)) courriers"))
        let pages = (letters.count + 249) / 250
        #expect(index.contains("href=\"tous-les-courriers-001.html\">tous les courriers (\(pages) pages)</a>"))
        #expect(index.utf8.count < 400_000, "\(index.utf8.count) bytes")
    }

    @Test func everyLetterIsOnExactlyOnePageInTheManifestsOrder() throws {
        let build = try ScaleBuild.get()
        let letters = try manifestReferences(build)
        let pages = try listPages(build)
        #expect(pages.count == (letters.count + 249) / 250)
        var seen: [String] = []
        for (number, name) in pages.enumerated() {
            let html = try build.text("letters/\(name)")
            let rows = try #require(between(html, "<tbody>", "</tbody>"))
            let references = rows.components(separatedBy: "<tr>").dropFirst().compactMap(referenceCell)
            #expect(references.count == (number == pages.count - 1 ? letters.count - 250 * number : 250), "\(name)")
            seen += references
            #expect(html.contains("page \(number + 1) sur \(pages.count)"), "\(name): its title says which page")
            #expect(html.contains("courriers \(FrenchFormat.integer(250 * number + 1)) à"), "\(name): its pager says where the reader is")
        }
        #expect(seen == letters)
    }

    @Test func everyLinkOfTheLettersPagesResolves() throws {
        let build = try ScaleBuild.get()
        let pages = ["letters/index.html"] + (try listPages(build)).map { "letters/\($0)" }
        #expect(try build.checkLinks(of: pages) > 1_000)
    }

    @Test func aSmallBookKeepsEveryLetterInTheIndex() throws {
        let sample = try SampleBuild.get()
        let index = try sample.text("letters/index.html")
        #expect(!index.contains("tous-les-courriers"))
        #expect(!index.contains("premiers des"))
        let names = try FileManager.default.contentsOfDirectory(atPath: sample.out.appendingPathComponent("letters").path)
        #expect(!names.contains { $0.hasPrefix("tous-les-courriers") })
    }

    // MARK: Reading

    private func manifestReferences(_ build: ScaleBuild) throws -> [String] {
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: build.out.appendingPathComponent("letters/letters.json"))) as? [String: Any]
        return (manifest?["letters"] as? [[String: Any]] ?? []).compactMap { $0["reference"] as? String }
    }

    private func listPages(_ build: ScaleBuild) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: build.out.appendingPathComponent("letters").path)
            .filter { $0.hasPrefix("tous-les-courriers-") && $0.hasSuffix(".html") }.sorted()
    }

    /// The fifth cell of a letter's row: its reference.
    private func referenceCell(_ row: String) -> String? {
        let cells = row.components(separatedBy: "<td").dropFirst()
        guard cells.count >= 5 else { return nil }
        let cell = cells[cells.startIndex + 4]
        return between(cell, ">", "</td>")
    }
}
