import CLibXML2

/// One diagnostic libxml2 raised while parsing.
package struct ParseDiagnostic: Sendable, Equatable {
    package let line: Int
    package let code: Int
    package let message: String

    /// libxml2 2.9 knows HTML 4 only, so it reports every HTML5 element (`nav`, `section`, `svg`…)
    /// as an unknown tag. That is not a problem in a layout; every other error is.
    package var isHTML5Noise: Bool { code == Int(XML_HTML_UNKNOWN_TAG.rawValue) }
}

/// Parses HTML with libxml2 and collects its diagnostics instead of printing them.
package enum HTMLParsing {
    /// NONET: a layout never fetches anything. NODEFDTD: no HTML 4 doctype is invented, so a layout
    /// without `<!DOCTYPE html>` can be told apart. Blanks are kept (no NOBLANKS) and implied
    /// `<html>`/`<body>` are wanted (no NOIMPLIED), so the designer's whitespace survives.
    package static let options = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
    )

    package struct Outcome {
        package let document: OwnedDocument?
        /// Errors only (warnings dropped), in the order libxml2 raised them.
        package let errors: [ParseDiagnostic]
        package var problems: [ParseDiagnostic] { errors.filter { !$0.isHTML5Noise } }
    }

    package static func parse(_ bytes: [UInt8], name: String) -> Outcome {
        LibXMLSetup.ensureInitialised()
        let collector = DiagnosticCollector()
        // The structured error handler is per thread in libxml2, so setting it around one parse
        // does not disturb other threads; it is reset before returning.
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), collectDiagnostic)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), name, "UTF-8", options)
            }
        }
        return withExtendedLifetime(collector) {
            Outcome(document: document.map(OwnedDocument.init), errors: collector.diagnostics)
        }
    }
}

private final class DiagnosticCollector {
    var diagnostics: [ParseDiagnostic] = []
}

private func collectDiagnostic(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let collector = Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue()
    var message = error.pointee.message.map { String(cString: $0) } ?? "HTML parse error"
    while message.last?.isWhitespace == true { message.removeLast() }
    collector.diagnostics.append(
        ParseDiagnostic(line: Int(error.pointee.line), code: Int(error.pointee.code), message: message)
    )
}
