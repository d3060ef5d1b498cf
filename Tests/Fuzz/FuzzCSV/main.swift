// libFuzzer target: the book's CSV reader over arbitrary bytes (Tests/Fuzz/README.md).
//
// The first byte chooses what the rest is: '0' debtors.csv, '1' ledger.csv, '2' interactions.csv,
// '3' a rate table, '4' a whole book (debtors, ledger and interactions separated by 0xFF bytes, which
// UTF-8 never holds) read and then computed; '5', '6', '7' debtors, ledger and interactions read as
// windows-1252 (the byte's value modulo 8 counts, so every byte means something).
//
// Besides crashes it checks what the readers promise: every error is located inside the file; a
// ledger read on two threads gives exactly what one thread gives; a book that reads without errors
// computes without an internal error (the reconciliation and aging invariants hold).
import CFuzzerDriver
import Foundation
@_spi(Fuzzing) import RelanceBook
import RelanceCore

let shippedRates: RateTable = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("assets/rates/rates.csv")
    do { return try RateTableReader.read(file: file) } catch { fatalError("cannot read \(file.path): \(error)") }
}()
let asOf = Day(year: 2026, month: 6, day: 15)!

/// A located error names a line of the file (0 for a fault of the whole file) and a column from 1.
func checkLocated(_ errors: [BookError], in bytes: [UInt8]) {
    if let (error, lines) = BookFuzzing.misplaced(errors, in: bytes, wholeFile: true) {
        fatalError("error outside the file (\(lines) lines): \(error)")
    }
}

func split(_ bytes: [UInt8]) -> [[UInt8]] {
    var parts = bytes.split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
    while parts.count < 3 { parts.append([]) }
    return parts
}

func fuzz(_ input: [UInt8]) {
    guard let mode = input.first else { return }
    let body = Array(input.dropFirst())
    let files: [BookFuzzing.File] = [.debtors, .ledger, .interactions]
    switch mode % 8 {
    case 0, 1, 2:
        let file = files[Int(mode % 8)]
        checkLocated(BookFuzzing.errors(file, bytes: body), in: body)
        if file == .ledger, let mismatch = BookFuzzing.parallelReadMismatch(ledger: body) {
            fatalError("the two-thread read differs from the one-thread read: \(mismatch)")
        }
    case 3:
        checkLocated(BookFuzzing.errors(.rates, bytes: body), in: body)
    case 4:
        let parts = split(body)
        let book = BookFuzzing.book(settings: Array("[creditor]\nname = \"Fuzz\"\n".utf8), debtors: parts[0],
                                    ledger: parts[1], interactions: parts[2], shippedRates: shippedRates)
        switch book {
        case .failure(let errors):
            for error in errors.errors {
                let part = ["debtors.csv": 0, "ledger.csv": 1, "interactions.csv": 2][error.location.file]
                if let part { checkLocated([error], in: parts[part]) }
            }
        case .success(let book):
            for day in [asOf, book.pinnedAsOf].compactMap({ $0 }) {
                do { _ = try Receivables(book: book, asOf: day) } catch {
                    fatalError("a book read without errors fails to compute: \(error)")
                }
            }
        }
    default:
        // Windows-1252: any byte is a character, so the readers see every kind of text.
        let file = files[Int(mode % 8) - 5]
        _ = BookFuzzing.errors(file, bytes: body, windows1252: true)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    fuzz(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

// SwiftPM links this file's `main`, not libFuzzer's: start the driver by hand.
_ = shippedRates
var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzOneInput))
