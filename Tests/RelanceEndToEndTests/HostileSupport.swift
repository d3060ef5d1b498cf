import Foundation
import RelanceTestSupport
import Testing

/// A process of the built binary whose output goes to files (no pipe to fill up), which can be
/// waited for with a deadline or killed at a chosen moment.
final class RelanceProcess {
    let process = Process()
    private let stdoutFile: URL
    private let stderrFile: URL

    /// `environment` is added to the test's own, without RELANCE_HOME (as `RelanceBinary.run` does).
    init(_ arguments: [String], logs folder: URL, environment: [String: String] = [:]) throws {
        let name = UUID().uuidString
        stdoutFile = folder.appendingPathComponent("\(name).stdout")
        stderrFile = folder.appendingPathComponent("\(name).stderr")
        _ = FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        process.executableURL = RelanceBinary.url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "RELANCE_HOME")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: stdoutFile)
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        try process.run()
    }

    /// Waits up to `seconds`; a process still running then is killed and reported as hung (nil).
    func wait(atMost seconds: Double) -> RelanceBinary.Run? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill()
            return nil
        }
        return result()
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Once the process has ended.
    func result() -> RelanceBinary.Run {
        process.waitUntilExit()
        let out = (try? Data(contentsOf: stdoutFile)) ?? Data()
        let err = (try? Data(contentsOf: stderrFile)) ?? Data()
        try? FileManager.default.removeItem(at: stdoutFile)
        try? FileManager.default.removeItem(at: stderrFile)
        return RelanceBinary.Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                                 stderr: String(decoding: err, as: UTF8.self))
    }
}

/// A hostile book next to a previous good output: every attempt to build the hostile book into the
/// same `--out` is checked to leave that output exactly as it was when the book is rejected.
final class HostileBench {
    static let asOf = "2026-06-15"

    let temp: TemporaryFolder
    /// The previous output, file by file, as the good build left it.
    let previous: [String: Data]
    var out: URL { temp.file("out") }
    var book: URL { temp.file("book") }

    /// Builds BookFixture.mini into `out`, then writes `book` (the same again, to be altered by the test).
    init(_ base: BookFixture = BookFixture.mini) throws {
        temp = try TemporaryFolder()
        try BookFixture.mini.write(to: temp.file("good"))
        let first = try RelanceBinary.run(["build", "--book", temp.file("good").path, "--out", temp.file("out").path,
                                           "--as-of", Self.asOf, "--no-pdf"])
        try #require(first.status == 0, "the previous good build failed: \(first.stderr)")
        previous = try snapshot(temp.file("out"))
        try base.write(to: temp.file("book"))
    }

    /// Lays the files of `Fixtures/hostile/<name>/` over the book (attachments/ included).
    func lay(fixture name: String) throws {
        let folder = RelanceBinary.fixtures.appendingPathComponent("hostile").appendingPathComponent(name)
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var copied = 0
        while let file = walker?.nextObject() as? URL {
            guard try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let relative = String(file.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            let target = book.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: file, to: target)
            copied += 1
        }
        try #require(copied > 0, "no fixture files in \(folder.path)")
    }

    /// Writes raw bytes into the book.
    func write(_ path: String, _ bytes: [UInt8]) throws {
        let target = book.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
    }

    func write(_ path: String, _ text: String) throws { try write(path, Array(text.utf8)) }

    /// Builds the book into `out`, killing it as hung after `timeout` seconds.
    func build(asOf: String = asOf, timeout: Double = 60) throws -> RelanceBinary.Run {
        let process = try RelanceProcess(["build", "--book", book.path, "--out", out.path, "--as-of", asOf, "--no-pdf"],
                                         logs: FileManager.default.temporaryDirectory)
        guard let run = process.wait(atMost: timeout) else {
            Issue.record("the build was still running after \(timeout) s: killed as hung")
            return RelanceBinary.Run(status: -1, stdout: "", stderr: "hung")
        }
        return run
    }

    /// The book was rejected: exit 1, exactly `expected.count` errors, each starting with its
    /// expected text in order (file:line:column: column: message), the previous output untouched,
    /// and no staging folder left beside it.
    func expectRejected(_ run: RelanceBinary.Run, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(run.status == 1, "exit \(run.status): \(run.stderr.prefix(2000))", sourceLocation: sourceLocation)
        let errors = Self.errorLines(run)
        #expect(errors.count == expected.count, "\(errors.joined(separator: "\n"))", sourceLocation: sourceLocation)
        for (line, prefix) in zip(errors, expected) {
            #expect(line.hasPrefix(prefix), "expected «\(prefix)…», found «\(line.prefix(300))»", sourceLocation: sourceLocation)
        }
        let count = expected.count
        #expect(run.stderr.contains("\(count) erreur\(count > 1 ? "s" : "") dans le book : rien n'a été écrit."),
                sourceLocation: sourceLocation)
        #expect(try snapshot(out) == previous, "the previous output changed", sourceLocation: sourceLocation)
        expectNoLeftovers(sourceLocation: sourceLocation)
    }

    /// The book was built: exit 0, `out` replaced, no staging left. Returns summary.json.
    @discardableResult
    func expectBuilt(_ run: RelanceBinary.Run, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        #expect(run.status == 0, "exit \(run.status): \(run.stderr.prefix(2000))", sourceLocation: sourceLocation)
        #expect(run.stdout.contains("Rapprochement"), sourceLocation: sourceLocation)
        expectNoLeftovers(sourceLocation: sourceLocation)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json")))
        return try #require(summary as? [String: Any], sourceLocation: sourceLocation)
    }

    /// Nothing beside the book and the output: no `out.partial`, no other folder.
    func expectNoLeftovers(sourceLocation: SourceLocation = #_sourceLocation) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temp.url.path)) ?? []
        #expect(Set(names) == ["good", "book", "out"], "\(names.sorted())", sourceLocation: sourceLocation)
    }

    /// The error lines of a run, without the "erreur : " prefix and the closing count.
    static func errorLines(_ run: RelanceBinary.Run) -> [String] {
        run.stderr.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("erreur : "), !line.contains(" dans le book : rien n'a été écrit.") else { return nil }
            return String(line.dropFirst("erreur : ".count))
        }
    }
}

extension [String: Any] {
    /// `summary.json`'s open invoices as reference → outstanding.
    var openInvoices: [String: String] {
        var result: [String: String] = [:]
        for debtor in self["debtors"] as? [[String: Any]] ?? [] {
            for invoice in debtor["invoices"] as? [[String: Any]] ?? [] {
                if let reference = invoice["reference"] as? String { result[reference] = invoice["outstanding"] as? String }
            }
        }
        return result
    }

    var outstandingTotal: String? { (self["totals"] as? [String: Any])?["outstanding"] as? String }
}
