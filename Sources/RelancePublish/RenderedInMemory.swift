import Foundation
import Synchronization

/// The output of `relance check`: every page is rendered and its path validated as the publisher
/// would, then counted and dropped, so that a check of a large book holds no more than a build.
/// Copied files are read, so that a missing attachment fails the check as it would fail the build.
public final class RenderedInMemory: SiteOutput {
    public struct Counts: Sendable, Equatable {
        public var files = 0
        public var bytes = 0
    }

    private let counts = Mutex(Counts())

    public init() {}

    /// What was rendered so far.
    public var rendered: Counts { counts.withLock { $0 } }

    public func write(_ bytes: [UInt8], to relativePath: String) throws {
        _ = try OutputRelativePath.validate(relativePath)
        counts.withLock {
            $0.files += 1
            $0.bytes += bytes.count
        }
    }

    public func write(to relativePath: String, pieces produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
        _ = try OutputRelativePath.validate(relativePath)
        var size = 0
        try produce { size += $0.count }
        counts.withLock {
            $0.files += 1
            $0.bytes += size
        }
    }

    public func copy(from source: URL, to relativePath: String) throws {
        _ = try OutputRelativePath.validate(relativePath)
        let path = source.path(percentEncoded: false)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PublishError("copy", path: path, reason: "cannot be read")
        }
        let size = try handle.seekToEnd()
        try? handle.close()
        counts.withLock {
            $0.files += 1
            $0.bytes += Int(size)
        }
    }

    public func previousBytes(_ relativePath: String) -> [UInt8]? { nil }
    public func previousFiles(under relativePaths: [String]) -> [String]? { nil }
    public func previousDigest(of relativePaths: [String]) -> String? { nil }
    public func stagedDigest(under relativePaths: [String]) -> String? { nil }
    public func carryOver(_ relativePaths: [String]) throws -> Bool { false }
}
