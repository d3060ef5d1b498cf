import Foundation
import Testing
@testable import RelanceLayout

@Suite("Layout determinism and concurrent rendering")
struct LayoutConcurrencyTests {
    static func debtorPage(_ number: Int) -> LayoutValue {
        [
            "title": .text("Débiteur \(number)"),
            "as_of": "29 novembre 2026", "as_of_iso": "2026-11-29",
            "creditor": ["name": "ACME"], "warning_count": "0", "warnings": [],
            "debtors": .list((1...(number % 7 + 1)).map { row in
                ["name": .text("D\(number)-\(row) <&>"), "url": .text("debtors/\(number)-\(row).html"),
                 "outstanding": .text("\(row),00\u{00A0}€"), "late_days": "1\u{00A0}jour",
                 "disputed": .flag(row % 2 == 0), "row_class": row % 3 == 0 ? "late" : .absent]
            }),
        ]
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let layout = try LayoutLibrary(root: fixtureLayouts).layout("dashboard.html")
        #expect(try layout.render(Self.debtorPage(5)) == layout.render(Self.debtorPage(5)))
        // A fresh library (a new parse) gives the same bytes too.
        let again = try LayoutLibrary(root: fixtureLayouts).layout("dashboard.html")
        #expect(try layout.render(Self.debtorPage(5)) == again.render(Self.debtorPage(5)))
    }

    @Test func renderingLeavesTheParsedLayoutUntouched() throws {
        let layout = try LayoutLibrary(root: fixtureLayouts).layout("dashboard.html")
        let first = try layout.render(Self.debtorPage(3))
        _ = try layout.render(Self.debtorPage(6))
        #expect(try layout.render(Self.debtorPage(3)) == first)
    }

    @Test func parsedHTMLHasNoSharedDictionary() throws {
        // Concurrent copies are only safe because the HTML parser makes no name dictionary.
        let outcome = HTMLParsing.parse(Array(page("<p>x</p>").utf8), name: "p.html")
        #expect(outcome.document?.hasDictionary == false)
    }

    @Test func manyThreadsRenderTheSameAndDifferentPages() async throws {
        let library = try LayoutLibrary(root: fixtureLayouts)
        let expected = try (0..<16).map { try library.layout("dashboard.html").render(Self.debtorPage($0)) }
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for round in 0..<400 {
                group.addTask {
                    let number = round % 16
                    // Lookups race with each other too: the library's lock serialises them.
                    return (number, try library.layout("dashboard.html").render(Self.debtorPage(number)))
                }
            }
            var collected: [(Int, [UInt8])] = []
            for try await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == 400)
        #expect(results.allSatisfy { expected[$0.0] == $0.1 })
    }

    @Test func threadsLoadingDifferentLayoutsAtOnce() async throws {
        let layouts = try ScratchLayouts(Dictionary(uniqueKeysWithValues: (0..<8).map {
            ("page\($0).html", page(#"<p data-text="v">x</p>"#))
        }))
        let library = try layouts.library()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let bytes = try library.layout("page\(index % 8).html").render(["v": .text("n\(index)")])
                    #expect(String(decoding: bytes, as: UTF8.self).contains("<p>n\(index)</p>"))
                }
            }
            try await group.waitForAll()
        }
    }
}
