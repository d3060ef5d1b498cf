import Foundation

/// One parsed layout, ready to fill. Rendering copies the parsed document and fills the copy, so
/// any number of threads may render the same layout at once.
public final class Layout: @unchecked Sendable {
    // @unchecked: `template` is never modified after loading, only copied (a read); each render
    // owns its copy. The lock exists only if libxml2 attached a shared name dictionary (see
    // `OwnedDocument.hasDictionary`), which copies would write to.
    private let template: OwnedDocument
    private let sites: [DirectiveSite]
    private let dictionaryLock: NSLock?

    /// `layouts/dashboard.html`: how errors name this layout.
    public let file: String

    /// `template` carries a directive marker on each element listed in `sites`.
    init(file: String, template: OwnedDocument, sites: [DirectiveSite]) {
        self.file = file
        self.template = template
        self.sites = sites
        dictionaryLock = template.hasDictionary ? NSLock() : nil
    }

    /// The page as UTF-8 bytes, starting with `<!DOCTYPE html>\n`; the same data gives the same bytes.
    /// `data` must be an object: its keys are the names paths start from.
    public func render(_ data: LayoutValue) throws -> [UInt8] {
        guard case .object(let root) = data else {
            throw LayoutError(file: file, line: 0, message: "the data of a page must be an object, found \(data.shapeName)")
        }
        if let dictionaryLock {
            return try dictionaryLock.withLock { try fill(root) }
        }
        return try fill(root)
    }

    private func fill(_ root: [String: LayoutValue]) throws(LayoutError) -> [UInt8] {
        guard let page = template.copy() else {
            throw LayoutError(file: file, line: 0, message: "out of memory copying the layout")
        }
        try LayoutFiller(document: page, sites: sites).fill(LayoutScope(root: root))
        guard let bytes = HTMLSerialization.bytes(of: page) else {
            throw LayoutError(file: file, line: 0, message: "out of memory writing the page")
        }
        return bytes
    }
}
