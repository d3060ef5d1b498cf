import Foundation
import Testing

/// Interrupted builds (issue 5, item 8): a build killed with SIGKILL at any moment leaves the output
/// folder holding exactly the previous complete output or the new complete one, never a mix, and
/// whatever it leaves beside it is a staging folder the next run recognises and removes.
@Suite struct InterruptedBuildTests {
    static let dates = ["2026-06-15", "2026-06-22"]

    private final class Bench {
        let temp: TemporaryFolder
        let book: URL
        /// The builds' TMPDIR, which must be empty once a build has succeeded.
        let tmp: URL
        /// Holds the output alone, so that anything written beside it shows.
        let site: URL
        var out: URL { site.appendingPathComponent("out") }
        var staging: URL { site.appendingPathComponent("out.partial") }

        init(debtors: Int) throws {
            temp = try TemporaryFolder()
            book = temp.file("book")
            tmp = temp.file("tmp")
            site = temp.file("site")
            try LargeBook(debtors: debtors).write(to: book)
            for folder in [tmp, site] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        }

        func start(_ date: String, into folder: URL? = nil) throws -> RelanceProcess {
            try RelanceProcess(["build", "--book", book.path, "--out", (folder ?? out).path, "--as-of", date, "--no-pdf"],
                               logs: temp.url, environment: ["TMPDIR": tmp.path])
        }

        func names(_ folder: URL) -> Set<String> {
            Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        }

        func inode(_ url: URL) -> UInt64? {
            var info = stat()
            return lstat(url.path, &info) == 0 ? UInt64(info.st_ino) : nil
        }
    }

    /// The paths present in one snapshot only or with other bytes, for a message.
    static func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    @Test func aKilledBuildLeavesThePreviousOrTheNewOutputAndTheNextRunSucceeds() throws {
        let bench = try Bench(debtors: 300)

        // Both outputs built apart, as references, and how long each build takes here.
        var references: [[String: Data]] = []
        var durations: [Double] = []
        for date in Self.dates {
            let folder = bench.temp.file("reference-\(date)")
            let start = Date()
            let run = try #require(try bench.start(date, into: folder).wait(atMost: 600), "the reference build hung")
            durations.append(Date().timeIntervalSince(start))
            try #require(run.status == 0, "\(run.stderr)")
            references.append(try snapshot(folder))
        }
        try #require(references[0].count > 600, "the book is meant to give hundreds of files")
        try #require(references[0] != references[1])

        // The previous output.
        let first = try #require(try bench.start(Self.dates[0]).wait(atMost: 600))
        try #require(first.status == 0, "\(first.stderr)")
        let previous = try snapshot(bench.out)
        #expect(previous == references[0], "files that differ: \(Self.differences(previous, references[0]))")
        var current = 0
        var outcomes: [String] = []

        /// After a kill: `out` is one of the two outputs, and all that is left beside it is a staging
        /// folder that the next build may remove (empty, or carrying the marker).
        func check(after what: String) throws {
            let now = try snapshot(bench.out)
            guard let which = references.firstIndex(of: now) else {
                let mixed = references.map { reference in
                    Set(now.keys).symmetricDifference(reference.keys).count
                        + now.filter { reference[$0.key] != nil && reference[$0.key] != $0.value }.count
                }
                Issue.record("after \(what), the output is neither complete output (\(mixed) files differ)")
                return
            }
            outcomes.append("\(what): \(which == current ? "previous" : "new")")
            current = which
            #expect(bench.names(bench.site).isSubset(of: ["out", "out.partial"]), "after \(what): \(bench.names(bench.site))")
            let left = bench.names(bench.staging)
            #expect(left.isEmpty || left.contains(".relance-output"),
                    "after \(what), out.partial holds \(left.count) entries and no marker: the next build would refuse it")
        }

        // Random moments through the whole build, seeded so that every run kills at the same ones.
        var generator = SplitMix64(seed: 20_260_615)
        for _ in 0..<6 {
            let target = 1 - current
            let delay = durations[target] * 1.1 * generator.fraction()
            let process = try bench.start(Self.dates[target])
            usleep(UInt32(delay * 1_000_000))
            process.kill()
            try check(after: String(format: "a kill at %.2f s", delay))
        }

        // Once the new output is swapped in, the previous one sits under the staging name and is
        // removed: kills as soon as `out` names another folder, and once that removal has begun
        // (an entry of the previous output is gone), when a careless order leaves an unmarked folder.
        for removing in [false, true, true, true] {
            let target = 1 - current
            let before = bench.inode(bench.out)
            let entries = bench.names(bench.out).count
            let process = try bench.start(Self.dates[target])
            let deadline = Date().addingTimeInterval(durations[target] * 4 + 30)
            while bench.inode(bench.out) == before && process.process.isRunning && Date() < deadline { usleep(100) }
            while removing && process.process.isRunning && Date() < deadline
                    && bench.names(bench.staging).count >= entries { usleep(100) }
            process.kill()
            try check(after: removing ? "a kill while the previous output is removed" : "a kill just after the swap")
        }

        // The next run succeeds and leaves nothing behind.
        let target = 1 - current
        let last = try #require(try bench.start(Self.dates[target]).wait(atMost: 600), "the last build hung")
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try snapshot(bench.out) == references[target])
        #expect(bench.names(bench.site) == ["out"])
        #expect(bench.names(bench.tmp).isEmpty, "temporary files left: \(bench.names(bench.tmp))")
        // Both outcomes occurred, or the kills did not test what they claim to.
        #expect(outcomes.contains { $0.hasSuffix("previous") } && outcomes.contains { $0.hasSuffix("new") }, "\(outcomes)")
    }
}
