import Foundation
import Testing
@testable import RelanceLayout

/// Renders one page through both paths and checks that they agree: the same bytes, or the same error.
/// Returns the DOM's page (nil when both failed), so callers can assert on it too.
@discardableResult
func expectBothPathsAgree(_ layout: Layout, _ data: LayoutValue, _ label: @autoclosure () -> String = "",
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> [UInt8]? {
    #expect(layout.isCompiled, "\(layout.file) did not compile", sourceLocation: sourceLocation)
    let root = try layout.rootObject(data)
    let reference = Result { () throws(LayoutError) -> [UInt8] in try layout.renderThroughDOM(root) }
    let compiled = Result { () throws(LayoutError) -> [UInt8]? in try layout.renderCompiled(root) }
    switch (reference, compiled) {
    case (.success(let expected), .success(let page?)):
        if page != expected {
            let at = zip(page, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(page.count, expected.count)
            let context = { (bytes: [UInt8]) in String(decoding: bytes[max(0, at - 120)..<min(bytes.count, at + 120)], as: UTF8.self) }
            Issue.record("\(layout.file) \(label()): pages differ at byte \(at)\nDOM:      …\(context(expected))…\ncompiled: …\(context(page))…",
                         sourceLocation: sourceLocation)
        }
        return expected
    case (.failure(let expected), .failure(let error)):
        #expect(error == expected, "\(layout.file) \(label())", sourceLocation: sourceLocation)
        return nil
    default:
        Issue.record("\(layout.file) \(label()): DOM \(reference), compiled \(compiled)", sourceLocation: sourceLocation)
        return nil
    }
}
