/// Finds the malformed TOML that toml++ (through TOMLKit) must not be given.
///
/// toml++ 3 checks some inputs with `TOML_ASSERT_ASSUME`, which *assumes* what the caller was to
/// have checked: an `assert` that aborts a debug build, and undefined behaviour in a release one.
/// In a few places the caller does not check, so a malformed relance.toml would crash the build
/// instead of being reported (found by fuzzing, Tests/Fuzz):
/// - a table header whose name does not start with a key character: `[#`, `[=`, `[[[a]]`, `[ ]`
///   (fixed upstream in marzer/tomlplusplus#301, not in the TOMLKit we use);
/// - `}` where an array expects a value: `[30, }`;
/// - malformed unquoted values that toml++ sorts as the start of a date-time and then reads on
///   assumptions: `2026-06-15T/`, `1919-05-01 0 `, `1bcd-xx-me 0 `, `191--05-me____ 0 ` (toml++
///   counts the characters of a value without its underscores). Rather than each shape, every
///   unquoted value must be a well-formed boolean, number, date or time (TOMLBareValue);
/// - any of these after a byte-order mark, which toml++ skips.
/// A light scan (strings, comments, brackets) finds them first, so the reader reports them located.
enum TOMLGuard {
    struct Problem: Equatable {
        let line: Int
        let column: Int
        let message: String
    }

    static func firstProblem(_ bytes: ArraySlice<UInt8>) -> Problem? {
        var scan = Scan(bytes)
        return scan.run()
    }

    private struct Scan {
        enum State { case normal, comment, basic, literal, multilineBasic, multilineLiteral }

        let bytes: ArraySlice<UInt8>
        var index: Int
        var line = 1
        var lineStart: Int
        var state = State.normal
        /// `[` and `{` open in values: a `[` there starts an array, not a header.
        var open: [UInt8] = []
        var atLineStart = true
        var expectingValue = false

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            index = bytes.startIndex
            // toml++ skips a byte-order mark (one is already skipped before: this is a second one).
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
            lineStart = index
        }

