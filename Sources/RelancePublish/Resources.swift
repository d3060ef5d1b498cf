import Foundation

/// Where the default layouts and assets live: a folder holding both `layouts/` and `assets/`.
public struct Resources: Sendable, Equatable {
    public let root: URL
    public var layouts: URL
    public var assets: URL

    public init(root: URL) {
        self.root = root
        layouts = root.appending(path: "layouts", directoryHint: .isDirectory)
        assets = root.appending(path: "assets", directoryHint: .isDirectory)
    }
}
