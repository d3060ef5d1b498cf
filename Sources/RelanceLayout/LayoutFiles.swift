import Foundation

/// Where layout files live and how they are named in errors.
struct LayoutFiles {
    let root: URL
    /// The root folder's own name, so errors read `layouts/dashboard.html:42`.
    let displayRoot: String

    init(root: URL) {
        self.root = root.standardizedFileURL
        displayRoot = self.root.lastPathComponent
    }

    func displayName(_ relativePath: String) -> String { "\(displayRoot)/\(relativePath)" }

    /// A path inside the root: relative, `/`-separated, without `.` or `..` parts, so a layout
    /// can only reach files under the layouts folder.
    static func isConfined(_ relativePath: String) -> Bool {
        guard !relativePath.isEmpty, !relativePath.hasPrefix("/"), !relativePath.contains("\\") else { return false }
        return relativePath.split(separator: "/", omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// The file's bytes, or a reason it cannot be read.
    func read(_ relativePath: String) -> Result<[UInt8], LayoutProblem> {
        guard LayoutFiles.isConfined(relativePath) else {
            return .failure(LayoutProblem("'\(relativePath)' is not a relative path inside \(displayRoot)/"))
        }
        let url = root.appendingPathComponent(relativePath)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .failure(LayoutProblem("no file '\(relativePath)' in \(displayRoot)/"))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(LayoutProblem("cannot read '\(relativePath)' in \(displayRoot)/"))
        }
        return .success([UInt8](data))
    }
}
