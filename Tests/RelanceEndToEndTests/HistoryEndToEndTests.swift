import Foundation
import RelanceTestSupport
import Testing

/// summary.json `history` on the sample book: each of its 13 points is what a separate build at
/// that date reports, and the dashboard shows the trend.
@Suite struct HistoryEndToEndTests {
    @Test func eachWeekIsWhatABuildAtThatDateReports() throws {
        let build = try SampleBuild.get()
        let history = try #require(try build.summary()["history"] as? [[String: Any]])
        #expect(history.count == 13)
        #expect(history.last?["as_of"] as? String == "2026-06-15" && history.first?["as_of"] as? String == "2026-03-23")
        let temp = try TemporaryFolder()
        for (index, point) in history.enumerated().dropLast() {
            let date = try #require(point["as_of"] as? String)
            let out = temp.file("out-\(index)")
            let run = try RelanceBinary.run(["build", "--out", out.path, "--as-of", date, "--no-pdf"])
            try #require(run.status == 0, "\(run.stderr)")
            let then = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
            let totals = try #require(then["totals"] as? [String: Any])
            #expect(point["outstanding"] as? String == totals["outstanding"] as? String, "\(date)")
            #expect(point["overdue"] as? String == totals["overdue"] as? String, "\(date)")
            #expect((point["dso"] as? Int) == (then["dso_days"] as? Int), "\(date)")
            let own = try #require((then["history"] as? [[String: Any]])?.last)
            #expect(NSDictionary(dictionary: own).isEqual(to: point), "\(date): \(own) ≠ \(point)")
        }
    }

    @Test func theDashboardShowsTheTrend() throws {
        let page = try SampleBuild.get().visibleText("index.html")
        #expect(page.contains("Tendance sur 12 semaines"))
        #expect(page.contains("15/06/2026 59\u{202F}499,50\u{A0}€ 54\u{202F}327,50\u{A0}€ 32\u{202F}635,50\u{A0}€ 249\u{A0}jours 158,0\u{A0}j 1\u{202F}500,00\u{A0}€ 0 1 0"), "\(page)")
    }
}
