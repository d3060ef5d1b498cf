import Foundation
import Testing

/// One letter of each level from the sample book, the e-mail of the first reminder and the deposit
/// list, byte for byte. After an intended change to a layout or the wording, regenerate with
/// `RELANCE_UPDATE_GOLDEN=1 swift test --filter LetterGoldenTests` (that run fails on purpose) and read
/// the diff before committing.
@Suite struct LetterGoldenTests {
    static let golden = RelanceBinary.fixtures.appendingPathComponent("golden/letters")

    @Test(arguments: [
        SampleLetters.reminder1, SampleLetters.reminder2, SampleLetters.reminder3, SampleLetters.formalNotice,
        "letters/GHA-R1-20260615.eml", "letters/bordereau-de-depot.csv",
    ])
    func sampleLetterMatchesItsGoldenFile(_ path: String) throws {
        let build = try SampleBuild.get()
        let actual = try Data(contentsOf: build.out.appendingPathComponent(path))
        let goldenFile = Self.golden.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent)
        if GoldenPageTests.updating {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try actual.write(to: goldenFile)
            Issue.record("rewrote \(goldenFile.lastPathComponent): read the diff, then run again without RELANCE_UPDATE_GOLDEN")
        }
        let expected = try Data(contentsOf: goldenFile)
        #expect(actual == expected, "\(path) differs from \(goldenFile.lastPathComponent)")
    }
}