        mutating func run() -> Problem? {
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D && index + 1 < bytes.endIndex && bytes[index + 1] == 0x0A { index += 1 }
                    line += 1
                    lineStart = index + 1
                    atLineStart = true
                    if state == .comment || state == .basic || state == .literal { state = .normal }
                    if open.isEmpty { expectingValue = false }  // `key =` then nothing: toml++ reports it
                    index += 1
                    continue
                }
                switch state {
                case .comment:
                    break
                case .basic:
                    if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { state = .normal }
                case .literal:
                    if byte == UInt8(ascii: "'") { state = .normal }
                case .multilineBasic:
                    if byte == UInt8(ascii: "\\") {
                        index += 1
                    } else if starts("\"\"\"", at: index) {
                        state = .normal
                        index += closingQuotes(at: index) - 1
                    }
                case .multilineLiteral:
                    if starts("'''", at: index) {
                        state = .normal
                        index += closingQuotes(at: index) - 1
                    }
                case .normal:
                    if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { break }
                    if atLineStart && open.isEmpty && byte == UInt8(ascii: "[") {
                        if let problem = header() { return problem }
                        continue
                    }
                    atLineStart = false
                    if expectingValue && byte != UInt8(ascii: "#") {
                        expectingValue = false
                        if let problem = valueStart() { return problem }
                    }
                    normal(byte)
                }
                index += 1
            }
            return nil
        }

        /// A table header at `index`: `[` or `[[`, blanks, then a bare key character or a quote.
        /// The rest is toml++'s to judge: the scan skips to the end of the line.
        mutating func header() -> Problem? {
            var name = index + 1
            if name < bytes.endIndex && bytes[name] == UInt8(ascii: "[") { name += 1 }
            while name < bytes.endIndex && (bytes[name] == UInt8(ascii: " ") || bytes[name] == UInt8(ascii: "\t")) { name += 1 }
            guard name < bytes.endIndex, startsKey(bytes[name]) else {
                return problem(at: name, "expected a section name such as [creditor] after \"[\", found \(found(at: name))")
            }
            while index < bytes.endIndex && bytes[index] != 0x0A && bytes[index] != 0x0D { index += 1 }
            return nil
        }

        /// The first character of a value, after `=` or in an array.
        func valueStart() -> Problem? {
            let first = bytes[index]
            if open.last == UInt8(ascii: "[") && first == UInt8(ascii: "}") {
                return problem(at: index, "expected a value or \"]\" in the array, found \"}\"")
            }
            // Strings, arrays and inline tables are scanned as they come; a terminator here (`[1, ]`)
            // is toml++'s to accept or report.
            if [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "["), UInt8(ascii: "{")].contains(first)
                || endsBareValue(first) {
                return nil
            }
            var end = bareValueEnd(from: index)
            // `2026-06-15 07:30:00`: a space may separate a date from its time.
            if TOMLBareValue.isDate(bytes[index..<end]), end + 1 < bytes.endIndex,
               bytes[end] == UInt8(ascii: " "), isDigit(bytes[end + 1]) {
                end = bareValueEnd(from: end + 1)
            }
            let token = bytes[index..<end]
            if TOMLBareValue.isValid(token) { return nil }
            if TOMLBareValue.isDate(token.prefix(10)) && token.count > 10 {
                return problem(at: index, "expected a date such as 2026-06-15 or a date-time such as "
                               + "2026-06-15T07:30:00, found \(shown(token))")
            }
            return problem(at: index, "expected a number, a date, true or false, or text in quotes "
                           + "(\"…\"), found \(shown(token))")
        }

        /// Where toml++ ends an unquoted value: a blank, a comma, a closing bracket or a comment.
        func endsBareValue(_ byte: UInt8) -> Bool {
            isBlank(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
                || byte == UInt8(ascii: "#")
        }

        func bareValueEnd(from start: Int) -> Int {
            bytes[start...].firstIndex(where: endsBareValue) ?? bytes.endIndex
        }

        /// A malformed value as the user typed it, control characters named, cut after 40 characters.
        func shown(_ token: ArraySlice<UInt8>) -> String {
            let scalars = String(decoding: token, as: UTF8.self).unicodeScalars
            var text = ""
            for scalar in scalars.prefix(40) {
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    text += "<U+" + String(repeating: "0", count: 4 - hex.count) + hex + ">"
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
            return "\"" + text + (scalars.count > 40 ? "…" : "") + "\""
        }

        /// How many quotes close the multi-line string whose closing `"""` or `'''` starts at
        /// `start`: TOML lets one or two more quotes before the closing three belong to the string,
        /// so `''''` closes after its fourth quote, as toml++ reads it. Closing at the first three
        /// would leave the guard inside a string toml++ has ended, blind to what follows
        /// (`r = '''''''#''''` then `[*` on the next line, found by fuzzing).
        func closingQuotes(at start: Int) -> Int {
            var end = start
            while end < bytes.endIndex, end - start < 5, bytes[end] == bytes[start] { end += 1 }
            return end - start
        }

        /// Space, tab or line break: what ends a bare value.
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

        mutating func normal(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "#"): state = .comment
            case UInt8(ascii: "\""):
                if starts("\"\"\"", at: index) { state = .multilineBasic; index += 2 } else { state = .basic }
            case UInt8(ascii: "'"):
                if starts("'''", at: index) { state = .multilineLiteral; index += 2 } else { state = .literal }
            case UInt8(ascii: "="): expectingValue = true
            case UInt8(ascii: "["):
                open.append(byte)
                expectingValue = true
            case UInt8(ascii: "{"): open.append(byte)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): _ = open.popLast()
            case UInt8(ascii: ","): expectingValue = open.last == UInt8(ascii: "[")
            default: break
            }
        }

        func starts(_ text: StaticString, at position: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard position + count <= bytes.endIndex else { return false }
            for k in 0..<count where bytes[position + k] != text.utf8Start[k] { return false }
            return true
        }

        func problem(at position: Int, _ message: String) -> Problem {
            let column = bytes[lineStart..<position].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            return Problem(line: line, column: column, message: "not valid TOML: " + message)
        }

        func found(at position: Int) -> String {
            guard position < bytes.endIndex else { return "the end of the file" }
            if bytes[position] == 0x0A || bytes[position] == 0x0D { return "the end of the line" }
            guard let scalar = String(decoding: bytes[position...].prefix(4), as: UTF8.self).unicodeScalars.first else {
                return "\"?\""
            }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return "the control character U+" + String(repeating: "0", count: 4 - hex.count) + hex
            }
            return "\"\(scalar)\""
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        /// A–Z, a–z, 0–9, `_`, `-` (bare keys) or a quote (quoted keys).
        func startsKey(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"):
                return true
            default:
                return false
            }
        }
    }
}
