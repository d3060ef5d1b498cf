import Foundation
import RelanceCore

/// File-name cleaning for exhibits: accents folded, anything but `a-z`, `0-9` turned into single
/// hyphens, bounded length.
enum ASCIIName {
    static let maxLength = 60

    static func clean(_ text: String) -> String {
        let folded = AccentFolding.folded(text)
        var result = ""
        var lastWasHyphen = true
        for scalar in folded.lowercased().unicodeScalars {
            if scalar.isASCII, (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                result.unicodeScalars.append(scalar)
                lastWasHyphen = false
            } else if !lastWasHyphen {
                result.append("-")
                lastWasHyphen = true
            }
            if result.count >= maxLength { break }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "document" : result
    }

    /// `.pdf`, `.eml`, `.jpg`…: the book file's own extension when it is short and plain, else none.
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        let ext = name[name.index(after: dot)...].lowercased()
        guard !ext.isEmpty, ext.count <= 8, ext.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else { return "" }
        return "." + ext
    }
}
