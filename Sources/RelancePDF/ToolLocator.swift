import Foundation

/// Finds an optional helper program (Chromium, qpdf), in this order:
///  1. an explicit path (a command-line option), and 2. an environment variable — both
///     authoritative: a wrong value is an error, not silently skipped, since the user asked for
///     that program;
///  3. the usual names, searched on `PATH`.
/// Finding nothing is not an error (nil): the tool is optional and the caller says what is lost.
struct ToolLocator: Sendable {
    /// The tool as users know it, e.g. "Chromium".
    let tool: String
    /// The command-line option that names it, e.g. "--chromium".
    let option: String
    let environmentVariable: String
    /// Names tried on `PATH`, best first.
    let names: [String]
    /// How to install it, e.g. "apt-get install chromium".
    let installAdvice: String

    func locate(explicit: URL?, environment: [String: String]) throws(ToolLocatorError) -> URL? {
        if let explicit {
            let path = explicit.path(percentEncoded: false)
            guard ExecutableSearch.isExecutableFile(path) else {
                throw ToolLocatorError(tool: tool, source: option, path: path, problem: problem(with: path), installAdvice: installAdvice)
            }
            return URL(fileURLWithPath: path)
        }
        if let value = environment[environmentVariable], !value.isEmpty {
            // A bare name ("google-chrome") is looked up on PATH, as a shell would.
            if !value.contains("/") {
                guard let found = ExecutableSearch.find([value], searchPath: environment["PATH"]) else {
                    throw ToolLocatorError(tool: tool, source: environmentVariable, path: value,
                                           problem: "no such program on PATH", installAdvice: installAdvice)
                }
                return URL(fileURLWithPath: found)
            }
            guard ExecutableSearch.isExecutableFile(value) else {
                throw ToolLocatorError(tool: tool, source: environmentVariable, path: value, problem: problem(with: value), installAdvice: installAdvice)
            }
            return URL(fileURLWithPath: value)
        }
        return ExecutableSearch.find(names, searchPath: environment["PATH"]).map { URL(fileURLWithPath: $0) }
    }

    /// Why `path` cannot be run, in words.
    private func problem(with path: String) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return "no such file" }
        if isFolder.boolValue { return "a folder, not a program" }
        return "not an executable file"
    }
}

/// An explicitly named helper program cannot be run.
public struct ToolLocatorError: Error, CustomStringConvertible, Sendable {
    public let tool: String
    /// Where the path came from: the option or the environment variable.
    public let source: String
    public let path: String
    public let problem: String
    public let installAdvice: String

    public var description: String {
        "\(source) \(path): \(problem). Give the path of the \(tool) program, or install it (\(installAdvice))."
    }
}
