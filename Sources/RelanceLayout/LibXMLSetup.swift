import CLibXML2

/// libxml2 wants `xmlInitParser()` once, before threads share it. A Swift global is initialised
/// exactly once and thread-safely on first use, which is the guarantee we need.
private let libxmlInitialisation: Void = { xmlInitParser() }()

enum LibXMLSetup {
    static func ensureInitialised() { _ = libxmlInitialisation }
}

/// Passes a Swift string to libxml2 as `const xmlChar *` (UTF-8, NUL-terminated).
/// A NUL inside the string would silently cut the value short in C, so it becomes U+FFFD instead:
/// nothing is lost without a trace.
package func withXMLChars<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) throws -> R) rethrows -> R {
    let safe = nulSafe(text)
    return try safe.withCString { chars in
        try chars.withMemoryRebound(to: xmlChar.self, capacity: safe.utf8.count + 1, body)
    }
}

/// `text` with every NUL replaced by U+FFFD, as libxml2 will see it (see `withXMLChars`).
///
/// Scalar by scalar, not through `replacingOccurrences`, which compares characters: a NUL followed
/// by a combining mark is one character that is not "\u{0}", so that NUL stayed and cut the C
/// string — the page lost the rest of the value on the DOM path (found by the layout fuzzer).
func nulSafe(_ text: String) -> String {
    guard text.utf8.contains(0) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { scalars.append(scalar == "\u{0}" ? "\u{FFFD}" : scalar) }
    return String(scalars)
}

/// Reads a libxml2 string that we do not own.
package func string(fromXMLChars chars: UnsafePointer<xmlChar>?) -> String {
    guard let chars else { return "" }
    return String(cString: chars)
}
