import RelanceCore

/// Collects every error of a read, so that one run reports them all rather than stopping at the first.
/// A reference type because every reader of one book appends to the same log.
final class ErrorLog {
    private(set) var errors: [BookError] = []

    var count: Int { errors.count }
    var isEmpty: Bool { errors.isEmpty }

    func add(_ error: BookError) { errors.append(error) }

    /// `row`: the first line of the data row at fault, when the error is a row's (see `BookError.row`).
    func add(_ file: String, line: Int, column: Int = 1, _ columnName: String? = nil, _ message: String, row: Int? = nil) {
        errors.append(BookError(
            location: SourceLocation(file: file, line: line, column: column), columnName: columnName, message: message,
            row: row
        ))
    }

    /// A fault of a whole file (missing, unreadable): line 0.
    func addFileError(_ file: String, _ message: String) {
        add(file, line: 0, column: 0, nil, message)
    }
}

/// `"text"` for messages, shortened so that a runaway field does not flood the report.
func quoted(_ text: String) -> String {
    let limit = 60
    var shown = text.count > limit ? String(text.prefix(limit)) + "…" : text
    shown = shown.replacingControlCharacters()
    return "\"\(shown)\""
}

extension String {
    /// Line breaks and tabs written as escapes, so that a message stays on one line.
    func replacingControlCharacters() -> String {
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
