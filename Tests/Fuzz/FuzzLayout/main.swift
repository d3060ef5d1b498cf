// libFuzzer target: the layout engine (libxml2's HTML parser, the directive checks, includes, the
// filler and the serialiser) over arbitrary bytes (Tests/Fuzz/README.md).
//
// An input is `layout 0xFF partial 0xFF values`: the layout is written as `layouts/page.html`, the
// partial as `layouts/partials/p.html` (for `data-include`), and each line `path=value` of the values
// sets a value over a fixed base (`items.1.name=…`; a number is a list index; `true`, `false`, `-`
// for absent, `[]` and `{}` for empty ones). Every text value carries the marker `<zq9>&"'`.
//
// Besides crashes it checks what the engine promises: a rendered page starts with the doctype (any case),
// data never becomes markup — when the layout itself does not name `zq9`, no `<zq9` tag appears — and
// the compiled form of a layout writes exactly what the DOM writes.
import CFuzzerDriver
import Foundation
import RelanceLayout

// Every page is rendered both through the DOM and through its compiled form, and the two must give
// the same bytes or the same error (RenderPath.verify): the fuzzer searches for a layout or a value
// where the compiled form, the fast path, would write something the DOM would not.
setenv("RELANCE_LAYOUT", "verify", 1)

let marker = "<zq9>&\"'"

/// Nested repeats multiply: k nested `data-repeat` over lists of n items write n^k elements, by
/// design (as in any template engine). Unbounded, the fuzzer spends its time in such bombs (a
/// timeout at six levels over 64 items) instead of searching; lists of at most 8 items and at most
/// 4 repeats per input keep every page under a few thousand elements.
let maxListLength = 8
let maxRepeats = 4

/// `RELANCE_FUZZ_SCRATCH` (run-fuzzers.sh's own temporary folder, removed after the run), else in
/// memory when the system has /dev/shm: the target rewrites two files per input.
let folder: URL = {
    let shm = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
    let base = ProcessInfo.processInfo.environment["RELANCE_FUZZ_SCRATCH"].map { URL(fileURLWithPath: $0, isDirectory: true) }
        ?? (FileManager.default.isWritableFile(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory)
    let root = base.appendingPathComponent("relance-fuzz-layout-\(getpid())")
    try? FileManager.default.createDirectory(at: root.appendingPathComponent("layouts/partials"), withIntermediateDirectories: true)
    return root.appendingPathComponent("layouts")
}()

let base: LayoutValue = [
    "title": .text("Titre " + marker),
    "items": [
        ["name": .text("Un " + marker), "amount": "1 000,00 €", "flag": true, "href": .text("?a=1&b=" + marker)],
        ["name": .text("Deux " + marker), "amount": "2,00 €", "flag": false, "href": .absent],
        ["name": "", "amount": .text(marker), "flag": true, "tags": ["a", "b"]],
    ],
    "empty": [],
    "yes": true,
    "no": false,
    "nothing": .absent,
    "debtor": ["name": .text(marker + " & Fils"), "id": "D/1", "address": ["1 rue <b>", "69001 Lyon"]],
]

/// `target` with `value` set at `path`, creating objects and lists on the way.
func assign(_ target: LayoutValue, _ path: ArraySlice<Substring>, _ value: LayoutValue) -> LayoutValue {
    guard let key = path.first else { return value }
    let rest = path.dropFirst()
    if let index = Int(key), index >= 0 {
        var items: [LayoutValue] = []
        if case .list(let existing) = target { items = existing }
        let position = min(index, items.count, maxListLength - 1)
        if position == items.count { items.append(.absent) }
        items[position] = assign(items[position], rest, value)
        return .list(items)
    }
    var object: LayoutFields = [:]
    if case .object(let existing) = target { object = existing }
    object[String(key)] = assign(object[String(key)] ?? .absent, rest, value)
    return .object(object)
}

func data(_ bytes: [UInt8]) -> LayoutValue {
    var root = base
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n").prefix(64) {
        guard let equals = line.firstIndex(of: "=") else { continue }
        let path = line[..<equals].split(separator: ".", omittingEmptySubsequences: false).prefix(8)
        let text = line[line.index(after: equals)...]
        let value: LayoutValue
        switch text {
        case "true": value = true
        case "false": value = false
        case "-": value = .absent
        case "[]": value = []
        case "{}": value = [:]
        default: value = .text(String(text) + marker)
        }
        root = assign(root, path[...], value)
    }
    return root
}

/// Plain write(2): `Data.write` flushes to disk (fsync), which took most of the time per input.
func put(_ bytes: [UInt8], _ relativePath: String) {
    let path = folder.appendingPathComponent(relativePath).path
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { fatalError("cannot write \(path)") }
    defer { close(descriptor) }
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    guard written == bytes.count else { fatalError("cannot write \(path)") }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let pointer else { return 0 }
    let input = Array(UnsafeBufferPointer(start: pointer, count: size))
    var parts = input.split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
    while parts.count < 3 { parts.append([]) }
    // Lower-cased: the HTML parser reads attribute names in any case.
    let repeats = String(decoding: parts[0] + parts[1], as: UTF8.self).lowercased().components(separatedBy: "data-repeat").count - 1
    guard repeats <= maxRepeats else { return 0 }
    put(parts[0], "page.html")
    put(parts[1], "partials/p.html")
    let page: [UInt8]
    do {
        page = try LayoutLibrary(root: folder).layout("page.html").render(data(parts[2]))
    } catch {
        if "\(error)".contains("the compiled layout and the DOM disagree") {
            fatalError("\(error)\nlayout:\n\(String(decoding: parts[0], as: UTF8.self))")
        }
        return 0  // a layout error is an answer, not a failure
    }
    // HTML doctypes are case-insensitive, and the page keeps the layout's spelling.
    guard String(decoding: page.prefix(15), as: UTF8.self).lowercased() == "<!doctype html>" else {
        fatalError("a rendered page does not start with the doctype: \(String(decoding: page.prefix(80), as: UTF8.self))")
    }
    let layoutText = String(decoding: parts[0] + parts[1], as: UTF8.self).lowercased()
    if !layoutText.contains("zq9"), String(decoding: page, as: UTF8.self).contains("<zq9") {
        fatalError("a value became markup:\n\(String(decoding: page, as: UTF8.self))")
    }
    return 0
}

// SwiftPM links this file's `main`, not libFuzzer's: start the driver by hand.
_ = folder
atexit { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzOneInput))
