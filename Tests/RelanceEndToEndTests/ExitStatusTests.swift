import Foundation
import Glibc
import RelanceCore
import Testing
@testable import RelancePipeline

/// Exit statuses that mean something (README, "Exit status"): each kind of failure has its own, and
/// none of them writes or changes the output.
@Suite struct ExitStatusTests {
    @Test func aComputationThatDoesNotBalanceIsAnInternalError() {
        #expect(ExitStatus.of(ComputationError(message: "totals do not reconcile")) == .internalError)
        #expect(ExitStatus.internalError.rawValue == 70)
    }

    /// A render, audit or publish step that fails on a valid book is a bug: 70, with its step named.
    @Test(arguments: [BuildStep.render, .audit, .publish])
    func aStepThatFailsForNoReasonOfTheBookIsAnInternalError(_ step: BuildStep) {
        struct Unexpected: Error {}
        let steps = StepRunner(console: Console(environment: [:]))
        let failure = #expect(throws: BuildFailure.self) { try steps.run(step) { throw Unexpected() } }
        #expect(failure?.status == .internalError)
        #expect(failure?.status.rawValue == 70)
        #expect(failure?.step == step)
    }

    @Test func aFailureKeepsTheStatusOfItsCause() {
        #expect(ExitStatus.of(BuildFailure(step: .publish, status: .outputBusy)) == .outputBusy)
        #expect(ExitStatus.of(UsageError(description: "--chromium")) == .usage)
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
        // The dashboard names a value the page does not have.
        let resources = try Self.resources(in: temp, editing: "layouts/dashboard.html",
                                           "data-text=\"headline.outstanding\"", "data-text=\"headline.outstandng\"")
        let broken = try RelanceBinary.run(["build", "--out", temp.file("out").path, "--no-pdf", "--resources", resources.path])
        #expect(broken.status == 78, "\(broken.stderr)")
        #expect(broken.stderr.contains("layouts/dashboard.html"))
        #expect(broken.stderr.contains("headline.outstandng"))
        #expect(try temp.read("out/summary.json") == before)
    }

    /// `check` renders every page and so finds what a build would: a value a layout names that the
    /// page does not have.
    @Test func checkFindsALayoutErrorAndWritesNothing() throws {
        let temp = try TemporaryFolder()
        let resources = try Self.resources(in: temp, editing: "layouts/dashboard.html",
                                           "data-text=\"headline.outstanding\"", "data-text=\"headline.outstandng\"")
        let run = try RelanceBinary.run(["check", "--resources", resources.path], in: temp.url)
        #expect(run.status == 78, "\(run.stderr)")
        #expect(run.stderr.contains("layouts/dashboard.html") && run.stderr.contains("headline.outstandng"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path) == ["resources"])
    }

    /// Every layout is loaded before anything renders: one the sample book never uses (the paged
    /// warnings list of a large book) is still checked.
    @Test func aLayoutNoPageOfTheBookUsesIsStillChecked() throws {
        let temp = try TemporaryFolder()
        let resources = try Self.resources(in: temp, editing: "layouts/lists/warnings.html",
                                           "<body class=\"list-page\">",
                                           "<body class=\"list-page\"><div data-include=\"lists/partials/no-such-partial.html\"></div>")
        let run = try RelanceBinary.run(["check", "--resources", resources.path], in: temp.url)
        #expect(run.status == 78, "\(run.stderr)")
        #expect(run.stderr.contains("no-such-partial.html"))
        let build = try RelanceBinary.run(["build", "--out", temp.file("out").path, "--no-pdf", "--resources", resources.path])
        #expect(build.status == 78, "\(build.stderr)")
        #expect(!temp.exists("out"))
    }

    @Test func checkRendersEveryPageInMemory() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run(["check"], in: temp.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("fichiers rendus en mémoire"))
        #expect(run.stdout.contains("rien n'a été écrit"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).isEmpty)
    }

    /// A copy of the shipped resources with one edit.
    static func resources(in temp: TemporaryFolder, editing file: String, _ old: String, _ new: String) throws -> URL {
        let resources = temp.file("resources")
        for folder in ["layouts", "assets"] {
            try FileManager.default.copyItem(at: RelanceBinary.packageRoot.appendingPathComponent(folder),
                                             to: resources.appendingPathComponent(folder))
        }
        let edited = resources.appendingPathComponent(file)
        let text = try String(contentsOf: edited, encoding: .utf8)
        #expect(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: edited)
        return resources
    }

    @Test func aBrowserThatIsNotThereIsRefusedBeforeTheBookIsRead() throws {
        let temp = try TemporaryFolder()
        let run = try RelanceBinary.run(["build", "--book", temp.file("no-such-book").path, "--out", temp.file("out").path,
                                         "--chromium", "/nonexistent/chromium"])
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("/nonexistent/chromium"))
    }
}
