import Foundation
import Testing
@testable import RelanceLayout

/// A throwaway `layouts/` folder holding the given files; removed when the value goes away.
final class ScratchLayouts {
    let root: URL
    private let container: URL

    init(_ files: [String: String]) throws {
        container = FileManager.default.temporaryDirectory
            .appendingPathComponent("relance-layouts-\(UUID().uuidString)")
        root = container.appendingPathComponent("layouts")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: container) }

    func library() throws -> LayoutLibrary { try LayoutLibrary(root: root) }
}

/// A full layout around `body`, written on one line so line numbers are easy: the body is on line 2.
func page(_ body: String) -> String {
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>t</title></head><body>\(body)</body></html>\n"
}

/// Renders `page(body)` (as `layouts/page.html`, next to `files`) and returns the whole output.
func renderPage(_ body: String, _ data: LayoutValue, files: [String: String] = [:]) throws -> String {
    let layouts = try ScratchLayouts(files.merging(["page.html": page(body)]) { own, _ in own })
    let bytes = try layouts.library().layout("page.html").render(data)
    return String(decoding: bytes, as: UTF8.self)
}

/// Renders like `renderPage` and returns only what is between `<body>` and `</body>`.
func renderBody(_ body: String, _ data: LayoutValue, files: [String: String] = [:]) throws -> String {
    let output = try renderPage(body, data, files: files)
    guard let start = output.range(of: "<body>"), let end = output.range(of: "</body>", options: .backwards) else {
        Issue.record("no body in \(output)")
        return output
    }
    return String(output[start.upperBound..<end.lowerBound])
}

/// The error a layout raises, for asserting on its location.
func layoutError(_ body: () throws -> Void) -> LayoutError? {
    do {
        try body()
        return nil
    } catch let error as LayoutError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

/// libxml2's own verdict on our output: the errors it reports, HTML5 tag names aside.
func reparseProblems(_ output: String) -> [ParseDiagnostic] {
    HTMLParsing.parse(Array(output.utf8), name: "output.html").problems
}

/// `Tests/RelanceLayoutTests/Fixtures/layouts`, found from this file so tests run from anywhere.
let fixtureLayouts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent("layouts")
