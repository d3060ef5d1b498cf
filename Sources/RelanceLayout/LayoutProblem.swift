import CLibXML2

/// A problem found while reading or filling one element; the walker that knows the file and the
/// element turns it into a located `LayoutError`.
struct LayoutProblem: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}

extension LayoutProblem {
    func located(in file: String, at node: xmlNodePtr) -> LayoutError {
        LayoutError(file: file, line: node.line, message: message)
    }
}
