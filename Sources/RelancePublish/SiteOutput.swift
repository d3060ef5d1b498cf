import Foundation

/// Where the site's builders put what they render: the `Publisher` (files in a staging folder,
/// swapped into place) for `relance build`, `RenderedInMemory` for `relance check`, which renders
/// and audits every page without writing one.
///
/// Every method may be called from many worker threads at once.
public protocol SiteOutput: Sendable {
    func write(_ bytes: [UInt8], to relativePath: String) throws
    /// A file too large to hold whole (summary.json of a large book): `produce` hands it over
    /// piece by piece to `append`, in order.
    func write(to relativePath: String, pieces produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws
    /// A file of the book or of the resources, copied as it is.
    func copy(from source: URL, to relativePath: String) throws

    // The incremental build (`DebtorFingerprints`): what the previous output holds, and carrying
    // its files over. An output with no previous output answers nil and false.

    /// The bytes of a file of the previous output.
    func previousBytes(_ relativePath: String) -> [UInt8]?
    /// Every file under folders of the previous output, in the order given, as paths relative to
    /// the output; a file alone when a path names a file.
    func previousFiles(under relativePaths: [String]) -> [String]?
    /// The digest of files of the previous output (`FolderDigest`).
    func previousDigest(of relativePaths: [String]) -> String?
    /// The digest of every file this build has put under folders, or of the files the paths name
    /// (`FolderDigest`), listed as `previousFiles(under:)` lists them.
    func stagedDigest(under relativePaths: [String]) -> String?
    /// Takes files of the previous output over unchanged: all of them, or none (false).
    func carryOver(_ relativePaths: [String]) throws -> Bool
}

extension SiteOutput {
    public func write(_ text: String, to relativePath: String) throws {
        try write(Array(text.utf8), to: relativePath)
    }
}

extension Publisher: SiteOutput {}
