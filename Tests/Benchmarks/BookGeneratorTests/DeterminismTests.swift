import Foundation
import Testing
@testable import BookGenerator

@Suite struct DeterminismTests {
    static let files = ["debtors.csv", "ledger.csv", "interactions.csv", "relance.toml"]

    @Test func theSameSeedWritesTheSameBytes() throws {
        let first = TemporaryFolder(), second = TemporaryFolder()
        defer { first.clean(); second.clean() }
        let a = try BookGenerator(shape: smallShape).write(to: first.path)
        let b = try BookGenerator(shape: smallShape).write(to: second.path)
        #expect(a == b)
        for name in Self.files {
            #expect(try first.bytes(name) == second.bytes(name), "\(name) differs between two runs")
        }
    }

    @Test func anotherSeedWritesAnotherBook() throws {
        let first = TemporaryFolder(), second = TemporaryFolder()
        defer { first.clean(); second.clean() }
        var other = smallShape
        other.seed = 8
        try BookGenerator(shape: smallShape).write(to: first.path)
        try BookGenerator(shape: other).write(to: second.path)
        #expect(try first.bytes("ledger.csv") != second.bytes("ledger.csv"))
        #expect(try first.bytes("interactions.csv") != second.bytes("interactions.csv"))
    }

    @Test func aRunOverwritesItsOwnBookButNothingElse() throws {
        let folder = TemporaryFolder()
        defer { folder.clean() }
        try BookGenerator(shape: smallShape).write(to: folder.path)
        let before = try folder.bytes("ledger.csv")
        try BookGenerator(shape: smallShape).write(to: folder.path)
        #expect(try folder.bytes("ledger.csv") == before)

        let stranger = TemporaryFolder()
        defer { stranger.clean() }
        try FileManager.default.createDirectory(at: stranger.url, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: stranger.url.appendingPathComponent("notes.txt"))
        #expect(throws: GeneratorError.self) { try BookGenerator(shape: smallShape).write(to: stranger.path) }
    }
}
