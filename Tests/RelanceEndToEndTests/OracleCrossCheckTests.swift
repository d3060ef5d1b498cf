import Foundation
import Testing

/// Cross-check with an independent computation: Tests/Oracle/oracle.py implements the contract from
/// the specification alone, in Python with exact fractions. The sample book's ledger is in the French
/// spreadsheet dialect (`;`, BOM, `1 234,56`, DD/MM/YYYY, French kinds).
@Suite struct OracleCrossCheckTests {
    static let python: URL? = ["/usr/bin/python3", "/usr/local/bin/python3"]
        .map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    @Test(.enabled(if: python != nil, "python3 is needed to run the oracle"),
          arguments: ["2026-06-15", "2026-03-01", "2025-12-31"])
    func sampleBookMatchesTheOracle(_ asOf: String) throws {
        let temp = try TemporaryFolder()
        let book = RelanceBinary.packageRoot.appendingPathComponent("assets/sample-book")
        let run = try RelanceBinary.run(["build", "--book", book.path, "--out", temp.file("out").path, "--as-of", asOf])
        #expect(run.status == 0, "\(run.stderr)")

        let oracle = Process()
        oracle.executableURL = Self.python
        oracle.arguments = [RelanceBinary.packageRoot.appendingPathComponent("Tests/Oracle/oracle.py").path, book.path, "--as-of", asOf]
        let pipe = Pipe()
        oracle.standardOutput = pipe
        try oracle.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        oracle.waitUntilExit()
        #expect(oracle.terminationStatus == 0)

        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        // Fields only the oracle writes (diagnostics, named with a leading underscore) are not compared.
        let expected = try #require(Self.withoutDiagnostics(object) as? [String: Any])
        let problems = mismatches(expected: expected, actual: try json(temp.file("out/summary.json")))
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        let debtors = expected["debtors"] as? [Any] ?? []
        #expect(debtors.count > 3)
    }

    static func withoutDiagnostics(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { !$0.key.hasPrefix("_") }.mapValues(withoutDiagnostics)
        }
        if let array = value as? [Any] { return array.map(withoutDiagnostics) }
        return value
    }
}
