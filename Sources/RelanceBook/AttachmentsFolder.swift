#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The book's `attachments/` folder, and the rule that keeps every proof inside it.
///
/// A path is checked as written (not absolute, no `..`), then resolved with `realpath`, which follows
/// every symbolic link: the resolved file must still be inside the resolved folder. Checking the text
/// alone would let a link inside attachments/ point anywhere on the disk.
struct AttachmentsFolder {
    enum Problem: Error, Equatable {
        case absolute
        case parentComponent
        case noFolder
        case missing
        case outside(String)
        case notAFile
    }

    static let name = "attachments"

    /// The resolved folder; nil when the book has none (it is optional).
    let resolvedPath: String?

    init(book: URL) {
        let folder = book.appendingPathComponent(Self.name, isDirectory: true).path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue {
            resolvedPath = Self.realPath(folder)
        } else {
            resolvedPath = nil
        }
    }

    /// The path relative to attachments/ with `/` separators, once it is known to name a file inside.
    func check(_ written: String) -> Result<String, Problem> {
        // A reference such as F\2026\001 may reach us with Windows separators.
        let path = written.replacingOccurrences(of: "\\", with: "/")
        let bytes = Array(path.utf8)
        let isDriveLetter = bytes.count >= 2 && bytes[1] == UInt8(ascii: ":")
            && ((65...90).contains(bytes[0]) || (97...122).contains(bytes[0]))
        if path.hasPrefix("/") || isDriveLetter { return .failure(.absolute) }
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        if components.contains("..") { return .failure(.parentComponent) }
        guard let resolvedPath else { return .failure(.noFolder) }
        let relative = components.filter { $0 != "." }.joined(separator: "/")
        guard !relative.isEmpty else { return .failure(.notAFile) }
        guard let target = Self.realPath(resolvedPath + "/" + relative) else { return .failure(.missing) }
        guard target.hasPrefix(resolvedPath.hasSuffix("/") ? resolvedPath : resolvedPath + "/") else {
            return .failure(.outside(target))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .failure(.notAFile)
        }
        return .success(relative)
    }

    /// What a problem means, for the error message.
    static func explain(_ problem: Problem, path: String) -> String {
        switch problem {
        case .absolute:
            return "expected a path relative to attachments/, found the absolute path \(quoted(path))"
        case .parentComponent:
            return "expected a path inside attachments/, found \(quoted(path)), which climbs out with \"..\""
        case .noFolder:
            return "\(quoted(path)) cannot be found: the book has no attachments/ folder"
        case .missing:
            return "\(quoted(path)) names no file in attachments/"
        case .outside(let target):
            return "\(quoted(path)) leads outside attachments/ through a link (to \(quoted(target)))"
        case .notAFile:
            return "\(quoted(path)) is a folder, expected a file in attachments/"
        }
    }

    /// `realpath(3)`: the absolute path with every link and `.` resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
