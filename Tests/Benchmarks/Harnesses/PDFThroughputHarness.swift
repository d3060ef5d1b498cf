import Foundation
import RelanceTestSupport
import Testing
@testable import RelanceLayout
@testable import RelancePDF

/// Not a timed test: a harness run by hand to measure printing speed, skipped otherwise.
///     RELANCE_PDF_BENCH=1 swift test --filter PDFThroughputHarness/hundred
/// Prints, for 100 one-page letters: (a) 100 documents through one browser (its start included,
/// since the printer does not wait for it), then again with the tabs open; (b) one 100-page
/// document; and the browser's close — with 1 to 3 tabs. Chromium's processor time is what the printing costs whatever else the machine does.
@Suite("PDF throughput (by hand)", .serialized)
struct PDFThroughputHarness {
    static let enabled = ProcessInfo.processInfo.environment["RELANCE_PDF_BENCH"] == "1" && PDFTestTools.chromium != nil

    private static func seconds(_ duration: Duration) -> String {
        let (whole, fraction) = duration.components
        return String(format: "%.2f s", Double(whole) + Double(fraction) * 1e-18)
    }

    /// Processor time used so far by the browser's process group (all its processes), from
    /// /proc: what the printing costs whatever else the machine is doing.
    private static func processorTime(ofGroup group: Int32) -> Duration {
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        var total = 0.0
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where entry.allSatisfy(\.isNumber) {
            guard let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            // After the command: state, ppid, pgrp, …; then utime, stime, and the same for the
            // children that exited and were waited for (renderers swapped out meanwhile).
            guard fields.count > 14, Int32(fields[2]) == group else { continue }
            total += fields[11...14].compactMap { Double($0) }.reduce(0, +) / ticks
        }
        return .milliseconds(Int(total * 1000))
    }

    /// 100 letters of one page each, laid out as the build does (each in its own folder, the
    /// style sheet one folder up, the site's Content-Security-Policy), and the same 100 as one
    /// document, page breaks between them.
    private static func writeLetters(into folder: PDFTempFolder) throws -> (letters: [URL], batch: URL) {
        try folder.write("letters/letters.css", PDFTestPages.css)
        let head = """
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; base-uri 'none'">
            """
        let body = { (index: Int) in
            "<h1>Relance n° \(index + 1)</h1><p>repère-\(index)</p>" + String(repeating: "<p>\(PDFTestPages.paragraph)</p>", count: 4)
        }
        let letters = try (0..<100).map { index in
            try folder.write("letters/L\(index)/L\(index).html",
                             head + "<title>L\(index)</title><link rel=\"stylesheet\" href=\"../letters.css\"></head><body>\(body(index))</body></html>")
        }
        let sections = (0..<100).map { "<section>\(body($0))</section>" }.joined()
        let batch = try folder.write("letters/batch.html",
                                     head + "<title>Lot</title><link rel=\"stylesheet\" href=\"letters.css\"></head><body>\(sections)</body></html>")
        return (letters, batch)
    }

    @Test(.enabled(if: enabled)) func hundredLetters() throws {
        let chromium = try #require(PDFTestTools.chromium)
        let folder = try PDFTempFolder()
        let (letters, batch) = try Self.writeLetters(into: folder)
        let clock = ContinuousClock()
        var report: [String] = []
        for tabs in [1, 2, 3] {
            var options = PDFPrinter.Options()
            options.tabs = tabs
            var printer: PDFPrinter?
            let start = try clock.measure { printer = try PDFPrinter(chromium: chromium, options: options) }
            let session = try #require(printer)
            var printed: [PrintedPDF] = []
            let group = try #require(session.browserProcessID)
            let processorBefore = Self.processorTime(ofGroup: group)
            let separate = try clock.measure { printed = try session.print(letters.map { PDFDocumentRequest(source: $0) }) }
            #expect(printed.allSatisfy { $0.pageCount == 1 })
            let processorUsed = Self.processorTime(ofGroup: group) - processorBefore
            let again = try clock.measure { printed = try session.print(letters.map { PDFDocumentRequest(source: $0) }) }
            var single: [PrintedPDF] = []
            let whole = try clock.measure { single = try session.print([PDFDocumentRequest(source: batch, numberPagesWhenLong: false)]) }
            #expect(single.first?.pageCount == 100)
            let statistics = session.statistics
            let close = clock.measure { session.close() }
            report.append("tabs \(tabs): start \(Self.seconds(start)), (a) 100 documents \(Self.seconds(separate)) "
                + "[Chromium processor time \(Self.seconds(processorUsed))] "
                + "(again, tabs open: \(Self.seconds(again))), (b) one 100-page document \(Self.seconds(whole)), close \(Self.seconds(close)); "
                + "\(statistics.navigations) navigations, \(statistics.replacements) replacements")
        }
        print("PDF throughput, 100 one-page letters:\n  " + report.joined(separator: "\n  "))
    }

    /// Prints every HTML file under `RELANCE_PDF_COMPARE` (a built site) by navigation and by
    /// content replacement, and compares the pixels, page by page.
    ///     RELANCE_PDF_COMPARE=output swift test --filter PDFThroughputHarness
    @Test(.enabled(if: ProcessInfo.processInfo.environment["RELANCE_PDF_COMPARE"] != nil && PDFTestTools.chromium != nil
                   && PDFTestTools.pdftoppm != nil))
    func replacementMatchesNavigationOnABuiltSite() throws {
        let root = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment["RELANCE_PDF_COMPARE"]))
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension == "html" }.sorted { $0.path < $1.path }
        let requests = files.map { PDFDocumentRequest(source: $0) }
        let replacing = try PDFPrinter(chromium: try #require(PDFTestTools.chromium))
        defer { replacing.close() }
        // The reference: a navigation to each file, with the page's own security policy.
        let navigating = try PDFPrinter(chromium: try #require(PDFTestTools.chromium))
        defer { navigating.close() }
        navigating.replacesContent = false
        let replaced = try replacing.print(requests)
        let navigated = try navigating.print(requests)
        var replacedCount = 0
        for (index, file) in files.enumerated() {
            let same = try PDFTestTools.pixels(of: replaced[index].data) == PDFTestTools.pixels(of: navigated[index].data)
            if ReplacementHTML.of(file) != nil { replacedCount += 1 }
            #expect(same, "\(file.path) differs")
            if !same, let dump = ProcessInfo.processInfo.environment["RELANCE_PDF_COMPARE_DUMP"] {
                try Data(replaced[index].data).write(to: URL(fileURLWithPath: "\(dump)/\(index)-replaced.pdf"))
                try Data(navigated[index].data).write(to: URL(fileURLWithPath: "\(dump)/\(index)-navigated.pdf"))
            }
        }
        print("compared \(files.count) pages (\(replacedCount) replaceable), \(replaced.map(\.pageCount).reduce(0, +)) PDF pages")
    }
}
