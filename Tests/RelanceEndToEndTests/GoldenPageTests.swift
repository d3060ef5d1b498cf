import Foundation
import RelanceTestSupport
import Testing

/// Golden files for the real layouts: the worked example's dashboard, a debtor page and summary.json,
/// byte for byte. After an intended change, regenerate them with
/// `RELANCE_UPDATE_GOLDEN=1 swift test --filter GoldenPageTests` (that run fails, so that it is never
/// taken for a passing one), then read the diff before committing.
@Suite struct GoldenPageTests {
    static let golden = RelanceBinary.fixtures.appendingPathComponent("golden")
    static let updating = ProcessInfo.processInfo.environment["RELANCE_UPDATE_GOLDEN"] == "1"

    @Test(arguments: ["index.html", "summary.json", "debtors/p01-8b094f4685f9.html", "debtors/p02-946cde93dd9e.html", "debtors/p02-946cde93dd9e/index.html",
                      "debtors/p02-946cde93dd9e/requete-injonction-de-payer.html", "debtors/p02-946cde93dd9e/bordereau.html"])
    func workedExamplePageMatchesItsGoldenFile(_ page: String) throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run([
            "build", "--book", SharedFixtures.workedBook.path,
            "--out", temp.file("out").path, "--as-of", "2026-06-15",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let actual = try Data(contentsOf: temp.file("out/\(page)"))
        let goldenFile = Self.golden.appendingPathComponent(page.replacingOccurrences(of: "/", with: "_"))
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try actual.write(to: goldenFile)
            Issue.record("rewrote \(goldenFile.lastPathComponent): read the diff, then run again without RELANCE_UPDATE_GOLDEN")
        }
        let expected = try Data(contentsOf: goldenFile)
        #expect(actual == expected, "\(page) differs from \(goldenFile.lastPathComponent)")
    }
}
