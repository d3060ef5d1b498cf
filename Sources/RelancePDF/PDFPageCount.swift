/// Counts the pages of a PDF without a PDF library, from its objects' dictionaries: the page
/// tree's nodes are `<< /Type /Pages /Count n … >>` (the root's `n` is the total) and its leaves
/// `<< /Type /Page … >>`. The answer is the largest `/Count` of a `/Pages` node, else the number
/// of `/Page` leaves.
///
/// It reads the tokens of the file the way a PDF reader's lexer does — names, numbers, strings,
/// dictionaries, arrays, comments, and streams skipped whole — so that a "/Type /Page" inside a
/// string or a compressed stream is not mistaken for a page.
///
/// Enough for what Chromium (Skia) and qpdf write: every object in the clear. Page trees stored
/// inside compressed object streams (`/Type /ObjStm`, PDF 1.5) are out of reach without zlib:
/// the answer is then nil, never a guess.
public enum PDFPageCount {
    public static func count(_ pdf: [UInt8]) -> Int? {
        var counter = Counter(bytes: pdf)
        return counter.run()
    }

    /// The state of one open dictionary: the key waiting for its value, and what was seen.
    private struct OpenDictionary {
        var pendingKey: [UInt8]?
        /// The key of the last value read: a `R` after `/Count 5 0` makes the count indirect.
        var lastKey: [UInt8]?
        var type: [UInt8]?
        var count: Int?
        var length: Int?
    }

    private enum Container {
        case dictionary(OpenDictionary)
        case array
    }

    private struct Counter {
        let bytes: [UInt8]
        var position = 0
        var open: [Container] = []
        var largestTreeCount: Int?
        var leaves = 0
        /// `/Length` of the dictionary that just closed, to skip the stream that may follow.
        var lastLength: Int?

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func run() -> Int? {
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case _ where Self.isWhitespace(byte):
                    position += 1
                case UInt8(ascii: "%"):
                    skipComment()
                case UInt8(ascii: "/"):
                    position += 1
                    name(readRegular())
                case UInt8(ascii: "("):
                    skipLiteralString()
                    value(nil)
                case UInt8(ascii: "<"):
                    if next(is: "<") {
                        position += 2
                        value(nil)
                        open.append(.dictionary(OpenDictionary()))
                    } else {
                        skipHexString()
                        value(nil)
                    }
                case UInt8(ascii: ">"):
                    if next(is: ">") {
                        position += 2
                        closeDictionary()
                    } else {
                        position += 1  // a stray ">"
                    }
                case UInt8(ascii: "["):
                    position += 1
                    value(nil)
                    open.append(.array)
                case UInt8(ascii: "]"):
                    position += 1
                    if case .array = open.last { open.removeLast() }
                case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ")"):
                    position += 1
                default:
                    keyword(readRegular())
                }
            }
            if let largestTreeCount { return largestTreeCount }
            return leaves > 0 ? leaves : nil
        }

        // MARK: Meaning

        private mutating func name(_ name: [UInt8]) {
            guard case .dictionary(var dictionary) = open.last else { return }
            if let key = dictionary.pendingKey {
                if key == Self.typeKey { dictionary.type = name }
                dictionary.pendingKey = nil
                dictionary.lastKey = key
            } else {
                dictionary.pendingKey = name
                dictionary.lastKey = nil
            }
            open[open.count - 1] = .dictionary(dictionary)
        }

        /// A value that is not a name; `number` when it is an integer.
        private mutating func value(_ number: Int?) {
            guard case .dictionary(var dictionary) = open.last else { return }
            guard let key = dictionary.pendingKey else { return }  // the "0 R" of a reference
            if key == Self.countKey { dictionary.count = number }
            if key == Self.lengthKey { dictionary.length = number }
            dictionary.pendingKey = nil
            dictionary.lastKey = key
            open[open.count - 1] = .dictionary(dictionary)
        }

        private mutating func keyword(_ word: [UInt8]) {
            if word.isEmpty {
                position += 1  // a stray delimiter byte
                return
            }
            if word == Self.streamKeyword {
                skipStream()
                return
            }
            if word == Self.endobjKeyword {
                open.removeAll()  // a malformed object cannot spill into the next
                return
            }
            if word == Self.referenceKeyword, case .dictionary(var dictionary) = open.last {
                // `/Count 5 0 R`: the count is elsewhere; `/Length 7 0 R`: so is the length.
                if dictionary.lastKey == Self.countKey { dictionary.count = nil }
                if dictionary.lastKey == Self.lengthKey { dictionary.length = nil }
                open[open.count - 1] = .dictionary(dictionary)
                return
            }
            value(Self.integer(word))
        }

        private mutating func closeDictionary() {
            guard case .dictionary(let dictionary) = open.last else { return }
            open.removeLast()
            lastLength = dictionary.length
            if dictionary.type == Self.pagesType, let count = dictionary.count {
                largestTreeCount = max(largestTreeCount ?? 0, count)
            } else if dictionary.type == Self.pageType {
                leaves += 1
            }
        }

        // MARK: Lexing

        private func next(is character: Unicode.Scalar) -> Bool {
            position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: character)
        }

        /// A run of regular characters: a name's letters, a number, a keyword.
        private mutating func readRegular() -> [UInt8] {
            let start = position
            while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) {
                position += 1
            }
            return Array(bytes[start..<position])
        }

        private mutating func skipComment() {
            while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
        }

        /// `( … )` with balanced parentheses and backslash escapes.
        private mutating func skipLiteralString() {
            var depth = 0
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\\"): position += 1
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"):
                    depth -= 1
                    if depth == 0 {
                        position += 1
                        return
                    }
                default: break
                }
                position += 1
            }
        }

        private mutating func skipHexString() {
            while position < bytes.count, bytes[position] != UInt8(ascii: ">") { position += 1 }
            position += 1
        }

        /// After `stream` and its end of line: jumps `/Length` bytes when that lands on
        /// `endstream`, else searches for `endstream` (an indirect or wrong length).
        private mutating func skipStream() {
            if position < bytes.count, bytes[position] == 0x0D { position += 1 }
            if position < bytes.count, bytes[position] == 0x0A { position += 1 }
            if let length = lastLength, length >= 0, position + length <= bytes.count {
                var end = position + length
                while end < bytes.count, Self.isWhitespace(bytes[end]) { end += 1 }
                if starts(with: Self.endstreamKeyword, at: end) {
                    position = end + Self.endstreamKeyword.count
                    return
                }
            }
            while position < bytes.count, !starts(with: Self.endstreamKeyword, at: position) { position += 1 }
            position = min(bytes.count, position + Self.endstreamKeyword.count)
        }

        private func starts(with word: [UInt8], at index: Int) -> Bool {
            index + word.count <= bytes.count && bytes[index..<index + word.count].elementsEqual(word)
        }

        private static func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
        }

        private static func isDelimiter(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "/"), UInt8(ascii: "%"):
                return true
            default:
                return false
            }
        }

        /// A non-negative integer token; nil for reals, signed numbers and keywords.
        private static func integer(_ word: [UInt8]) -> Int? {
            guard !word.isEmpty, word.count <= 18, word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return word.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }

        private static let typeKey = Array("Type".utf8)
        private static let countKey = Array("Count".utf8)
        private static let lengthKey = Array("Length".utf8)
        private static let pagesType = Array("Pages".utf8)
        private static let pageType = Array("Page".utf8)
        private static let streamKeyword = Array("stream".utf8)
        private static let endstreamKeyword = Array("endstream".utf8)
        private static let endobjKeyword = Array("endobj".utf8)
        private static let referenceKeyword = Array("R".utf8)
    }
}
