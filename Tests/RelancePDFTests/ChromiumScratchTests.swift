import Foundation
import Testing
@testable import RelancePDF

/// A build killed while printing leaves Chromium's profile and the printed batches behind; the
/// next one removes them.
@Suite struct ChromiumScratchTests {
    @Test func foldersOfDeadProcessesAreRemovedAndOthersKept() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "scratch-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()   // reaped: its pid names no process now
        let prefix = ScratchFolder.Kind.chromium.rawValue
        let dead = "\(prefix)\(finished.processIdentifier)-a1b2c3"
        let deadPrinting = "\(ScratchFolder.Kind.printing.rawValue)\(finished.processIdentifier)-j1k2l3"
        let alive = "\(prefix)\(getpid())-d4e5f6"
        let unnamed = "\(prefix)g7h8i9"
        for name in [dead, deadPrinting, alive, unnamed] {
            try FileManager.default.createDirectory(at: root.appending(path: "\(name)/profile"), withIntermediateDirectories: true)
        }
        ScratchFolder.removeFoldersOfDeadProcesses(in: root)
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path(percentEncoded: false)).sorted()
        #expect(left == [alive, unnamed].sorted())
    }
}
