// libFuzzer target: the readers of accounting exports over arbitrary bytes (Tests/Fuzz/README.md).
//
// The first byte chooses what the rest is (its value modulo 4): 0 or 2, a FEC; 1, an e-invoice (UBL or
// CII XML); 3, a CAMT.053 bank statement.
//
// Besides crashes it checks what the readers promise: every error is located inside the file; a
// FEC read in two halves on two threads gives exactly what one pass gives; the ledger made of a FEC
// adds up to its customer lines.
import CFuzzerDriver
import Foundation
@_spi(Fuzzing) import RelanceBook
import RelanceCore

func checkLocated(_ errors: [BookError], in bytes: [UInt8]) {
    if let (error, lines) = BookFuzzing.misplaced(errors, in: bytes) {
        fatalError("error outside the file (\(lines) lines): \(error)")
    }
}

func fuzz(_ input: [UInt8]) {
    guard let mode = input.first else { return }
    let body = Array(input.dropFirst())
    switch mode % 4 {
    case 1: checkLocated(BookFuzzing.eInvoiceErrors(body), in: body)
    case 3: checkLocated(BookFuzzing.bankStatementErrors(body), in: body)
    default:
        let read = BookFuzzing.fec(body)
        checkLocated(read.errors, in: body)
        if let mismatch = read.mismatch { fatalError("FEC: \(mismatch)") }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    fuzz(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

// SwiftPM links this file's `main`, not libFuzzer's: start the driver by hand.
var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzOneInput))
