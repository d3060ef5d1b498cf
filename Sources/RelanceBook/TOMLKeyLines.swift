/// Where each section header and key of a TOML text is written.
///
/// TOMLKit gives values but not their positions, and an error about a value must name its line. A
/// light line scan is enough for a configuration file: `[section]` headers and `key = …` lines (bare,
/// quoted or dotted keys), skipping the inside of multi-line strings.
struct TOMLKeyLines {
    struct Position { let line: Int; let column: Int }

    private var sections: [String: Position] = [:]
    private var keys: [String: Position] = [:]

    init(_ text: String) {
        var section = ""
        var inMultilineString = false
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = String(rawLine)
            let delimiters = Self.occurrences(of: "\"\"\"", in: line) + Self.occurrences(of: "'''", in: line)
            defer { if delimiters % 2 == 1 { inMultilineString.toggle() } }
            guard !inMultilineString else { continue }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let content = line.dropFirst(indent)
            let position = Position(line: lineNumber, column: indent + 1)
            if content.hasPrefix("[") {
                let inner = content.drop { $0 == "[" }.prefix { $0 != "]" }
                section = Self.path(inner).joined(separator: ".")
                if sections[section] == nil { sections[section] = position }
            } else if let equals = content.firstIndex(of: "="), !content.hasPrefix("#") {
                let parts = Self.path(content[..<equals])
                guard let key = parts.last else { continue }
                let owner = ([section].filter { !$0.isEmpty } + parts.dropLast()).joined(separator: ".")
                let id = owner + "\u{0}" + key
                if keys[id] == nil { keys[id] = position }
            }
        }
    }

    func section(_ name: String) -> Position? { sections[name] }

    /// The key's line, else its section's, else the top of the file.
    func key(_ key: String, in section: String) -> Position {
        keys[section + "\u{0}" + key] ?? sections[section] ?? Position(line: 1, column: 1)
    }

    private static func occurrences(of needle: String, in line: String) -> Int {
        var count = 0
        var rest = Substring(line)
        while let range = rest.firstRange(of: needle) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }

    /// `a."b c".d` → ["a", "b c", "d"].
    private static func path(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current.trimmingBlanks())
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingBlanks())
        return parts
    }
}
