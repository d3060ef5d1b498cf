import Foundation

/// One parsed layout, ready to fill. Pages are written from its compiled form (`CompiledLayout`)
/// when it has one, else by copying the parsed document and filling the copy (the DOM path, the
/// reference); either way any number of threads may render the same layout at once.
public final class Layout: @unchecked Sendable {
    // @unchecked: `template` is never modified after loading, only copied (a read); each render
    // owns its copy. The lock exists only if libxml2 attached a shared name dictionary (see
    // `OwnedDocument.hasDictionary`), which copies would write to.
    private let template: OwnedDocument
    let sites: [DirectiveSite]
    private let dictionaryLock: DictionaryLock?
    private let compiled: CompiledLayoutPool?

    /// `layouts/dashboard.html`: how errors name this layout.
    public let file: String

    /// `template` carries a directive marker on each element listed in `sites`. `compiled` is nil
    /// when `LayoutCompiler` does not handle the layout.
    init(file: String, template: OwnedDocument, sites: [DirectiveSite], compiled: CompiledLayout?) {
        self.file = file
        self.template = template
        self.sites = sites
        dictionaryLock = template.hasDictionary ? DictionaryLock() : nil
        self.compiled = compiled.map(CompiledLayoutPool.init(first:))
    }

    var isCompiled: Bool { compiled != nil }

    /// The page as UTF-8 bytes, starting with `<!DOCTYPE html>\n`; the same data gives the same bytes.
    /// `data` must be an object: its keys are the names paths start from.
    public func render(_ data: LayoutValue) throws -> [UInt8] {
        let root = try rootObject(data)
        switch RenderPath.current {
        case .compiled: return try renderCompiled(root) ?? renderThroughDOM(root)
        case .dom: return try renderThroughDOM(root)
        case .verify: return try renderVerified(root)
        }
    }

    /// The compiled page; nil when the layout has no compiled form.
    func renderCompiled(_ root: LayoutFields) throws(LayoutError) -> [UInt8]? {
        guard let compiled else { return nil }
        return try compiled.withCopy(compile: compileCopy) { layout throws(LayoutError) in try CompiledRenderer.render(layout, LayoutScope(root: root)) }
    }

    /// The same compilation from the same template, with sites of its own.
    private func compileCopy() -> CompiledLayout? {
        DictionaryLock.holding(dictionaryLock) { try? LayoutCompiler.compile(template, sites: sites.map { $0.unshared() }) }
    }

    func renderThroughDOM(_ root: LayoutFields) throws(LayoutError) -> [UInt8] {
        try DictionaryLock.holding(dictionaryLock) { () throws(LayoutError) in try fill(root) }
    }

    func rootObject(_ data: LayoutValue) throws(LayoutError) -> LayoutFields {
        guard case .object(let root) = data else {
            throw LayoutError(file: file, line: 0, message: "the data of a page must be an object, found \(data.shapeName)")
        }
        return root
    }

    /// Both paths; their bytes, or their errors, must be the same.
    private func renderVerified(_ root: LayoutFields) throws -> [UInt8] {
        let reference = Result { () throws(LayoutError) -> [UInt8] in try renderThroughDOM(root) }
        let compiledPage = Result { () throws(LayoutError) -> [UInt8]? in try renderCompiled(root) }
        switch (reference, compiledPage) {
        case (_, .success(nil)):
            return try reference.get()
        case (.success(let expected), .success(let page?)) where page == expected:
            return expected
        case (.failure(let expected), .failure(let error)) where error == expected:
            throw expected
        default:
            throw LayoutError(file: file, line: 0, message: "the compiled layout and the DOM disagree: "
                + "DOM \(Self.summary(reference)), compiled \(Self.summary(compiledPage))")
        }
    }

    private static func summary(_ result: Result<[UInt8]?, LayoutError>) -> String {
        switch result {
        case .success(let bytes?): return "\(bytes.count) bytes"
        case .success(nil): return "none"
        case .failure(let error): return "error \(error)"
        }
    }

    private static func summary(_ result: Result<[UInt8], LayoutError>) -> String {
        summary(result.map { Optional($0) })
    }

    private func fill(_ root: LayoutFields) throws(LayoutError) -> [UInt8] {
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
