import Foundation
import Testing
import RelanceLayout
import RelancePDF

/// Not a timed test: a harness run by hand to measure pages per second, skipped otherwise.
///     RELANCE_LAYOUT_BENCH=1 swift test -c release --scratch-path .build-release -Xswiftc -enable-testing --filter LayoutThroughputHarness
@Suite("Layout throughput (by hand)")
struct LayoutThroughputHarness {
    static let enabled = ProcessInfo.processInfo.environment["RELANCE_LAYOUT_BENCH"] == "1"

    static func twentyRows(_ page: Int) -> LayoutValue {
        var data = ThroughputData.base
        data["debtors"] = .list((1...20).map { row in
            ["name": .text("Débiteur \(page)-\(row) & fils"), "url": .text("debtors/d-\(page)-\(row).html"),
             "outstanding": .text("\(row)\u{202F}234,56\u{00A0}€"), "late_days": .text("\(row)\u{00A0}jours"),
             "disputed": .flag(row % 4 == 0), "row_class": row % 3 == 0 ? "late" : .absent]
        })
        return .object(data)
    }

    /// The layout tests' fixtures, whose dashboard is shaped like the real one.
    static let layouts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("RelanceLayoutTests/Fixtures/layouts")

    @Test(.enabled(if: enabled)) func pagesPerSecond() throws {
        let layout = try LayoutLibrary(root: Self.layouts).layout("dashboard.html")
        let pages = (0..<50).map(Self.twentyRows)
        var bytes = 0
        for page in pages { bytes += try layout.render(page).count }  // warm-up
        let count = 20_000
        let clock = ContinuousClock()
        let single = try clock.measure {
            for index in 0..<count { bytes &+= try layout.render(pages[index % pages.count]).count }
        }
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let parallel = clock.measure {
            DispatchQueue.concurrentPerform(iterations: threads) { worker in
                for index in 0..<(count / threads) { _ = try? layout.render(pages[(index + worker) % pages.count]) }
            }
        }
        let perSecond = { (duration: Duration) in Double(count) / (Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18) }
        print("layout throughput: \(Int(perSecond(single))) pages/s on one thread, \(Int(perSecond(parallel))) pages/s on \(threads) threads; \(bytes / (count + pages.count)) bytes/page")
    }
}

private enum ThroughputData {
    static let base: LayoutFields = [
        "title": "Relance — Encours", "as_of": "29 novembre 2026", "as_of_iso": "2026-11-29",
        "creditor": ["name": "ACME"], "warning_count": "1", "warnings": ["Facture sans échéance"],
    ]
}
