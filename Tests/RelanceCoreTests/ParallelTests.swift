import Synchronization
import Testing
@testable import RelanceCore

/// The one way work is shared between the cores: results in order, the first error stops the rest.
@Suite struct ParallelTests {
    @Test(arguments: [0, 1, 255, 256, 10_000])
    func mapGivesTheSequentialResult(_ count: Int) {
        #expect(Parallel.map(count: count) { $0 * 3 } == (0..<count).map { $0 * 3 })
    }

    @Test func forEachVisitsEveryIndexOnce() {
        let seen = Mutex([Int](repeating: 0, count: 5_000))
        Parallel.forEach(count: 5_000) { index in seen.withLock { $0[index] += 1 } }
        #expect(seen.withLock { $0 } == [Int](repeating: 1, count: 5_000))
    }

    @Test func theFirstErrorIsThrownAndStopsTheOtherWorkers() {
        struct Failed: Error, Equatable { let index: Int }
        let visited = Atomic<Int>(0)
        let error = #expect(throws: Failed.self) {
            try Parallel.forEachUntilError(count: 100_000) { index in
                visited.add(1, ordering: .relaxed)
                if index == 0 { throw Failed(index: index) }
            }
        }
        #expect(error == Failed(index: 0))
        // Each of the 64 groups stops at its next index once one has failed; far fewer than all ran.
        #expect(visited.load(ordering: .relaxed) < 100_000)
    }

    @Test func everyIndexRunsWhenNothingFails() throws {
        let visited = Atomic<Int>(0)
        try Parallel.forEachUntilError(count: 1_000) { _ in visited.add(1, ordering: .relaxed) }
        #expect(visited.load(ordering: .relaxed) == 1_000)
    }

    @Test func bothJobsGiveTheirResults() {
        let (text, number) = Parallel.both({ String(repeating: "a", count: 3) }, { 6 * 7 })
        #expect(text == "aaa" && number == 42)
    }
}
