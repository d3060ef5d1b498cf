/// No folder holding `layouts/` and `assets/` was found; lists every place tried, in order, so the
/// user sees which option or variable to set.
public struct ResourceLocatorError: Error, CustomStringConvertible, Sendable {
    public struct Attempt: Sendable, Equatable {
        /// How the candidate was found, e.g. "--resources", "RELANCE_HOME".
        public let source: String
        public let path: String
        public let problem: String
    }

    public let attempts: [Attempt]

    public var description: String {
        var lines = ["cannot find relance's layouts/ and assets/ folders. Tried, in order:"]
        for attempt in attempts {
            lines.append("  - \(attempt.source): \(attempt.path): \(attempt.problem)")
        }
        lines.append("Pass --resources PATH or set RELANCE_HOME to the folder that holds layouts/ and assets/.")
        return lines.joined(separator: "\n")
    }
}
