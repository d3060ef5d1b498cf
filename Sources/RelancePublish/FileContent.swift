import Glibc

/// What a staged file holds: bytes in memory, or a file to copy. Both can be compared with a
/// previous output's file without loading that file whole, and streamed into a new file.
enum FileContent {
    case bytes([UInt8])
    case file(String)

    private static let chunk = 1 << 16

    func size() throws -> Int {
        switch self {
        case .bytes(let bytes): return bytes.count
        case .file(let path):
            var info = stat()
            guard stat(path, &info) == 0 else { throw PublishError.posix("read", path: path) }
            guard info.st_mode & S_IFMT == S_IFREG else { throw PublishError("copy", path: path, reason: "it is not a regular file") }
            return Int(info.st_size)
        }
    }

    /// True when the previous file holds exactly these bytes. Callers compare sizes first, so this
    /// only runs for files that are probably unchanged.
    func matches(_ previous: String) throws -> Bool {
        let fd = try PublishFS.openForReading(previous)
        defer { close(fd) }
        var old = [UInt8](repeating: 0, count: Self.chunk)
        switch self {
        case .bytes(let bytes):
            var offset = 0
            while true {
                let n = try old.withUnsafeMutableBytes { buf in try PublishFS.readFully(fd, into: buf, path: previous) }
                if n == 0 { return offset == bytes.count }
                guard offset + n <= bytes.count, bytes[offset..<offset + n].elementsEqual(old[0..<n]) else { return false }
                offset += n
            }
        case .file(let path):
            let sourceFD = try PublishFS.openForReading(path)
            defer { close(sourceFD) }
            var new = [UInt8](repeating: 0, count: Self.chunk)
            while true {
                let a = try old.withUnsafeMutableBytes { buf in try PublishFS.readFully(fd, into: buf, path: previous) }
                let b = try new.withUnsafeMutableBytes { buf in try PublishFS.readFully(sourceFD, into: buf, path: path) }
                guard a == b, old[0..<a] == new[0..<b] else { return false }
                if a == 0 { return true }
            }
        }
    }

    func write(to fd: Int32, path: String) throws {
        switch self {
        case .bytes(let bytes):
            try bytes.withUnsafeBytes { buf in try PublishFS.writeAll(fd, buf, path: path) }
        case .file(let source):
            let sourceFD = try PublishFS.openForReading(source)
            defer { close(sourceFD) }
            var buffer = [UInt8](repeating: 0, count: Self.chunk)
            while true {
                let n = try buffer.withUnsafeMutableBytes { buf in try PublishFS.readFully(sourceFD, into: buf, path: source) }
                if n == 0 { return }
                try buffer.withUnsafeBytes { buf in
                    try PublishFS.writeAll(fd, UnsafeRawBufferPointer(rebasing: buf[0..<n]), path: path)
                }
            }
        }
    }
}
