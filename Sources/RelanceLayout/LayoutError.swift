/// A problem in a layout or in the data it is filled with, located in the layout file that holds
/// the offending element (a fragment's own file for included content).
public struct LayoutError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Relative to the folder above the layouts root: `layouts/dashboard.html`.
    public let file: String
    /// 1-based; 0 when the problem is not tied to a line (a missing file, data that is not an object).
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `layouts/dashboard.html:42: unknown path 'debtor.nmae'`
    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
