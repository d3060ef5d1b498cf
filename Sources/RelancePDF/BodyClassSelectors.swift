/// Whether a document's `<body>` classes can move to the `<div>` that holds the document in a
/// batch (`CombinedPrintDocument`), so that documents which differ only by their page class (the
/// case file's cover, décompte, chronology…) print in one batch.
///
/// They can when the style sheets would style the `<div>` and its content as they styled the
/// body and its content: every rule naming one of the classes uses it for an ancestor
/// (`.case-page main`, `.case-page > main`), never for the element itself (`.case-page {`), and no
/// rule selects `body` by class, attribute, id or state (`body.letters`). The reading is
/// deliberately crude and errs one way: anything it does not recognise keeps the class on the
/// body and the document in a batch of its own look.
enum BodyClassSelectors {
    static func classesCanMove(_ classes: [Substring], sheets: [String]) -> Bool {
        for sheet in sheets {
            let bytes = Array(sheet.utf8)
            if selectsBodyItself(bytes) { return false }
            for name in classes where !usesOnlyAsAncestor(Array(name.utf8), in: bytes) { return false }
        }
        return true
    }

    /// The element `body` followed at once by `.`, `[`, `:` or `#`.
    private static func selectsBodyItself(_ sheet: [UInt8]) -> Bool {
        let body = Array("body".utf8)
        for start in occurrences(of: body, in: sheet, caseInsensitive: true) {
            // Part of another name (`.aging-body`), not the element.
            if start > 0, isNameByte(sheet[start - 1]) || sheet[start - 1] == UInt8(ascii: ".") || sheet[start - 1] == UInt8(ascii: "#") {
                continue
            }
            let end = start + body.count
            if end < sheet.count, [UInt8(ascii: "."), UInt8(ascii: "["), UInt8(ascii: ":"), UInt8(ascii: "#")].contains(sheet[end]) {
                return true
            }
        }
        return false
    }

    /// Every `.name` in the sheet stands alone in its compound selector and is followed by a
    /// descendant or child combinator and then more selector.
    private static func usesOnlyAsAncestor(_ name: [UInt8], in sheet: [UInt8]) -> Bool {
        let token = [UInt8(ascii: ".")] + name
        for start in occurrences(of: token, in: sheet, caseInsensitive: false) {
            if start > 0, isNameByte(sheet[start - 1]) || sheet[start - 1] == UInt8(ascii: "]") || sheet[start - 1] == UInt8(ascii: ")") {
                return false
            }
            var position = start + token.count
            if position < sheet.count, isNameByte(sheet[position]) { continue }  // a longer class name
            var sawCombinator = false
            while position < sheet.count, sheet[position] == UInt8(ascii: ">") || isSpace(sheet[position]) {
                sawCombinator = true
                position += 1
            }
            guard sawCombinator, position < sheet.count,
                  ![UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "+"), UInt8(ascii: "~")].contains(sheet[position]) else {
                return false
            }
        }
        return true
    }

    private static func occurrences(of needle: [UInt8], in haystack: [UInt8], caseInsensitive: Bool) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        func folded(_ byte: UInt8) -> UInt8 {
            caseInsensitive && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
        }
        var found: [Int] = []
        for start in 0...(haystack.count - needle.count)
        where (0..<needle.count).allSatisfy({ folded(haystack[start + $0]) == folded(needle[$0]) }) {
            found.append(start)
        }
        return found
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
