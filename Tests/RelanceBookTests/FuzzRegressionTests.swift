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
        ("date-time-t-letter", "relance.toml:3:29: not valid TOML: expected a time such as 07:30 after the \"T\" of a date-time, found \"o\""),
        ("date-time-t-slash", "relance.toml:2:36: not valid TOML: expected a time such as 07:30 after the \"T\" of a date-time, found \"/\""),
        ("array-value-brace", "relance.toml:25:19: not valid TOML: expected a value or \"]\" in the array, found \"}\""),
        ("date-space-digit", "relance.toml:1:18: not valid TOML: expected a time such as 07:30 after the date and the space, found \"0\" alone"),
        ("date-shape-control", "relance.toml:1:17: not valid TOML: expected a time such as 07:30 after the date and the space, found \"0\" alone"),
        ("second-byte-order-mark", "relance.toml:1:2: not valid TOML: expected a section name such as [creditor] after \"[\", found the control character U+0011"),
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
        ("[build]\nas_of = 2026-06-15 0\n", "relance.toml:2:20: not valid TOML: expected a time such as 07:30 after the date and the space, found \"0\" alone"),
        ("[policy]\naging = [2026-06-15 7, 2]\n", "relance.toml:2:21: not valid TOML: expected a time such as 07:30 after the date and the space, found \"7\" alone"),
        ("[build]\nas_of = 1bcd-xx-me 0\n", "relance.toml:2:20: not valid TOML: expected a time such as 07:30 after the date and the space, found \"0\" alone"),
        ("[build]\nas_of = 2026-06-15T:00\n", "relance.toml:2:20: not valid TOML: expected a time such as 07:30 after the \"T\" of a date-time, found \":\""),
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
        "[policy]\naging = [[30, 60], [90]]\n[creditor]\nname = \"x\"\nphone = { a = [1, 2], b = { c = 3 } }\n",
        "[build]\nas_of = 2026-06-15 07:30:00\n[creditor]\nname = \"2026-06-15 0 \"\n",
    ])
    func validNeighboursAreNotGuardErrors(text: String) {
        let errors = BookFuzzing.errors(.settings, bytes: Array(text.utf8))
        #expect(!errors.contains { $0.message.hasPrefix("not valid TOML") }, "\(errors)")
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
}
