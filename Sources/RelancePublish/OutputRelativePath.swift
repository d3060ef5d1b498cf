/// Checks a path that a page asks to be written at, so that nothing can land outside the output
/// folder (no absolute path, no `..`) nor overwrite the publisher's own marker.
enum OutputRelativePath {
    static func validate(_ path: String) throws -> [Substring] {
        func refuse(_ reason: String) -> OutputSafetyError {
            OutputSafetyError(.unsafeRelativePath, path: path, reason: reason)
        }
        if path.isEmpty { throw refuse("the path is empty") }
        if path.hasPrefix("/") { throw refuse("it is absolute; paths inside the output are relative") }
        if path.utf8.contains(0) { throw refuse("it contains a NUL byte") }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        for component in components {
            switch component {
            case "..": throw refuse("it contains \"..\", which could leave the output folder")
            case ".": throw refuse("it contains \".\"; give each path in one spelling")
            case "": throw refuse("it contains an empty component (\"//\" or a trailing \"/\")")
            default: continue
            }
        }
        if PublishNames.reserved.contains(String(components[0])) {
            throw refuse("\(components[0]) is reserved for the publisher")
        }
        return components
    }
}
