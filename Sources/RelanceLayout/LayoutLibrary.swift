import Foundation
import Synchronization

/// The layouts of one folder, each parsed once and kept: worker threads ask for layouts and
/// render them in parallel.
public final class LayoutLibrary: Sendable {
    private struct State {
        let loader: LayoutLoader
        var layouts: [String: Layout] = [:]
    }

    private let state: Mutex<State>

    public let root: URL

    /// `root` is a layouts folder; the files in it are read on first use.
    public init(root: URL) throws {
        LibXMLSetup.ensureInitialised()
        let files = LayoutFiles(root: root)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: files.root.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw LayoutError(file: files.root.path, line: 0, message: "no layouts folder here")
        }
        self.root = files.root
        state = Mutex(State(loader: LayoutLoader(files: files)))
    }

    /// The layout at `relativePath` under the root (`dashboard.html`, `letters/reminder.html`),
    /// parsed, checked and with its includes spliced in on first use. Loading errors are not
    /// cached: a fixed file is read again.
    public func layout(_ relativePath: String) throws -> Layout {
        try state.withLock { state in
            if let cached = state.layouts[relativePath] { return cached }
            let loader = state.loader
            let file = loader.files.displayName(relativePath)
            let document = try loader.loadLayout(relativePath)
            let sites = try DirectiveCompiler.compile(document, file: file, displayRoot: loader.files.displayRoot)
            // A layout the compiler does not handle keeps the DOM path; both give the same bytes.
            let compiled = try? LayoutCompiler.compile(document, sites: sites)
            let layout = Layout(file: file, template: document, sites: sites, compiled: compiled)
            state.layouts[relativePath] = layout
            return layout
        }
    }
}
