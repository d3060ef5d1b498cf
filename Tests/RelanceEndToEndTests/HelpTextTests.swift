import Foundation
import Testing

/// The command line as users read it: `relance --help` and each command's help, snapshotted so that
/// an option added, renamed or dropped shows in review (README, "Commands", documents each one).
/// After an intended change: `RELANCE_UPDATE_GOLDEN=1 swift test --filter HelpTextTests` (that run
/// fails on purpose), then read the diff.
@Suite struct HelpTextTests {
    static let snapshots = RelanceBinary.fixtures.appendingPathComponent("help")

    @Test(arguments: [["--help"], ["build", "--help"], ["check", "--help"], ["record", "--help"], ["record", "letters", "--help"],
                       ["record", "delivery", "--help"], ["record", "promise", "--help"], ["record", "plan", "--help"],
                       ["record", "dispute", "--help"], ["record", "reply", "--help"], ["record", "call", "--help"], ["import", "--help"]])
    func helpMatchesItsSnapshot(_ arguments: [String]) throws {
        let run = try RelanceBinary.run(arguments, environment: ["COLUMNS": "100"])
        #expect(run.status == 0)
        let name = (arguments.count > 1 ? arguments.dropLast().joined(separator: "-") : "relance") + ".txt"
        let file = Self.snapshots.appendingPathComponent(name)
        if GoldenPageTests.updating {
            try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
            try Data(run.stdout.utf8).write(to: file)
            Issue.record("rewrote help/\(name): read the diff, then run again without RELANCE_UPDATE_GOLDEN")
        }
        #expect(run.stdout == (try String(contentsOf: file, encoding: .utf8)), "help/\(name)")
    }

    /// Every option of `build`, `check` and `record` has its row in a README table of options.
    @Test func theReadmeDocumentsEveryOption() throws {
        let readme = try String(contentsOf: RelanceBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for command in [["build"], ["check"], ["record", "letters"], ["record", "delivery"], ["record", "promise"],
                        ["record", "plan"], ["record", "call"], ["import"]] {
            let help = try RelanceBinary.run(command + ["--help"], environment: ["COLUMNS": "100"]).stdout
            let options = help.split(separator: "\n").compactMap { line -> String? in
                let trimmed = line.drop { $0 == " " }
                guard trimmed.hasPrefix("--") else { return nil }
                return String(trimmed.prefix { $0 != " " && $0 != "," })
            }
            #expect(!options.isEmpty)
            for option in options where option != "--help" && option != "--version" {
                #expect(readme.contains("| `\(option)"), "README's table of options has no row for \(command.joined(separator: " ")) \(option)")
            }
        }
    }
}
