// libFuzzer target: relance.toml through the settings reader (TOMLKit's toml++, the key-line scan,
// every section's checks) over arbitrary bytes (Tests/Fuzz/README.md). Besides crashes it checks that
// every error is located inside the file.
import CFuzzerDriver
import Foundation
@_spi(Fuzzing) import RelanceBook

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let errors = BookFuzzing.errors(.settings, bytes: bytes)
    if let (error, lines) = BookFuzzing.misplaced(errors, in: bytes) {
        fatalError("error outside the file (\(lines) lines): \(error)")
    }
    return 0
}

// SwiftPM links this file's `main`, not libFuzzer's: start the driver by hand.
var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzOneInput))
