import Foundation
import Testing
@testable import RelanceSite

/// A build killed while printing leaves Chromium's scratch folder behind; the next one removes it.
@Suite struct ChromiumScratchTests {
    @Test func foldersOfDeadProcessesAreRemovedAndOthersKept() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "scratch-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()   // reaped: its pid names no process now
        let prefix = ChromiumBrowser.scratchPrefix
        let dead = "\(prefix)\(finished.processIdentifier)-a1b2c3"
        let alive = "\(prefix)\(getpid())-d4e5f6"
        let unnamed = "\(prefix)g7h8i9"
        for name in [dead, alive, unnamed] {
            try FileManager.default.createDirectory(at: root.appending(path: "\(name)/profile"), withIntermediateDirectories: true)
        }
        ChromiumBrowser.removeScratchFoldersOfDeadProcesses(in: root)
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path(percentEncoded: false)).sorted()
        #expect(left == [alive, unnamed].sorted())
    }
}
