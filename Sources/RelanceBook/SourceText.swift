import Foundation

/// How the book's CSV files are encoded: relance.toml `[input] encoding`.
enum SourceEncoding: Sendable {
    case utf8
    case windows1252
}

/// One book file as UTF-8 bytes, its byte-order mark skipped: what every CSV reader works on.
struct SourceText {
    /// Relative to the book, as errors name it.
    let fileName: String
    let bytes: [UInt8]
    /// First byte after the byte-order mark.
    let start: Int

    /// Decodes raw file bytes, or logs why they cannot be read and returns nil.
    ///
    /// A file that starts with the UTF-8 byte-order mark is UTF-8 whatever relance.toml says: the mark
    /// cannot begin a sensible windows-1252 text (it would read "ï»¿").
    /// Line breaks in the text: an upper bound on its rows, to size arrays once.
    var lineCount: Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 1
            for byte in buffer where byte == 0x0A { count += 1 }
            return count
        }
    }

    static func decode(_ raw: [UInt8], fileName: String, encoding: SourceEncoding, log: ErrorLog) -> SourceText? {
        let hasBOM = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        if encoding == .windows1252 && !hasBOM {
            return SourceText(fileName: fileName, bytes: Windows1252.toUTF8(raw), start: 0)
        }
        let start = hasBOM ? 3 : 0
        let bad = raw.withUnsafeBufferPointer { buffer -> (line: Int, column: Int, byte: UInt8)? in
            guard let offset = UTF8Check.firstInvalidByte(UnsafeBufferPointer(rebasing: buffer[start...])) else {
                return nil
            }
            let position = TextPosition.lineAndColumn(buffer, from: start, offset: start + offset)
            return (position.line, position.column, buffer[start + offset])
        }
        if let bad {
            let hex = String(bad.byte, radix: 16, uppercase: true)
            log.add(fileName, line: bad.line, column: bad.column, nil,
                    "expected UTF-8 text, found the byte 0x\(hex.count == 1 ? "0" + hex : hex) that is not UTF-8 "
                    + "(for a windows-1252 export, set encoding = \"windows-1252\" under [input] in relance.toml)")
            return nil
        }
        return SourceText(fileName: fileName, bytes: raw, start: start)
    }

    /// Reads and decodes a file; logs a missing or unreadable one (unless `optional` and absent).
    static func load(
        _ url: URL, fileName: String, encoding: SourceEncoding, log: ErrorLog, optional: Bool = false,
        stamps: SourceStamps? = nil
    ) -> SourceText? {
        guard let raw = readBytes(url, fileName: fileName, log: log, optional: optional, stamps: stamps) else { return nil }
        return decode(raw, fileName: fileName, encoding: encoding, log: log)
    }

    /// `inBook`: the file is one of the book's own, which the message of a missing one says.
    /// `stamps`: where to note the file's size and modification time as read.
    /// Like `readBytes`, for a reader that streams the file from its descriptor: `body`'s result, or
    /// nil after logging why the file cannot be read.
    static func stream<T>(_ url: URL, fileName: String, log: ErrorLog, stamps: SourceStamps? = nil,
                          _ body: (Int32) -> T) -> T? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            log.addFileError(fileName, isDirectory.boolValue ? "expected a file, found a folder" : "file not found")
            return nil
        }
        do {
            return try FileBytes.withOpenFile(path: url.path) { descriptor, stamp in
                stamps?.note(fileName, stamp)
                return body(descriptor)
            }
        } catch {
            log.addFileError(fileName, "cannot read the file: \(error.message)")
            return nil
        }
    }

    static func readBytes(
        _ url: URL, fileName: String, log: ErrorLog, optional: Bool = false, inBook: Bool = true,
        stamps: SourceStamps? = nil
    ) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            if !optional { log.addFileError(fileName, "file not found" + (inBook ? ": a book must have \(fileName)" : "")) }
            return nil
        }
        guard !isDirectory.boolValue else {
            log.addFileError(fileName, "expected a file, found a folder")
            return nil
        }
        do {
            let read = try FileBytes.readStamped(path: url.path)
            stamps?.note(fileName, read.stamp)
            return read.bytes
        } catch {
            log.addFileError(fileName, "cannot read the file: \(error.message)")
            return nil
        }
    }
}
