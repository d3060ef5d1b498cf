import Foundation
import RelancePublish

/// A `SiteOutput` that keeps the pieces of a file written in pieces, as they came.
final class PieceRecorder: SiteOutput, @unchecked Sendable {
    var pieces: [[UInt8]] = []
    func write(_ bytes: [UInt8], to relativePath: String) throws { pieces.append(bytes) }
    func write(to relativePath: String, pieces produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
        try produce { self.pieces.append($0) }
    }
    func copy(from source: URL, to relativePath: String) throws {}
    func previousBytes(_ relativePath: String) -> [UInt8]? { nil }
    func previousFiles(under relativePaths: [String]) -> [String]? { nil }
    func previousDigest(of relativePaths: [String]) -> String? { nil }
    func stagedDigest(under relativePaths: [String]) -> String? { nil }
    func carryOver(_ relativePaths: [String]) throws -> Bool { false }
}
