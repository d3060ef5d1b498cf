import Foundation

/// Which way pages are written, from `RELANCE_LAYOUT`, read once:
/// - unset or `compiled`: through the compiled layout when the layout compiled, else the DOM;
/// - `dom`: always through the DOM (the reference), for debugging;
/// - `verify`: through both, failing the page when the bytes (or the errors) differ — the proof,
///   runnable on any book.
enum RenderPath: Sendable {
    case compiled, dom, verify

    static let environmentVariable = "RELANCE_LAYOUT"

    static let current: RenderPath = {
        switch ProcessInfo.processInfo.environment[environmentVariable] {
        case "dom": return .dom
        case "verify": return .verify
        default: return .compiled
        }
    }()
}
