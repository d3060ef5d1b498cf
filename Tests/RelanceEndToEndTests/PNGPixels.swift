import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The pixels of a PNG screenshot, decoded just enough to tell a blank page from a drawn one:
/// 8-bit RGB or RGBA, not interlaced — what Chromium writes. The data is inflated by the
/// system's zlib (libxml2 depends on it), loaded at run time so that no module map is needed.
struct PNGPixels {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    let width: Int
    let height: Int
    /// Each pixel as 0xRRGGBB, row by row; alpha is ignored (screenshots are opaque).
    let colours: [UInt32]

    init(_ png: [UInt8]) throws {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard png.count > 8, Array(png[0..<8]) == signature else { throw Problem(description: "not a PNG file") }
        var offset = 8
        var header: [UInt8] = []
        var compressed: [UInt8] = []
        while offset + 8 <= png.count {
            let length = png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: png[offset + 4..<offset + 8], as: UTF8.self)
            let start = offset + 8
            guard start + length + 4 <= png.count else { throw Problem(description: "truncated \(type) chunk") }
            if type == "IHDR" { header = Array(png[start..<start + length]) }
            if type == "IDAT" { compressed += png[start..<start + length] }
            if type == "IEND" { break }
            offset = start + length + 4
        }
        guard header.count == 13 else { throw Problem(description: "no IHDR chunk") }
        func word(_ at: Int) -> Int { header[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = word(0)
        height = word(4)
        let (depth, colourType, interlace) = (header[8], header[9], header[12])
        guard depth == 8, colourType == 2 || colourType == 6, interlace == 0 else {
            throw Problem(description: "unsupported PNG: depth \(depth), colour type \(colourType), interlace \(interlace)")
        }
        let bytesPerPixel = colourType == 6 ? 4 : 3
        let stride = width * bytesPerPixel
        let raw = try Self.inflate(compressed, expected: height * (stride + 1))
        colours = try Self.unfilter(raw, width: width, height: height, bytesPerPixel: bytesPerPixel)
    }

    var distinctColours: Int { Set(colours).count }

    /// The share of pixels, in per mille, that differ from the most common colour (the background).
    var inkPerMille: Int {
        guard !colours.isEmpty else { return 0 }
        var counts: [UInt32: Int] = [:]
        for colour in colours { counts[colour, default: 0] += 1 }
        let background = counts.values.max() ?? 0
        return (colours.count - background) * 1000 / colours.count
    }

    private typealias Uncompress = @convention(c) (
        UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt
    ) -> Int32

    private static func inflate(_ data: [UInt8], expected: Int) throws -> [UInt8] {
        guard let zlib = dlopen("libz.so.1", RTLD_NOW) ?? dlopen("libz.so", RTLD_NOW),
              let symbol = dlsym(zlib, "uncompress") else {
            throw Problem(description: "zlib not found (libz.so.1)")
        }
        let uncompress = unsafeBitCast(symbol, to: Uncompress.self)
        var output = [UInt8](repeating: 0, count: expected)
        var length = UInt(expected)
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &length, input.baseAddress, UInt(input.count))
            }
        }
        guard status == 0, length == UInt(expected) else {
            throw Problem(description: "zlib status \(status), \(length) of \(expected) bytes")
        }
        return output
    }

    /// Undoes the per-row filters of the PNG specification (None, Sub, Up, Average, Paeth).
    private static func unfilter(_ raw: [UInt8], width: Int, height: Int, bytesPerPixel: Int) throws -> [UInt32] {
        let stride = width * bytesPerPixel
        var previous = [UInt8](repeating: 0, count: stride)
        var current = [UInt8](repeating: 0, count: stride)
        var colours: [UInt32] = []
        colours.reserveCapacity(width * height)
        for row in 0..<height {
            let base = row * (stride + 1)
            let filter = raw[base]
            for x in 0..<stride {
                let value = raw[base + 1 + x]
                let a = x >= bytesPerPixel ? Int(current[x - bytesPerPixel]) : 0
                let b = Int(previous[x])
                let c = x >= bytesPerPixel ? Int(previous[x - bytesPerPixel]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c
                    let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                    predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: throw Problem(description: "unknown filter \(filter) on row \(row)")
                }
                current[x] = value &+ UInt8(truncatingIfNeeded: predictor)
            }
            for x in Swift.stride(from: 0, to: stride, by: bytesPerPixel) {
                colours.append(UInt32(current[x]) << 16 | UInt32(current[x + 1]) << 8 | UInt32(current[x + 2]))
            }
            swap(&previous, &current)
        }
        return colours
    }
}
