import CLibXML2

/// Why a file is not XML: libxml2's message and the line it names.
struct XMLProblem: Error {
    let line: Int
    let message: String
}

/// The first error libxml2 reports while it is installed, on this thread (libxml2 keeps its error
/// handler per thread): the first says what went wrong (a tag mismatch), the last one only that data
/// ended. Installed by `init`, removed by `stop`.
final class XMLFirstError {
    /// No network, no entity substitution, no DTD loading, libxml2's size limits on (XXE and
    /// "billion laughs" stay out); errors come here rather than to stderr.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    private(set) var problem: XMLProblem?

    init() {
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { context, error in
            guard let context, let error else { return }
            let first = Unmanaged<XMLFirstError>.fromOpaque(context).takeUnretainedValue()
            guard first.problem == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "not well-formed XML"
            first.problem = XMLProblem(line: max(1, Int(error.pointee.line)), message: message.trimmingBlanks())
        }
    }

    func stop() { xmlSetStructuredErrorFunc(nil, nil) }
}
