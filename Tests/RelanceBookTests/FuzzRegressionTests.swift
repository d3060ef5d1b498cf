import Foundation
import Testing
@_spi(Fuzzing) import RelanceBook

/// What the fuzz targets (Tests/Fuzz) found, replayed through the same entry point they use.
/// Each crashing input is kept as found in `Fixtures/fuzz-crashes/<target>/` (and as a seed of the
/// target's corpus); each must now give one located error instead of a crash.
@Suite struct FuzzRegressionTests {
    static let crashes = fixturesFolder.appendingPathComponent("fuzz-crashes")

    /// toml++ aborted (debug) or assumed the impossible (release) on these relance.toml files.
    @Test(arguments: [
        ("table-header-hash", "relance.toml:1:2: not valid TOML: expected a section name such as [creditor] after \"[\", found \"#\""),
        ("date-time-t-letter", "relance.toml:3:18: not valid TOML: expected a date such as 2026-06-15 or a date-time such as 2026-06-15T07:30:00, found \"1979-05-27Toutput07:32:00Z\""),
        ("date-time-t-slash", "relance.toml:2:25: not valid TOML: expected a date such as 2026-06-15 or a date-time such as 2026-06-15T07:30:00, found \"0989-05-27T/7:3\""),
        ("array-value-brace", "relance.toml:25:19: not valid TOML: expected a value or \"]\" in the array, found \"}\""),
        ("date-space-digit", "relance.toml:1:7: not valid TOML: expected a number, a date, true or false, or text in quotes (\"…\"), found \"1919-05-me\""),
        ("date-shape-control", "relance.toml:1:6: not valid TOML: expected a number, a date, true or false, or text in quotes (\"…\"), found \"1919-<U+0010>5-me\""),
        ("date-shape-underscores", "relance.toml:1:7: not valid TOML: expected a number, a date, true or false, or text in quotes (\"…\"), found \"191--05-me______________________________…\""),
        ("second-byte-order-mark", "relance.toml:1:2: not valid TOML: expected a section name such as [creditor] after \"[\", found the control character U+0011"),
        ("multiline-closing-quotes", "relance.toml:12:2: not valid TOML: expected a section name such as [creditor] after \"[\", found \"*\""),
    ])
    func settingsCrashesAreLocatedErrors(name: String, expected: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.crashes.appendingPathComponent("settings/\(name)")))
        let errors = BookFuzzing.errors(.settings, bytes: bytes)
        #expect(errors.map(\.description) == [expected])
    }

    /// The same faults, reduced, and their neighbours that toml++ also could not take.
    @Test(arguments: [
        ("[[[1]]]\n", "relance.toml:1:3: not valid TOML: expected a section name such as [creditor] after \"[\", found \"[\""),
        ("[creditor]\nname = \"X\"\n[ ]\n", "relance.toml:3:3: not valid TOML: expected a section name such as [creditor] after \"[\", found \"]\""),
        ("[=\n", "relance.toml:1:2: not valid TOML: expected a section name such as [creditor] after \"[\", found \"=\""),
        ("[", "relance.toml:1:2: not valid TOML: expected a section name such as [creditor] after \"[\", found the end of the file"),
        ("[policy]\naging = [\n  30, # a comment\n  }\n]\n", "relance.toml:4:3: not valid TOML: expected a value or \"]\" in the array, found \"}\""),
        ("[build]\nas_of = 2026-06-15 0\n", "relance.toml:2:9: not valid TOML: expected a date such as 2026-06-15 or a date-time such as 2026-06-15T07:30:00, found \"2026-06-15 0\""),
        ("[policy]\naging = [2026-06-15 7, 2]\n", "relance.toml:2:10: not valid TOML: expected a date such as 2026-06-15 or a date-time such as 2026-06-15T07:30:00, found \"2026-06-15 7\""),
        ("[build]\nas_of = 1bcd-xx-me 0\n", "relance.toml:2:9: not valid TOML: expected a number, a date, true or false, or text in quotes (\"…\"), found \"1bcd-xx-me\""),
        ("[build]\nas_of = 2026-06-15T:00\n", "relance.toml:2:9: not valid TOML: expected a date such as 2026-06-15 or a date-time such as 2026-06-15T07:30:00, found \"2026-06-15T:00\""),
        ("[build]\nas_of = 1_9_1_9-05-01 0_7:30:00\n", "relance.toml:2:9: not valid TOML: expected a number, a date, true or false, or text in quotes (\"…\"), found \"1_9_1_9-05-01\""),
        ("r='''''''#''''\n[*", "relance.toml:2:2: not valid TOML: expected a section name such as [creditor] after \"[\", found \"*\""),
        ("[creditor]\nname = Dupont SA\n", "relance.toml:2:8: not valid TOML: expected a number, a date, true or false, or text in quotes (\"…\"), found \"Dupont\""),
    ])
    func reducedSettingsCrashes(text: String, expected: String) {
        #expect(BookFuzzing.errors(.settings, bytes: Array(text.utf8)).map(\.description) == [expected])
    }

    /// Valid TOML around the same characters is left to toml++ and the reader: no guard error.
    @Test(arguments: [
        "[creditor]\nname = \"[#} 2026-06-15Tx\"\n# [# a comment\n",
        "[ creditor ]\nname = 'x'\naddress = [\n  \"a\", # [ not a header\n  \"b\",\n]\n",
        "[\"creditor\"]\nname = \"\"\"\n[#not a header\n}\n\"\"\"\n",
        "[creditor]\nname = '''\n[= still a string\n'''\n[build]\nas_of = 2026-06-15T07:30:00\n",
        "[creditor]\nname = '''it's ''quoted'''''\n[build]\nas_of = 2026-06-15\n",
        "[creditor]\nname = \"\"\"say \"\"hi\"\"\"\"\"\n[build]\nas_of = 2026-06-15\n",
        "[policy]\naging = [[30, 60], [90]]\n[creditor]\nname = \"x\"\nphone = { a = [1, 2], b = { c = 3 } }\n",
        "[build]\nas_of = 2026-06-15 07:30:00\n[creditor]\nname = \"2026-06-15 0 \"\n",
    ])
    func validNeighboursAreNotGuardErrors(text: String) {
        let errors = BookFuzzing.errors(.settings, bytes: Array(text.utf8))
        #expect(!errors.contains { $0.message.hasPrefix("not valid TOML") }, "\(errors)")
    }

    /// Well-shaped values that toml++ refuses (too long, out of range) reach it and get its own
    /// located error, not the guard's.
    @Test(arguments: [
        "[policy]\naging = [\(Array(repeating: "1", count: 150).joined(separator: "_"))]\n",
        "[build]\nas_of = 2026-06-15T07:30:00.\(String(repeating: "5", count: 200))\n",
        "[build]\nas_of = 2026-13-45 25:61:61\n",
    ])
    func wellShapedValuesAreLeftToTOMLPlusPlus(text: String) {
        let errors = BookFuzzing.errors(.settings, bytes: Array(text.utf8))
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.allSatisfy { $0.message.hasPrefix("not valid TOML") && !$0.message.contains("found \"") }, "\(errors)")
    }

    /// The CSV targets' promise, on the seeds that exercise the two-thread cut: a ledger read on two
    /// threads gives exactly what one thread gives.
    @Test func ledgerSeedsReadTheSameOnTwoThreads() throws {
        let seeds = fixturesFolder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/corpus/csv")
        var checked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() {
            let bytes = try [UInt8](Data(contentsOf: seeds.appendingPathComponent(name)))
            guard let mode = bytes.first, mode % 8 == 1 else { continue }
            #expect(BookFuzzing.parallelReadMismatch(ledger: Array(bytes.dropFirst())) == nil, "\(name)")
            checked += 1
        }
        #expect(checked >= 4)
    }

    /// FuzzExports: an entry written in two places, one of them across the cut between the halves
    /// read on two threads, was named by a different line than one pass names it.
    @Test(arguments: ["fec-entry-across-halves-tab", "fec-entry-across-halves-pipe", "fec-entry-resumed-across-halves"])
    func aFECReadsTheSameInTwoHalves(name: String) throws {
        let input = try [UInt8](Data(contentsOf: Self.crashes.appendingPathComponent("exports/\(name)")))
        let read = BookFuzzing.fec(Array(input.dropFirst()))
        #expect(read.mismatch == nil, "\(read.mismatch ?? "")")
    }
}
