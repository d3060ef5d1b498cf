import Foundation
import Glibc
import RelanceCore
import Testing
@testable import relance

/// Exit statuses that mean something (README, "Exit status"): each kind of failure has its own, and
/// none of them writes or changes the output.
@Suite struct ExitStatusTests {
    @Test func aComputationThatDoesNotBalanceIsAnInternalError() {
        #expect(ExitStatus.of(ComputationError(message: "totals do not reconcile")) == .internalError)
        #expect(ExitStatus.internalError.rawValue == 70)
    }

    @Test func anOutputBeingWrittenByAnotherBuildIsBusy() throws {
        let temp = try TemporaryFolder()
        // Another build holds the staging folder beside --out (an flock on the folder itself).
        let staging = temp.file("out.partial")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("relance output\n".utf8).write(to: staging.appendingPathComponent(".relance-output"))
        let fd = open(staging.path, O_RDONLY | O_DIRECTORY)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        defer { close(fd) }
        let run = try RelanceBinary.run(["build", "--out", temp.file("out").path, "--no-pdf"])
        #expect(run.status == 75, "\(run.stderr)")
        #expect(run.stderr.contains("another relance build is writing this output right now"))
        #expect(!temp.exists("out"))
    }

    @Test func layoutsThatCannotBeFoundAreAConfigurationProblem() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run(["check", "--resources", temp.file("nowhere").path])
        #expect(run.status == 78, "\(run.stderr)")
        #expect(run.stderr.contains("Pass --resources PATH or set RELANCE_HOME"))
    }

    @Test func aBrokenLayoutIsAConfigurationProblemAndLeavesThePreviousOutput() throws {
        let temp = try TemporaryFolder()
        let first = try RelanceBinary.run(["build", "--out", temp.file("out").path, "--no-pdf"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try temp.read("out/summary.json")
        // A copy of the resources whose dashboard names a value the page does not have.
        let resources = temp.file("resources")
        try FileManager.default.copyItem(at: RelanceBinary.packageRoot.appendingPathComponent("layouts"),
                                         to: resources.appendingPathComponent("layouts"))
        try FileManager.default.copyItem(at: RelanceBinary.packageRoot.appendingPathComponent("assets"),
                                         to: resources.appendingPathComponent("assets"))
        let dashboard = resources.appendingPathComponent("layouts/dashboard.html")
        let text = try String(contentsOf: dashboard, encoding: .utf8)
            .replacingOccurrences(of: "data-text=\"headline.outstanding\"", with: "data-text=\"headline.outstandng\"")
        try Data(text.utf8).write(to: dashboard)
        let broken = try RelanceBinary.run(["build", "--out", temp.file("out").path, "--no-pdf", "--resources", resources.path])
        #expect(broken.status == 78, "\(broken.stderr)")
        #expect(broken.stderr.contains("layouts/dashboard.html"))
        #expect(broken.stderr.contains("headline.outstandng"))
        #expect(try temp.read("out/summary.json") == before)
    }

    @Test func aBrowserThatIsNotThereIsRefusedBeforeTheBookIsRead() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run(["build", "--book", temp.file("no-such-book").path, "--out", temp.file("out").path,
                                         "--chromium", "/nonexistent/chromium"])
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("/nonexistent/chromium"))
    }
}
