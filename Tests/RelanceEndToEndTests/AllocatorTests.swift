import Foundation
import Testing

/// The relance executable allocates through mimalloc (Sources/relance/Allocator.swift).
@Suite struct AllocatorTests {
    @Test func theExecutableAllocatesThroughMimalloc() throws {
        let run = try RelanceBinary.run(["--help"], environment: ["MIMALLOC_VERBOSE": "1", "MIMALLOC_SHOW_STATS": "1"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("mimalloc: process init"), "mimalloc is not loaded: \(run.stderr.prefix(500))")
        // Its statistics at exit count the memory its pages gave out: none if libc's malloc served the process.
        let touched = try #require(run.stderr.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("touched:") },
                                   "no statistics: \(run.stderr.prefix(500))")
        let peak = touched.split(separator: ":", maxSplits: 1)[1].split(separator: " ").first.map(String.init) ?? "0"
        #expect(peak != "0", "\(touched)")
    }
}
