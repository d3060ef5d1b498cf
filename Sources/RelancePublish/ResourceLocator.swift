import Foundation

/// Finds the default `layouts/` and `assets/`. SwiftPM resources must live inside a target, and
/// these folders are the product's top level, so they are found at run time, in this order:
///  1. an explicit path (`--resources`), and 2. `RELANCE_HOME` — both authoritative: a wrong value
///     is an error, not silently skipped, since the user asked for that folder;
///  3. walking up from the running executable's folder (`.build/debug/relance` finds the package
///     root, whatever the working directory);
///  4. the package root this file was compiled in (`#filePath`), for binaries built elsewhere.
public enum ResourceLocator {
    public static let environmentVariable = "RELANCE_HOME"

    public static func locate(explicit: URL?, environment: [String: String], executable: URL) throws -> Resources {
        try locate(explicit: explicit, environment: environment, executable: executable, packageRoot: compiledPackageRoot)
    }

    /// The running binary, to pass as `executable`.
    public static var currentExecutable: URL {
        Bundle.main.executableURL ?? URL(fileURLWithPath: "/proc/self/exe")
    }

    /// `<root>/Sources/RelancePublish/ResourceLocator.swift` → `<root>`.
    static var compiledPackageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func locate(explicit: URL?, environment: [String: String], executable: URL, packageRoot: URL?) throws -> Resources {
        var attempts: [ResourceLocatorError.Attempt] = []

        func authoritative(_ path: String, source: String) throws -> Resources {
            let root = CanonicalPath.of(path)
            if let problem = problem(with: root) {
                attempts.append(.init(source: source, path: root, problem: problem))
                throw ResourceLocatorError(attempts: attempts)
            }
            return resources(at: root)
        }

        if let explicit {
            return try authoritative(explicit.path(percentEncoded: false), source: "--resources")
        }
        if let home = environment[environmentVariable], !home.isEmpty {
            return try authoritative(home, source: environmentVariable)
        }

        // Symlinks resolved first, so an installed link to a built binary still finds its package.
        let start = CanonicalPath.split(CanonicalPath.of(executable)).parent
        var folder = start
        while true {
            if problem(with: folder) == nil { return resources(at: folder) }
            let parent = CanonicalPath.split(folder).parent
            if parent == folder { break }
            folder = parent
        }
        attempts.append(.init(source: "walking up from the executable", path: start,
                              problem: "no folder on the way up holds both layouts/ and assets/"))

        if let packageRoot {
            let root = CanonicalPath.of(packageRoot)
            guard let problem = problem(with: root) else { return resources(at: root) }
            attempts.append(.init(source: "package root at build time", path: root, problem: problem))
        }
        throw ResourceLocatorError(attempts: attempts)
    }

    /// Nil when `root` holds both folders; otherwise what is missing, in words.
    private static func problem(with root: String) -> String? {
        let missing = ["layouts", "assets"].filter { !isFolder(root + "/" + $0) }
        if !isFolder(root) { return "no such folder" }
        if missing.isEmpty { return nil }
        return "no " + missing.map { $0 + "/" }.joined(separator: " and no ") + " inside"
    }

    /// Follows symlinks: a `layouts` link to a shared folder is fine.
    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func resources(at root: String) -> Resources {
        Resources(root: URL(fileURLWithPath: root, isDirectory: true))
    }
}
