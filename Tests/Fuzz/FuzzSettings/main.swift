// libFuzzer target: relance.toml through the settings reader (TOMLKit's toml++, the key-line scan,
// every section's checks) over arbitrary bytes (Tests/Fuzz/README.md). Besides crashes it checks that
// every error is located inside the file.
import CFuzzerDriver
import Foundation
@_spi(Fuzzing) import RelanceBook

func lineCount(_ bytes: [UInt8]) -> Int {
    var lines = 1
    var index = 0
    while index < bytes.count {
        if bytes[index] == 0x0A {
            lines += 1
        } else if bytes[index] == 0x0D {
            lines += 1
            if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
        }
        index += 1
    }
    return lines
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let errors = BookFuzzing.errors(.settings, bytes: bytes)
    let lines = lineCount(bytes)
    for error in errors where !(1...lines).contains(error.location.line) || error.location.column < 1 {
        fatalError("error outside the file (\(lines) lines): \(error)")
    }
    return 0
}

// SwiftPM links this file's `main`, not libFuzzer's: start the driver by hand.
var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzOneInput))
